package id.sipetruk.regency;

import java.util.Arrays;
import java.util.List;

/**
 * What the form on /pengaturan sends (and shows again on error): every value as typed. The logo travels
 * separately (an uploaded file); {@link #isRemoveLogo()} asks to drop the stored one.
 */
public class RegencySettingsForm {

    private String regencyName;
    private String regentTitle;
    private String regentName;
    private String regentNip;
    private String bkpsdmName;
    private String bkpsdmHeadName;
    private String bkpsdmHeadNip;
    /** One letterhead line per text line. */
    private String letterhead;
    private String place;
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
        if (letterhead == null) {
            return List.of();
        }
        return Arrays.stream(letterhead.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
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
