package id.sipetruk.period;

import id.sipetruk.common.RegencyClock;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One yearly round of the ASN Berprestasi award. Its code is the business key of its AwardPeriodProcess. */
@Entity
@Table(name = "award_period")
public class AwardPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "award_year")
    private int year;
    private String title;
    private int referenceMonth;
    private int referenceYear;
    private LocalDateTime nominationOpensAt;
    private LocalDateTime nominationClosesAt;
    private int nomineesPerOpd;
    private int awardeeCount;
    private int finalistCount;
    @Enumerated(EnumType.STRING)
    private AwardPeriodStatus status = AwardPeriodStatus.SCHEDULED;
    private String closingNote;
    private LocalDate ceremonyDate;
    private String ceremonyPlace;
    private String createdBy;
    private LocalDateTime createdAt;
    @Embedded
    private Rubric rubric;

    protected AwardPeriod() {
    }

    public AwardPeriod(String code, int year, String title, int referenceMonth, int referenceYear,
                       LocalDateTime nominationOpensAt, LocalDateTime nominationClosesAt, int nomineesPerOpd,
                       int awardeeCount, int finalistCount, Rubric rubric, String createdBy) {
        this.code = code;
        this.year = year;
        this.title = title;
        this.referenceMonth = referenceMonth;
        this.referenceYear = referenceYear;
        this.nominationOpensAt = nominationOpensAt;
        this.nominationClosesAt = nominationClosesAt;
        this.nomineesPerOpd = nomineesPerOpd;
        this.awardeeCount = awardeeCount;
        this.finalistCount = finalistCount;
        this.rubric = rubric;
        this.createdBy = createdBy;
        this.createdAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public int getReferenceMonth() { return referenceMonth; }
    public int getReferenceYear() { return referenceYear; }
    public LocalDateTime getNominationOpensAt() { return nominationOpensAt; }
    public LocalDateTime getNominationClosesAt() { return nominationClosesAt; }
    public int getNomineesPerOpd() { return nomineesPerOpd; }
    public int getAwardeeCount() { return awardeeCount; }
    public int getFinalistCount() { return finalistCount; }
    public AwardPeriodStatus getStatus() { return status; }
    public String getClosingNote() { return closingNote; }
    public LocalDate getCeremonyDate() { return ceremonyDate; }
    public String getCeremonyPlace() { return ceremonyPlace; }
    public String getCreatedBy() { return createdBy; }
    public Rubric getRubric() { return rubric; }

    public void moveTo(AwardPeriodStatus next) { this.status = next; }

    public void closeWithoutAward(String note) {
        this.status = AwardPeriodStatus.CLOSED_WITHOUT_AWARD;
        this.closingNote = note;
    }

    public void recordCeremony(LocalDate date, String place) {
        this.ceremonyDate = date;
        this.ceremonyPlace = place;
        this.status = AwardPeriodStatus.CEREMONY;
    }
}
