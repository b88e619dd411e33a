package id.sipetruk.regency;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The regency whose name, regent and offices the documents print ({@code sipetruk.regency.*}).
 * Defaults are Kabupaten Balangan's; another regency overrides them in its own configuration, and BKPSDM can
 * override them in the app (/pengaturan, {@link RegencySettingsService}): documents print
 * {@link RegencySettingsService#effective()}, not these values directly.
 */
@ConfigurationProperties("sipetruk.regency")
public class RegencyProperties {

    /** e.g. "Kabupaten Balangan" */
    private String name = "Kabupaten Balangan";
    /** e.g. "Bupati Balangan" */
    private String regentTitle = "Bupati Balangan";
    /** The regent's name as printed under the signature. */
    private String regentName = "(nama Bupati)";
    /** Where documents are signed (the regency's capital), e.g. "Paringin". */
    private String place = "Paringin";
    /** The regency's civil-service agency. */
    private String bkpsdmName = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";
    /** The regent's NIP, printed under his name if set (a Penjabat Bupati has one, an elected Bupati not). */
    private String regentNip;
    /** The head of BKPSDM as printed under his signature. */
    private String bkpsdmHeadName = "(nama Kepala BKPSDM)";
    /** The BKPSDM head's NIP (18 digits). */
    private String bkpsdmHeadNip;
    /** Lines under the BKPSDM name on its letterhead: address, telephone, e-mail, website. */
    private List<String> letterhead = new ArrayList<>();
    /** The regency's emblem, PNG or JPEG (at most 500 KB), e.g. "file:/etc/sipetruk/logo.png"; none if unset. */
    private Resource logo;
    /** Numbering convention of the regent's decrees; {seq} and {year} are replaced. */
    private String decreeNumberPattern = "800.1.13/{seq}/BKPSDM/{year}";
    /** The decree's "Mengingat": the legal basis, in order. */
    private List<String> legalBasis = new ArrayList<>(List.of(
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil",
            "Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang "
                    + "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara",
            "Peraturan Bupati Balangan Nomor 19 Tahun 2023 tentang Pemberian Penghargaan bagi Aparatur Sipil Negara "
                    + "Berprestasi"));

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegentTitle() { return regentTitle; }
    public void setRegentTitle(String regentTitle) { this.regentTitle = regentTitle; }
    public String getRegentName() { return regentName; }
    public void setRegentName(String regentName) { this.regentName = regentName; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getBkpsdmName() { return bkpsdmName; }
    public void setBkpsdmName(String bkpsdmName) { this.bkpsdmName = bkpsdmName; }
    public String getDecreeNumberPattern() { return decreeNumberPattern; }
    public void setDecreeNumberPattern(String decreeNumberPattern) { this.decreeNumberPattern = decreeNumberPattern; }
    public String getRegentNip() { return regentNip; }
    public void setRegentNip(String regentNip) { this.regentNip = regentNip; }
    public String getBkpsdmHeadName() { return bkpsdmHeadName; }
    public void setBkpsdmHeadName(String bkpsdmHeadName) { this.bkpsdmHeadName = bkpsdmHeadName; }
    public String getBkpsdmHeadNip() { return bkpsdmHeadNip; }
    public void setBkpsdmHeadNip(String bkpsdmHeadNip) { this.bkpsdmHeadNip = bkpsdmHeadNip; }
    public List<String> getLetterhead() { return letterhead; }
    public void setLetterhead(List<String> letterhead) { this.letterhead = letterhead; }
    public Resource getLogo() { return logo; }
    public void setLogo(Resource logo) { this.logo = logo; }
    public List<String> getLegalBasis() { return legalBasis; }
    public void setLegalBasis(List<String> legalBasis) { this.legalBasis = legalBasis; }

    /** A decree number by {@link #decreeNumberPattern}, the sequence zero-padded to three digits. */
    public String decreeNumber(int sequence, int year) {
        return decreeNumber(decreeNumberPattern, sequence, year);
    }

    /** A decree number by a pattern: {seq} becomes the sequence zero-padded to three digits, {year} the year. */
    public static String decreeNumber(String pattern, int sequence, int year) {
        return pattern.replace("{seq}", String.format("%03d", sequence)).replace("{year}", String.valueOf(year));
    }

    /**
     * The plain values the PDF renderers take, without the logo (read by {@link RegencySettingsService}). Documents
     * use {@link RegencySettingsService#effective()}, which starts from these.
     */
    public Regency toRegency() {
        return new Regency(name, regentTitle, regentName, place, bkpsdmName, List.copyOf(legalBasis),
                letterhead == null ? List.of() : List.copyOf(letterhead), blankToNull(regentNip), bkpsdmHeadName,
                blankToNull(bkpsdmHeadNip), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
