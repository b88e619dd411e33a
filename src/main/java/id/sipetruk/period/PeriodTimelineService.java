package id.sipetruk.period;

import id.sipetruk.common.ValidationException;
import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A period's timeline: the due date of each stage's user tasks, and BKPSDM's change of a stage's deadline, which
 * moves the due dates of the stage's open tasks at once (docs/process.md, "Timeline and due dates").
 */
@Service
@Transactional
public class PeriodTimelineService {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodTimelineService.class);
    private static final int MAX_REASON = 1000;
    /** A period in these states has no open task left to move. */
    private static final Set<AwardPeriodStatus> ENDED =
            EnumSet.of(AwardPeriodStatus.COMPLETED, AwardPeriodStatus.CLOSED_WITHOUT_AWARD);

    private final AwardPeriodRepository periods;
    private final DeadlineChangeRepository changes;
    private final TaskSubjectRepository subjects;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final ZoneId zone;
    private final Clock clock;

    public PeriodTimelineService(AwardPeriodRepository periods, DeadlineChangeRepository changes,
                                 TaskSubjectRepository subjects, TaskService tasks, ManagementService management,
                                 IdentityService identity, Clock clock) {
        this.periods = periods;
        this.changes = changes;
        this.subjects = subjects;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    /** The due date of the stage's tasks in the period: its deadline, in the regency's time zone. */
    public Date dueDate(AwardPeriod period, PeriodStage stage) {
        return Date.from(period.deadline(stage).atZone(zone).toInstant());
    }

    /** When the holders of the stage's open tasks in the period are reminded, in the regency's time zone. */
    public Date reminderDate(AwardPeriod period, PeriodStage stage) {
        return Date.from(period.reminderAt(stage).atZone(zone).toInstant());
    }

    /**
     * The date of the reminder timer of a task created now: its stage's reminder time while that is ahead; else the
     * deadline, where the timer finds nothing to remind (a task that arrives within its reminder days is told its
     * due date on arrival), rather than a timer firing at once beside the person's first submit.
     */
    public Date reminderTimerDate(AwardPeriod period, PeriodStage stage) {
        return period.reminderAt(stage).isAfter(LocalDateTime.now(clock)) ? reminderDate(period, stage)
                : dueDate(period, stage);
    }

    /** The stage of a due-date expression in the BPMN ({@code 'VERIFICATION'}). */
    public static PeriodStage stage(String name) {
        return PeriodStage.valueOf(name);
    }

    /** The changes of the period's deadlines, oldest first. */
    @Transactional(readOnly = true)
    public List<DeadlineChange> changesOf(Long periodId) {
        return changes.findByPeriodIdOrderByChangedAt(periodId);
    }

    /**
     * BKPSDM moves a stage's deadline, with a reason: the period keeps the new deadline, the change is recorded, and
     * the stage's open tasks get it as their due date (an administrative act of the server, not of the user: the
     * engine's authorization of the caller does not apply). Refused (400, nothing changed) for an unknown stage, the
     * nomination stage (its closing drives the window's timers), a date that is not one, an empty reason, or a
     * timeline out of order; 409 once the period has ended.
     *
     * @param deadline as an HTML {@code datetime-local} input sends it, e.g. {@code 2026-12-01T16:00}
     */
    public DeadlineChange changeDeadline(String periodCode, String stageName, String deadline, String reason,
                                         String changedBy) {
        AwardPeriod period = periods.findByCode(periodCode).orElseThrow(() -> new ValidationException("period.unknown"));
        PeriodStage stage = EnumSet.allOf(PeriodStage.class).stream().filter(s -> s.name().equals(stageName))
                .findFirst().orElseThrow(() -> new ValidationException("timeline.unknownStage"));
        if (stage == PeriodStage.NOMINATION) {
            throw new ValidationException("timeline.nominationFixed");
        }
        LocalDateTime newDueAt = parse(deadline, stage);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ValidationException("timeline.reasonRequired", stage.label());
        }
        if (why.length() > MAX_REASON) {
            throw new ValidationException("timeline.reasonTooLong", MAX_REASON);
        }
        if (ENDED.contains(period.getStatus())) {
            throw ValidationException.conflict("timeline.periodEnded", period.getCode(), period.getStatus().label());
        }
        Map<PeriodStage, LocalDateTime> deadlines = period.getTimeline().asMap();
        deadlines.put(stage, newDueAt);
        new PeriodTimeline(period.getNominationClosesAt(), deadlines).checkOrder(period.getNominationClosesAt());

        LocalDateTime oldDueAt = period.deadline(stage);
        period.moveDeadline(stage, newDueAt);
        int moved = moveOpenTasks(period, stage);
        DeadlineChange change = changes.save(new DeadlineChange(period, stage, oldDueAt, newDueAt, why, moved,
                changedBy));
        LOG.info("Deadline of stage {} of period {} moved from {} to {} by {}; {} open task(s) moved", stage,
                period.getCode(), oldDueAt, newDueAt, changedBy, moved);
        return change;
    }

    private void moveTimers(AwardPeriod period, PeriodStage stage, String processInstanceId) {
        for (String taskKey : stage.taskKeys()) {
            setTimer(processInstanceId, DeadlineTimers.reminderTimerOf(taskKey), reminderDate(period, stage));
            setTimer(processInstanceId, DeadlineTimers.overdueTimerOf(taskKey), dueDate(period, stage));
        }
    }

    private void setTimer(String processInstanceId, String timerId, Date dueDate) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(timerId)
                .timers().list()) {
            management.setJobDuedate(job.getId(), dueDate);
        }
    }

    private LocalDateTime parse(String deadline, PeriodStage stage) {
        if (deadline == null || deadline.isBlank()) {
            throw new ValidationException("timeline.badDate", stage.label());
        }
        String text = deadline.strip();
        try {
            return LocalDateTime.parse(text.length() == 16 ? text + ":00" : text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("timeline.badDate", stage.label());
        }
    }

    /**
     * The open tasks of the stage about this period get its deadline as their due date, and their deadline timers
     * still waiting move with it; returns how many tasks moved.
     */
    private int moveOpenTasks(AwardPeriod period, PeriodStage stage) {
        List<String> taskIds = subjects.findByPeriodIdAndTaskKeyIn(period.getId(), stage.taskKeys()).stream()
                .map(TaskSubject::getTaskId).toList();
        if (taskIds.isEmpty()) {
            return 0;
        }
        Date due = dueDate(period, stage);
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            List<Task> open = tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).list();
            for (Task task : open) {
                task.setDueDate(due);
                tasks.saveTask(task);
            }
            open.stream().map(Task::getProcessInstanceId).distinct()
                    .forEach(processInstance -> moveTimers(period, stage, processInstance));
            return open.size();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
