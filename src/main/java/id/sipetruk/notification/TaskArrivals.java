package id.sipetruk.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * When a user task is created, the people who may do it are queued to be told: its assignee, or every member of
 * its candidate groups. Queued in the engine's transaction (Camunda's Spring eventing bridge), so a task rolled
 * back tells nobody, and once per task and person; for a person who chose the daily digest, held until its time.
 * Nothing is queued while no mail server is configured.
 */
@Component
class TaskArrivals {

    /** Published when notifications were queued, so that they are sent as soon as the transaction commits. */
    record Queued() {
    }

    private final NotificationRepository notifications;
    private final NotificationPreferences preferences;
    private final NotificationProperties properties;
    private final IdentityService identity;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskArrivals(NotificationRepository notifications, NotificationPreferences preferences,
                 NotificationProperties properties, IdentityService identity, ObjectProvider<JavaMailSender> mail,
                 ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.properties = properties;
        this.identity = identity;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Today's digest time if it is still ahead, else tomorrow's. */
    private LocalDateTime nextDigest(LocalDateTime now) {
        LocalDateTime today = now.toLocalDate().atTime(properties.digestTime());
        return now.isBefore(today) ? today : today.plusDays(1);
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void taskCreated(DelegateTask task) {
        if (mail.getIfAvailable() == null) {
            return;
        }
        Set<String> people = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            people.add(task.getAssignee());
        } else {
            for (IdentityLink link : task.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId)
                            .forEach(people::add);
                } else if (link.getUserId() != null) {
                    people.add(link.getUserId());
                }
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (String person : people) {
            if (!notifications.existsByTaskIdAndRecipient(task.getId(), person)) {
                boolean digest = preferences.modeOf(person) == NotificationMode.DAILY_DIGEST;
                notifications.save(new Notification(task.getId(), person, now, digest ? nextDigest(now) : now,
                        digest));
            }
        }
        if (!people.isEmpty()) {
            events.publishEvent(new Queued());
        }
    }
}
