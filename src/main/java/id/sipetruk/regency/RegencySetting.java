package id.sipetruk.regency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The regency settings BKPSDM stored on /pengaturan: the single row (id 1) of {@code regency_setting}. When it
 * exists its values replace {@code sipetruk.regency.*}, see {@link RegencySettingsService#effective()}.
 */
@Entity
@Table(name = "regency_setting")
public class RegencySetting {

    /** The only row's id. */
    public static final int ID = 1;

    @Id
    private Integer id = ID;
    private String regencyName;
    private String regentTitle;
    private String regentName;
    private String regentNip;
    private String bkpsdmName;
    private String bkpsdmHeadName;
    private String bkpsdmHeadNip;
    private String letterheadLines;
    private String place;
    private String decreeNumberPattern;
    private byte[] logo;
    private String logoContentType;
    private String updatedBy;
    private LocalDateTime updatedAt;

    public RegencySetting() {
    }

    /** A detached copy (tests put back what they found). */
    public RegencySetting copy() {
        RegencySetting c = new RegencySetting();
        c.regencyName = regencyName;
        c.regentTitle = regentTitle;
        c.regentName = regentName;
        c.regentNip = regentNip;
        c.bkpsdmName = bkpsdmName;
        c.bkpsdmHeadName = bkpsdmHeadName;
        c.bkpsdmHeadNip = bkpsdmHeadNip;
        c.letterheadLines = letterheadLines;
        c.place = place;
        c.decreeNumberPattern = decreeNumberPattern;
        c.logo = logo == null ? null : logo.clone();
        c.logoContentType = logoContentType;
        c.updatedBy = updatedBy;
        c.updatedAt = updatedAt;
        return c;
    }

    public Integer getId() { return id; }
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
    public String getLetterheadLines() { return letterheadLines; }
    public void setLetterheadLines(String letterheadLines) { this.letterheadLines = letterheadLines; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getDecreeNumberPattern() { return decreeNumberPattern; }
    public void setDecreeNumberPattern(String decreeNumberPattern) { this.decreeNumberPattern = decreeNumberPattern; }
    public byte[] getLogo() { return logo; }
    public String getLogoContentType() { return logoContentType; }
    public void setLogo(byte[] logo, String contentType) {
        this.logo = logo;
        this.logoContentType = logo == null ? null : contentType;
    }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void updated(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
