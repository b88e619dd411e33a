package id.sipetruk.regency;

import java.util.Arrays;
import java.util.List;

/**
 * What the form on /pengaturan sends (and shows again on error): every value as typed. The logo travels
 * separately (an uploaded file); {@link #isRemoveLogo()} asks to drop the stored one.
 */
public class RegencySettingsForm {

    /** The fields in the order the page shows them (and lists what is wrong with them). */
    static final List<String> FIELDS = List.of("regencyName", "regentTitle", "regentName", "regentNip", "bkpsdmName",
            "bkpsdmHeadName", "bkpsdmHeadNip", "letterhead", "place", "decreeNumberPattern");
    /** Field lengths, as in V4__regency_settings.sql. */
    static final int NAME_LENGTH = 150;

    @SettingsText(label = "Nama kabupaten", max = NAME_LENGTH)
    private String regencyName;
    @SettingsText(label = "Sebutan Bupati", max = NAME_LENGTH)
    private String regentTitle;
    @SettingsText(label = "Nama Bupati", max = NAME_LENGTH)
    private String regentName;
    @SettingsNip(label = "NIP Bupati")
    private String regentNip;
    @SettingsText(label = "Nama BKPSDM", max = 200)
    private String bkpsdmName;
    @SettingsText(label = "Nama Kepala BKPSDM", max = NAME_LENGTH)
    private String bkpsdmHeadName;
    @SettingsNip(label = "NIP Kepala BKPSDM", required = true)
    private String bkpsdmHeadNip;
    /** One letterhead line per text line. */
    @Letterhead(lines = 4, lineLength = 200)
    private String letterhead;
    @SettingsText(label = "Tempat penandatanganan", max = 100)
    private String place;
    @SettingsText(label = "Pola nomor SK", max = 100)
    @DecreeNumberPattern
    private String decreeNumberPattern;
    private boolean removeLogo;

    /** The values of a regency, to fill the form. */
    public static RegencySettingsForm of(Regency regency, String decreeNumberPattern) {
        RegencySettingsForm form = new RegencySettingsForm();
        form.regencyName = regency.name();
        form.regentTitle = regency.regentTitle();
        form.regentName = regency.regentName();
        form.regentNip = regency.regentNip();
        form.bkpsdmName = regency.bkpsdmName();
        form.bkpsdmHeadName = regency.bkpsdmHeadName();
        form.bkpsdmHeadNip = regency.bkpsdmHeadNip();
        form.letterhead = String.join("\n", regency.letterhead());
        form.place = regency.place();
        form.decreeNumberPattern = decreeNumberPattern;
        return form;
    }

    /** The non-blank letterhead lines, stripped. */
    public List<String> letterheadLines() {
        return linesOf(letterhead);
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> linesOf(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getRegencyName() { return regencyName; }
    public void setRegencyName(String regencyName) { this.regencyName = regencyName; }
    public String getRegentTitle() { return regentTitle; }
    public void setRegentTitle(String regentTitle) { this.regentTitle = regentTitle; }
    public String getRegentName() { return regentName; }
    public void setRegentName(String regentName) { this.regentName = regentName; }
    public String getRegentNip() { return regentNip; }
    public void setRegentNip(String regentNip) { this.regentNip = regentNip; }
    public String getBkpsdmName() { return bkpsdmName; }
    public void setBkpsdmName(String bkpsdmName) { this.bkpsdmName = bkpsdmName; }
    public String getBkpsdmHeadName() { return bkpsdmHeadName; }
    public void setBkpsdmHeadName(String bkpsdmHeadName) { this.bkpsdmHeadName = bkpsdmHeadName; }
    public String getBkpsdmHeadNip() { return bkpsdmHeadNip; }
    public void setBkpsdmHeadNip(String bkpsdmHeadNip) { this.bkpsdmHeadNip = bkpsdmHeadNip; }
    public String getLetterhead() { return letterhead; }
    public void setLetterhead(String letterhead) { this.letterhead = letterhead; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getDecreeNumberPattern() { return decreeNumberPattern; }
    public void setDecreeNumberPattern(String decreeNumberPattern) { this.decreeNumberPattern = decreeNumberPattern; }
    public boolean isRemoveLogo() { return removeLogo; }
    public void setRemoveLogo(boolean removeLogo) { this.removeLogo = removeLogo; }
}
