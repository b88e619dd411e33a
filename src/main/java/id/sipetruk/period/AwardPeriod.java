package id.sipetruk.period;

import id.sipetruk.common.RegencyClock;
import id.sipetruk.common.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** One yearly round of the ASN Berprestasi award. Its code is the business key of its AwardPeriodProcess. */
@Entity
@Table(name = "award_period")
public class AwardPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NaturalId
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
    @Embedded
    private EligibilityRules eligibility = new EligibilityRules();
    @Embedded
    private PeriodTimeline timeline;
    @Version
    private long rowVersion;

    protected AwardPeriod() {
    }

    public AwardPeriod(String code, int year, String title, int referenceMonth, int referenceYear,
                       LocalDateTime nominationOpensAt, LocalDateTime nominationClosesAt, int nomineesPerOpd,
                       int awardeeCount, int finalistCount, Rubric rubric, String createdBy) {
        this(code, year, title, referenceMonth, referenceYear, nominationOpensAt, nominationClosesAt, nomineesPerOpd,
                awardeeCount, finalistCount, rubric, new EligibilityRules(), createdBy);
    }

    public AwardPeriod(String code, int year, String title, int referenceMonth, int referenceYear,
                       LocalDateTime nominationOpensAt, LocalDateTime nominationClosesAt, int nomineesPerOpd,
                       int awardeeCount, int finalistCount, Rubric rubric, EligibilityRules eligibility,
                       String createdBy) {
        this(code, year, title, referenceMonth, referenceYear, nominationOpensAt, nominationClosesAt, nomineesPerOpd,
                awardeeCount, finalistCount, rubric, eligibility, PeriodTimeline.defaultsAfter(nominationClosesAt),
                createdBy);
    }

    public AwardPeriod(String code, int year, String title, int referenceMonth, int referenceYear,
                       LocalDateTime nominationOpensAt, LocalDateTime nominationClosesAt, int nomineesPerOpd,
                       int awardeeCount, int finalistCount, Rubric rubric, EligibilityRules eligibility,
                       PeriodTimeline timeline, String createdBy) {
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
        this.eligibility = eligibility;
        this.timeline = timeline;
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
    public EligibilityRules getEligibility() { return eligibility; }
    public PeriodTimeline getTimeline() { return timeline; }

    /**
     * The deadline of a stage, the due date of its user tasks: the window's closing for nomination, else the
     * timeline's (docs/process.md, "Timeline and due dates").
     */
    public LocalDateTime deadline(PeriodStage stage) {
        return stage == PeriodStage.NOMINATION ? nominationClosesAt : timeline.get(stage);
    }

    /** When the holders of the stage's open tasks are reminded: {@link PeriodTimeline#getReminderDays()} before. */
    public LocalDateTime reminderAt(PeriodStage stage) {
        return deadline(stage).minusDays(timeline.getReminderDays());
    }

    /** BKPSDM moved a stage's deadline ({@link PeriodTimelineService#changeDeadline}, which checks the order). */
    void moveDeadline(PeriodStage stage, LocalDateTime deadline) {
        timeline.set(stage, deadline);
    }

    /** The day eligibility is measured at (years of service, look-backs): the day the nomination window opens. */
    public LocalDate eligibilityDate() {
        return nominationOpensAt.toLocalDate();
    }

    /**
     * Whether a nomination may be made now: the window was opened (by its timer, or earlier by an administrator who
     * ran the timer) and not closed, and its closing time has not passed, whatever the timer jobs did.
     */
    public boolean acceptsNominationsAt(LocalDateTime now) {
        return status == AwardPeriodStatus.NOMINATION_OPEN && now.isBefore(nominationClosesAt);
    }

    /** The nomination window opens (its timer fired). */
    public void openNomination() {
        move(Set.of(AwardPeriodStatus.SCHEDULED), AwardPeriodStatus.NOMINATION_OPEN);
    }

    /** The window closes, early by BKPSDM or on schedule; closing a closed window changes nothing. */
    public void closeNomination() {
        move(Set.of(AwardPeriodStatus.NOMINATION_OPEN, AwardPeriodStatus.NOMINATION_CLOSED),
                AwardPeriodStatus.NOMINATION_CLOSED);
    }

    /** Finalists were chosen: the external panel scores them. */
    public void startPanelAssessment() {
        move(Set.of(AwardPeriodStatus.NOMINATION_CLOSED), AwardPeriodStatus.PANEL_ASSESSMENT);
    }

    /** The panel's scores are aggregated: BKPSDM proposes and the Bupati decides. */
    public void startDecree() {
        move(Set.of(AwardPeriodStatus.PANEL_ASSESSMENT, AwardPeriodStatus.DECREE), AwardPeriodStatus.DECREE);
    }

    /** The Bupati approved the decree: the awards are handed over next. */
    public void decreeApproved() {
        move(Set.of(AwardPeriodStatus.DECREE), AwardPeriodStatus.CEREMONY);
    }

    public void closeWithoutAward(String note) {
        move(Set.of(AwardPeriodStatus.NOMINATION_CLOSED), AwardPeriodStatus.CLOSED_WITHOUT_AWARD);
        this.closingNote = note;
    }

    public void recordCeremony(LocalDate date, String place) {
        move(Set.of(AwardPeriodStatus.CEREMONY), AwardPeriodStatus.CEREMONY);
        this.ceremonyDate = date;
        this.ceremonyPlace = place;
    }

    /** Every nominee has a final status. */
    public void complete() {
        move(Set.of(AwardPeriodStatus.CEREMONY), AwardPeriodStatus.COMPLETED);
    }

    private void move(Set<AwardPeriodStatus> from, AwardPeriodStatus to) {
        if (!from.contains(status)) {
            throw ValidationException.conflict("period.wrongStatus", code, status.label(), to.label());
        }
        this.status = to;
    }
}
