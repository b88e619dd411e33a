package id.sipetruk.period;

import id.sipetruk.common.RegencyClock;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** BKPSDM moved a stage's deadline after the period started: from when to when, why, and how many open tasks moved. */
@Entity
@Table(name = "period_deadline_change")
public class DeadlineChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "period_id")
    private AwardPeriod period;
    @Enumerated(EnumType.STRING)
    private PeriodStage stage;
    private LocalDateTime oldDueAt;
    private LocalDateTime newDueAt;
    private String reason;
    private int movedTasks;
    private String changedBy;
    private LocalDateTime changedAt;

    protected DeadlineChange() {
    }

    DeadlineChange(AwardPeriod period, PeriodStage stage, LocalDateTime oldDueAt, LocalDateTime newDueAt,
                   String reason, int movedTasks, String changedBy) {
        this.period = period;
        this.stage = stage;
        this.oldDueAt = oldDueAt;
        this.newDueAt = newDueAt;
        this.reason = reason;
        this.movedTasks = movedTasks;
        this.changedBy = changedBy;
        this.changedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public AwardPeriod getPeriod() { return period; }
    public PeriodStage getStage() { return stage; }
    public LocalDateTime getOldDueAt() { return oldDueAt; }
    public LocalDateTime getNewDueAt() { return newDueAt; }
    public String getReason() { return reason; }
    public int getMovedTasks() { return movedTasks; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
}
