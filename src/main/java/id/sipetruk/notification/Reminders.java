package id.sipetruk.notification;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.TaskDeadline;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and escalation: the holders of a task whose due date is near are reminded, BKPSDM is told of a task past
 * its due date (both when the timers drawn on the task fire), and BKPSDM may remind the holders of an open task at
 * any time ("kirim pengingat"), though not twice within {@code sipetruk.notification.reminder-pause}.
 */
@Service
@Transactional
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final NotificationQueue queue;
    private final NotificationRepository notifications;
    private final TaskHolders holders;
    private final TaskService tasks;
    private final IdentityService identity;
    private final NotificationProperties properties;
    private final Clock clock;

    Reminders(NotificationQueue queue, NotificationRepository notifications, TaskHolders holders, TaskService tasks,
              IdentityService identity, NotificationProperties properties, Clock clock) {
        this.queue = queue;
        this.notifications = notifications;
        this.holders = holders;
        this.tasks = tasks;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void deadlineApproaching(TaskDeadline.Approaching approaching) {
        for (String taskId : approaching.taskIds()) {
            queue.queue(taskId, holdersOf(taskId), Notification.Kind.REMINDER, 0);
        }
    }

    @EventListener
    void deadlinePassed(TaskDeadline.Passed passed) {
        Collection<String> bkpsdm = holders.membersOf(RoleGroups.BKPSDM_ADMIN);
        for (String taskId : passed.taskIds()) {
            queue.queue(taskId, bkpsdm, Notification.Kind.OVERDUE, 0);
        }
    }

    /**
     * BKPSDM's "kirim pengingat": the holders of the open task are reminded now. Refused (409) when the task is done
     * or was reminded within the pause, or when no notification channel is configured.
     *
     * @return how many people will be reminded (those with an e-mail or WhatsApp channel)
     */
    public int remindNow(String taskId, String requestedBy) {
        Task task = asServer(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw ValidationException.conflict("reminder.taskNotOpen");
        }
        if (!queue.anyChannel()) {
            throw ValidationException.conflict("reminder.noChannel");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int round = 1;
        Optional<Notification> last = notifications.findFirstByTaskIdAndKindOrderByRoundDescIdDesc(taskId,
                Notification.Kind.REMINDER);
        if (last.isPresent()) {
            LocalDateTime allowedFrom = last.get().getCreatedAt().plus(properties.reminderPause());
            if (now.isBefore(allowedFrom)) {
                throw ValidationException.conflict("reminder.tooSoon", IndonesianDates.dateTime(allowedFrom));
            }
            round = last.get().getRound() + 1;
        }
        Collection<String> people = asServer(() -> holders.of(task.getAssignee(),
                tasks.getIdentityLinksForTask(taskId)));
        int reminded = queue.queue(taskId, people, Notification.Kind.REMINDER, round);
        LOG.info("{} reminded {} holder(s) of task {} ({})", requestedBy, reminded, taskId,
                task.getTaskDefinitionKey());
        return reminded;
    }

    private Collection<String> holdersOf(String taskId) {
        return asServer(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            return task == null ? List.<String>of()
                    : holders.of(task.getAssignee(), tasks.getIdentityLinksForTask(taskId));
        });
    }

    /** An act of the server, not of the signed-in person: the engine's authorization of the caller does not apply. */
    private <T> T asServer(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
