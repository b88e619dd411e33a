package id.sipetruk.nomination;

import id.sipetruk.common.RegencyClock;
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
import java.time.LocalDateTime;

/** One decision on a nomination: the OPD head's sign-off or send-back, or BKPSDM's verification. Never updated. */
@Entity
@Table(name = "nomination_decision")
public class NominationDecision {

    public enum Stage { HEAD_REVIEW, VERIFICATION }

    public enum Outcome { APPROVED, SENT_BACK, ELIGIBLE, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String reason;
    private String decidedBy;
    private LocalDateTime decidedAt;

    protected NominationDecision() {
    }

    public NominationDecision(Nomination nomination, Stage stage, Outcome outcome, String reason, String decidedBy) {
        this.nomination = nomination;
        this.stage = stage;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public Nomination getNomination() { return nomination; }
    public Stage getStage() { return stage; }
    public Outcome getOutcome() { return outcome; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
