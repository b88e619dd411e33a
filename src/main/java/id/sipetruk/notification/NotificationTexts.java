package id.sipetruk.notification;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.SiteProperties;
import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The words of each message, in Bahasa Indonesia (messages.properties, {@code notification.*}): about one task, or a
 * list of tasks (several reminders at once, a daily digest). A task's holder gets the link that opens it in
 * Tasklist; BKPSDM, told of a late task, the period's progress page.
 */
@Component
class NotificationTexts {

    /** A message: its subject line and its text. */
    record Text(String subject, String body) {
    }

    /** One task a message is about, and why. */
    record Item(Notification.Kind kind, Task task) {
    }

    private final TaskSubjectRepository subjects;
    private final TaskAbout about;
    private final IdentityService identity;
    private final SiteProperties site;
    private final Clock clock;

    NotificationTexts(TaskSubjectRepository subjects, TaskAbout about, IdentityService identity, SiteProperties site,
                      Clock clock) {
        this.subjects = subjects;
        this.about = about;
        this.identity = identity;
        this.site = site;
        this.clock = clock;
    }

    Text of(User person, List<Item> items, boolean digest) {
        if (digest) {
            return new Text(Messages.get("notification.digest.subject", items.size()),
                    Messages.get("notification.digest.body", nameOf(person), list(items, true)));
        }
        String kind = "notification." + items.get(0).kind().name().toLowerCase();
        if (items.size() > 1) {
            return new Text(Messages.get(kind + ".list.subject", items.size()),
                    Messages.get(kind + ".list.body", nameOf(person), list(items, false)));
        }
        Task task = items.get(0).task();
        TaskSubject subject = subjects.findById(task.getId()).orElse(null);
        return new Text(Messages.get(kind + ".subject", task.getName(), dueOf(task), about.of(subject)),
                Messages.get(kind + ".body", nameOf(person), task.getName(), about.of(subject), dueOf(task),
                        linkFor(items.get(0).kind(), task, subject), holderOf(task, subject)));
    }

    private String list(List<Item> items, boolean withKind) {
        return items.stream().map(item -> {
            TaskSubject subject = subjects.findById(item.task().getId()).orElse(null);
            String name = withKind && item.kind() != Notification.Kind.TASK
                    ? Messages.label(item.kind()) + ": " + item.task().getName() : item.task().getName();
            return Messages.get("notification.item", name, about.of(subject), dueOf(item.task()),
                    linkFor(item.kind(), item.task(), subject));
        }).collect(Collectors.joining("\n"));
    }

    private String linkFor(Notification.Kind kind, Task task, TaskSubject subject) {
        if (kind == Notification.Kind.OVERDUE && subject != null) {
            return site.publicUrl() + "/periode/" + about.periodCodeOf(subject) + "/kemajuan";
        }
        return site.publicUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    }

    /** Who holds the task: the assignee's name, or the name of the group whose members may claim it. */
    private String holderOf(Task task, TaskSubject subject) {
        if (task.getAssignee() != null) {
            User user = identity.createUserQuery().userId(task.getAssignee()).singleResult();
            return user == null ? task.getAssignee() : nameOf(user);
        }
        if (subject == null || subject.getRoleGroup() == null) {
            return "-";
        }
        Group group = identity.createGroupQuery().groupId(subject.getRoleGroup()).singleResult();
        return group == null ? subject.getRoleGroup() : group.getName();
    }

    private String dueOf(Task task) {
        return task.getDueDate() == null ? Messages.get("notification.noDueDate")
                : IndonesianDates.dateTime(LocalDateTime.ofInstant(task.getDueDate().toInstant(), clock.getZone()));
    }

    static String nameOf(User person) {
        return (person.getFirstName() + " " + (person.getLastName() == null ? "" : person.getLastName())).strip();
    }
}
