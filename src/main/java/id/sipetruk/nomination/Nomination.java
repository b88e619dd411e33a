package id.sipetruk.nomination;

import id.sipetruk.common.RegencyClock;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** One nominee of one OPD in one period. Its code is the business key of its NominationProcess. */
@Entity
@Table(name = "nomination")
public class Nomination {

    /**
     * The order in which a period's nominees stand wherever they are listed (pages, documents, the proposal): final
     * rank, then instrument rank, then the order of nomination; the unranked after the ranked.
     */
    public static final Comparator<Nomination> STANDING = Comparator
            .comparing(Nomination::getFinalRank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Nomination::getInstrumentRank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Nomination::getId);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NaturalId
    private String code;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "period_id")
    private AwardPeriod period;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "opd_id")
    private Opd opd;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Enumerated(EnumType.STRING)
    private NominationStatus status = NominationStatus.ASSESSMENT;
    private String nominatedBy;
    private LocalDateTime nominatedAt;
    private Integer instrumentRank;
    private BigDecimal panelScore;
    private BigDecimal finalScore;
    private Integer finalRank;
    private String finalNote;
    @Version
    private long rowVersion;

    protected Nomination() {
    }

    public Nomination(String code, AwardPeriod period, Opd opd, Employee employee, String nominatedBy) {
        this.code = code;
        this.period = period;
        this.opd = opd;
        this.employee = employee;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public AwardPeriod getPeriod() { return period; }
    public Opd getOpd() { return opd; }
    public Employee getEmployee() { return employee; }
    public NominationStatus getStatus() { return status; }
    public String getNominatedBy() { return nominatedBy; }
    public LocalDateTime getNominatedAt() { return nominatedAt; }
    public Integer getInstrumentRank() { return instrumentRank; }
    public BigDecimal getPanelScore() { return panelScore; }
    public BigDecimal getFinalScore() { return finalScore; }
    public Integer getFinalRank() { return finalRank; }
    public String getFinalNote() { return finalNote; }

    /** The OPD admin filled (or corrected) the instrument: the head reviews it. */
    public void filled() {
        move(Set.of(NominationStatus.ASSESSMENT, NominationStatus.RETURNED_BY_HEAD, NominationStatus.RETURNED_BY_BKPSDM),
                NominationStatus.HEAD_REVIEW);
    }

    public void returnedByHead() {
        move(Set.of(NominationStatus.HEAD_REVIEW), NominationStatus.RETURNED_BY_HEAD);
    }

    /** The head rated Team Work and signed off: BKPSDM verifies. */
    public void signedOff() {
        move(Set.of(NominationStatus.HEAD_REVIEW), NominationStatus.VERIFICATION);
    }

    public void verifiedEligible() {
        move(Set.of(NominationStatus.VERIFICATION), NominationStatus.ELIGIBLE);
    }

    public void returnedByBkpsdm() {
        move(Set.of(NominationStatus.VERIFICATION), NominationStatus.RETURNED_BY_BKPSDM);
    }

    public void rejected(String reason) {
        move(Set.of(NominationStatus.VERIFICATION), NominationStatus.REJECTED);
        this.finalNote = reason;
    }

    /** Ranked among the eligible nominations when the window closed; the best become finalists. */
    public void shortlisted(int instrumentRank, boolean finalist) {
        move(Set.of(NominationStatus.ELIGIBLE), finalist ? NominationStatus.FINALIST : NominationStatus.NOT_SHORTLISTED);
        this.instrumentRank = instrumentRank;
    }

    public void finalScore(BigDecimal panelScore, BigDecimal finalScore, int finalRank) {
        move(Set.of(NominationStatus.FINALIST), NominationStatus.FINALIST);
        this.panelScore = panelScore;
        this.finalScore = finalScore;
        this.finalRank = finalRank;
    }

    /** The period ends: a finalist is an awardee or not; a nominee who was not shortlisted keeps that status. */
    public void closed(NominationStatus finalStatus, String note) {
        switch (finalStatus) {
            case AWARDEE, NOT_AWARDED -> move(Set.of(NominationStatus.FINALIST), finalStatus);
            case NOT_SHORTLISTED -> move(Set.of(NominationStatus.NOT_SHORTLISTED), finalStatus);
            default -> throw new IllegalArgumentException("not a final status: " + finalStatus);
        }
        this.finalNote = note;
    }

    private void move(Set<NominationStatus> from, NominationStatus to) {
        if (!from.contains(status)) {
            throw ValidationException.conflict("nomination.wrongStatus", code, status.label(), to.label());
        }
        this.status = to;
    }
}
