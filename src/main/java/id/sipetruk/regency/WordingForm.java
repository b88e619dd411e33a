package id.sipetruk.regency;

import java.util.List;

/** What the form on /pengaturan/naskah sends (and shows again on error): the lists one item per line. */
public class WordingForm {

    /** The fields in the order the page shows them. */
    static final List<String> FIELDS = List.of("considerations", "legalBasis", "dicta",
            "certificateAward", "certificateCitation");

    @WordingText(label = "Menimbang", maxLines = 8, lineLength = 450)
    private String considerations;
    @WordingText(label = "Mengingat", maxLines = 15, lineLength = 380)
    private String legalBasis;
    @WordingText(label = "Diktum", maxLines = 9, lineLength = 420)
    private String dicta;
    @WordingText(label = "Piagam: baris penghargaan", maxLines = 1, lineLength = 250)
    private String certificateAward;
    @WordingText(label = "Piagam: baris penutup", maxLines = 1, lineLength = 250)
    private String certificateCitation;

    public static WordingForm of(Wording wording) {
        WordingForm form = new WordingForm();
        form.considerations = String.join("\n", wording.considerations());
        form.legalBasis = String.join("\n", wording.legalBasis());
        form.dicta = String.join("\n", wording.dicta());
        form.certificateAward = wording.certificateAward();
        form.certificateCitation = wording.certificateCitation();
        return form;
    }

    /** The texts as a wording of the given version (after validation). */
    public Wording toWording(int version) {
        return new Wording(version, Wording.lines(considerations), Wording.lines(legalBasis), Wording.lines(dicta),
                certificateAward.strip(), certificateCitation.strip());
    }

    public String getConsiderations() { return considerations; }
    public void setConsiderations(String considerations) { this.considerations = considerations; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getDicta() { return dicta; }
    public void setDicta(String dicta) { this.dicta = dicta; }
    public String getCertificateAward() { return certificateAward; }
    public void setCertificateAward(String certificateAward) { this.certificateAward = certificateAward; }
    public String getCertificateCitation() { return certificateCitation; }
    public void setCertificateCitation(String certificateCitation) { this.certificateCitation = certificateCitation; }
}
