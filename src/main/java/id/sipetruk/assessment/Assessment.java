package id.sipetruk.assessment;

import id.sipetruk.common.IndonesianNumbers;
import id.sipetruk.common.RegencyClock;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.Predikat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The performance instrument of one nominee: each indicator's raw input and its score. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;
    @Column(name = "e_kinerja_value")
    private BigDecimal eKinerjaValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "e_kinerja_predikat")
    private Predikat eKinerjaPredikat;
    private Integer kinerjaScore;
    private BigDecimal attendancePercent;
    private Integer disiplinScore;
    private String innovationName;
    private String innovationDescription;
    private Integer innovationScore;
    @Enumerated(EnumType.STRING)
    private BehaviourResult behaviourResult;
    private Integer perilakuScore;
    private Integer teamWorkScore;
    private Integer totalScore;
    private String filledBy;
    private LocalDateTime filledAt;
    private String signedOffBy;
    private LocalDateTime signedOffAt;

    protected Assessment() {
    }

    public Assessment(Nomination nomination) {
        this.nomination = nomination;
    }

    public Long getId() { return id; }
    public Nomination getNomination() { return nomination; }
    public BigDecimal getEKinerjaValue() { return eKinerjaValue; }
    public Predikat getEKinerjaPredikat() { return eKinerjaPredikat; }
    public Integer getKinerjaScore() { return kinerjaScore; }

    /** The Kinerja as entered: "87,5", or the predikat ("Sangat Baik") when the period scores the predikat. */
    public String kinerjaAsEntered() {
        return eKinerjaPredikat != null ? eKinerjaPredikat.label() : IndonesianNumbers.decimal(eKinerjaValue);
    }
    public BigDecimal getAttendancePercent() { return attendancePercent; }
    public Integer getDisiplinScore() { return disiplinScore; }
    public String getInnovationName() { return innovationName; }
    public String getInnovationDescription() { return innovationDescription; }
    public Integer getInnovationScore() { return innovationScore; }
    public BehaviourResult getBehaviourResult() { return behaviourResult; }
    public Integer getPerilakuScore() { return perilakuScore; }
    public Integer getTeamWorkScore() { return teamWorkScore; }
    public Integer getTotalScore() { return totalScore; }
    public String getFilledBy() { return filledBy; }
    public LocalDateTime getFilledAt() { return filledAt; }
    public String getSignedOffBy() { return signedOffBy; }
    public LocalDateTime getSignedOffAt() { return signedOffAt; }

    /** The OPD admin's input; scores are recomputed by the ScoringService afterwards. */
    public void fill(AssessmentInput input, String by) {
        this.eKinerjaValue = input.eKinerjaValue();
        this.eKinerjaPredikat = input.eKinerjaPredikat();
        this.attendancePercent = input.attendancePercent();
        this.innovationName = input.innovationName();
        this.innovationDescription = input.innovationDescription();
        this.innovationScore = input.innovationScore();
        this.behaviourResult = input.behaviourResult();
        this.filledBy = by;
        this.filledAt = RegencyClock.now();
        this.signedOffBy = null;
        this.signedOffAt = null;
    }

    public void signOff(int teamWorkScore, String by) {
        this.teamWorkScore = teamWorkScore;
        this.signedOffBy = by;
        this.signedOffAt = RegencyClock.now();
    }

    void scored(int kinerjaScore, int disiplinScore, int perilakuScore, int totalScore) {
        this.kinerjaScore = kinerjaScore;
        this.disiplinScore = disiplinScore;
        this.perilakuScore = perilakuScore;
        this.totalScore = totalScore;
    }
}
