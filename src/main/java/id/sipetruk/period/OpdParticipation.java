package id.sipetruk.period;

import id.sipetruk.common.RegencyClock;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Opd;
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

/** Whether an OPD answered a period's call for nominations. */
@Entity
@Table(name = "opd_participation")
public class OpdParticipation {

    public enum Status { AWAITING_NOMINATION, NOMINATED, NO_NOMINATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private AwardPeriod period;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "opd_id")
    private Opd opd;
    @Enumerated(EnumType.STRING)
    private Status status = Status.AWAITING_NOMINATION;
    private String respondedBy;
    private LocalDateTime respondedAt;

    protected OpdParticipation() {
    }

    public OpdParticipation(AwardPeriod period, Opd opd) {
        this.period = period;
        this.opd = opd;
    }

    public Long getId() { return id; }
    public AwardPeriod getPeriod() { return period; }
    public Opd getOpd() { return opd; }
    public Status getStatus() { return status; }
    public String getRespondedBy() { return respondedBy; }
    public LocalDateTime getRespondedAt() { return respondedAt; }

    /** The OPD's head nominated; after the window closed on the OPD ("no nomination") it cannot. */
    public void nominated(String by) {
        if (status == Status.NO_NOMINATION) {
            throw ValidationException.conflict("nomination.windowClosedForOpd");
        }
        this.status = Status.NOMINATED;
        this.respondedBy = by;
        this.respondedAt = RegencyClock.now();
    }

    /** The window closed (on time or early) before this OPD nominated anybody. */
    public void noNomination() {
        if (status == Status.AWAITING_NOMINATION) {
            this.status = Status.NO_NOMINATION;
            this.respondedAt = RegencyClock.now();
        }
    }
}
