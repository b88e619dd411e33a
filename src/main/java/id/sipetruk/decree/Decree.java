package id.sipetruk.decree;

import id.sipetruk.common.RegencyClock;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.common.ValidationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of the SK Bupati that fixes the awardees: BKPSDM proposes (a new version each time),
 * the regent's role approves it or sends it back with a reason.
 */
@Entity
@Table(name = "decree")
public class Decree {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "period_id")
    private AwardPeriod period;
    private int version;
    @Enumerated(EnumType.STRING)
    private DecreeStatus status = DecreeStatus.DRAFT;
    private String decreeNumber;
    private String proposedBy;
    private LocalDateTime proposedAt;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String sendBackReason;
    @OneToMany(mappedBy = "decree", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("rankOrder")
    private List<DecreeAwardee> awardees = new ArrayList<>();
    /** The period's id once this version is approved (unique: a period has at most one approved decree). */
    @Column(name = "approved_period_id")
    private Long approvedPeriodId;
    @Version
    private long rowVersion;

    protected Decree() {
    }

    public Decree(AwardPeriod period, int version, String proposedBy) {
        this.period = period;
        this.version = version;
        this.proposedBy = proposedBy;
        this.proposedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public AwardPeriod getPeriod() { return period; }
    public int getVersion() { return version; }
    public DecreeStatus getStatus() { return status; }
    public String getDecreeNumber() { return decreeNumber; }
    public String getProposedBy() { return proposedBy; }
    public LocalDateTime getProposedAt() { return proposedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getSendBackReason() { return sendBackReason; }
    public List<DecreeAwardee> getAwardees() { return awardees; }

    void addAwardee(DecreeAwardee awardee) { awardees.add(awardee); }

    void approve(String by) {
        requireDraft();
        this.status = DecreeStatus.APPROVED;
        this.approvedPeriodId = period.getId();
        this.decidedBy = by;
        this.decidedAt = RegencyClock.now();
    }

    /** The number from the regency's register, given once when the approved decree is issued. */
    void number(String number) {
        if (status != DecreeStatus.APPROVED || decreeNumber != null) {
            throw new IllegalStateException("Decree " + id + " (" + status + ", number " + decreeNumber
                    + ") cannot be given a number");
        }
        this.decreeNumber = number;
    }

    void sendBack(String reason, String by) {
        requireDraft();
        this.status = DecreeStatus.SENT_BACK;
        this.sendBackReason = reason;
        this.decidedBy = by;
        this.decidedAt = RegencyClock.now();
    }

    private void requireDraft() {
        if (status != DecreeStatus.DRAFT) {
            throw ValidationException.conflict("decree.notDraft", version);
        }
    }
}
