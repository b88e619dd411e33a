package id.sipetruk.period;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deadlines of a period's stages after nomination, as data kept with the period (like the {@link Rubric}): BKPSDM
 * sets them on the start form and may move one later, with a reason ({@link PeriodTimelineService}). The nomination
 * stage ends when the window closes ({@link AwardPeriod#getNominationClosesAt()}); {@link AwardPeriod#deadline}
 * answers for every stage. docs/process.md, "Timeline and due dates".
 */
@Embeddable
public class PeriodTimeline {

    public static final int DEFAULT_REMINDER_DAYS = 2;
    public static final int MAX_REMINDER_DAYS = 14;

    @Column(name = "assessment_due_at")
    private LocalDateTime assessmentDueAt;
    @Column(name = "verification_due_at")
    private LocalDateTime verificationDueAt;
    @Column(name = "panel_due_at")
    private LocalDateTime panelDueAt;
    @Column(name = "proposal_due_at")
    private LocalDateTime proposalDueAt;
    @Column(name = "decree_due_at")
    private LocalDateTime decreeDueAt;
    /** How many days before a stage's deadline the holders of its open tasks are reminded. */
    @Column(name = "reminder_days")
    private int reminderDays = DEFAULT_REMINDER_DAYS;

    protected PeriodTimeline() {
    }

    /** The deadlines of the stages after nomination; a stage missing from the map takes its default. */
    public PeriodTimeline(LocalDateTime nominationClosesAt, Map<PeriodStage, LocalDateTime> deadlines) {
        for (PeriodStage stage : PeriodStage.values()) {
            if (stage != PeriodStage.NOMINATION) {
                LocalDateTime given = deadlines.get(stage);
                set(stage, given != null ? given : defaultDeadline(nominationClosesAt, stage));
            }
        }
    }

    /** The same deadlines, with reminders this many days before each. */
    public PeriodTimeline withReminderDays(int days) {
        this.reminderDays = days;
        return this;
    }

    public int getReminderDays() { return reminderDays; }

    /** The start form's defaults: each stage {@link PeriodStage#defaultDaysAfterClosing()} after the window closes. */
    public static PeriodTimeline defaultsAfter(LocalDateTime nominationClosesAt) {
        return new PeriodTimeline(nominationClosesAt, Map.of());
    }

    public static LocalDateTime defaultDeadline(LocalDateTime nominationClosesAt, PeriodStage stage) {
        return nominationClosesAt.plusDays(stage.defaultDaysAfterClosing());
    }

    /** The deadline of a stage after nomination (null for {@link PeriodStage#NOMINATION}, which the period keeps). */
    public LocalDateTime get(PeriodStage stage) {
        return switch (stage) {
            case NOMINATION -> null;
            case ASSESSMENT -> assessmentDueAt;
            case VERIFICATION -> verificationDueAt;
            case PANEL -> panelDueAt;
            case PROPOSAL -> proposalDueAt;
            case DECREE -> decreeDueAt;
        };
    }

    /** Every stage's deadline after nomination, in stage order. */
    public Map<PeriodStage, LocalDateTime> asMap() {
        Map<PeriodStage, LocalDateTime> map = new EnumMap<>(PeriodStage.class);
        for (PeriodStage stage : PeriodStage.values()) {
            if (stage != PeriodStage.NOMINATION) {
                map.put(stage, get(stage));
            }
        }
        return map;
    }

    /**
     * Refuses (400) a timeline out of order: every stage must end after the one before it, the first after the window
     * closes.
     */
    public void checkOrder(LocalDateTime nominationClosesAt) {
        LocalDateTime before = nominationClosesAt;
        for (PeriodStage stage : PeriodStage.values()) {
            if (stage == PeriodStage.NOMINATION) {
                continue;
            }
            LocalDateTime deadline = get(stage);
            if (!deadline.isAfter(before)) {
                PeriodStage previous = stage.previous();
                throw new ValidationException("timeline.order", stage.label(), IndonesianDates.dateTime(deadline),
                        previous.label(), IndonesianDates.dateTime(before));
            }
            before = deadline;
        }
    }

    void set(PeriodStage stage, LocalDateTime deadline) {
        switch (stage) {
            case NOMINATION -> throw new IllegalArgumentException("the nomination deadline is the window's closing");
            case ASSESSMENT -> assessmentDueAt = deadline;
            case VERIFICATION -> verificationDueAt = deadline;
            case PANEL -> panelDueAt = deadline;
            case PROPOSAL -> proposalDueAt = deadline;
            case DECREE -> decreeDueAt = deadline;
        }
    }
}
