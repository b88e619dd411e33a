package id.sipetruk.notification;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.SiteProperties;
import id.sipetruk.process.TaskSubjectRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued notifications as e-mail in Bahasa Indonesia: what the task is, what it is about, by when, and a
 * link that opens it in Tasklist. Right after the transaction that queued them commits (on a thread of its own, so
 * the person's request never waits for the mail server), and every half minute for retries: a failed send is
 * tried again later, with a growing wait, and its error kept; the process never waits for the mail server.
 */
@Component
public class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskSubjectRepository subjects;
    private final TaskAbout about;
    private final NotificationProperties properties;
    private final SiteProperties site;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sipetruk-notifications");
        thread.setDaemon(true);
        return thread;
    });

    public NotificationSender(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail,
                              TaskService tasks, IdentityService identity, TaskSubjectRepository subjects,
                              TaskAbout about, NotificationProperties properties, SiteProperties site, Clock clock,
                              PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.mail = mail;
        this.tasks = tasks;
        this.identity = identity;
        this.subjects = subjects;
        this.about = about;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(TaskArrivals.Queued queued) {
        if (properties.sendAfterCommit()) {
            afterCommit.execute(this::sendDue);
        }
    }

    @Scheduled(fixedDelayString = "${sipetruk.notification.send-interval:PT30S}",
            initialDelayString = "${sipetruk.notification.send-interval:PT30S}")
    public int sendDue() {
        return sendDue(LocalDateTime.now(clock));
    }

    /** A notification due now: its id, and for a digest its recipient. */
    private record Due(Long id, boolean digest, String recipient) {
    }

    /**
     * Sends what is due at {@code now}: each e-mail of its own, and one digest per person whose daily digest time
     * has come. One run at a time, so two runs never send a notification twice.
     *
     * @return how many e-mails were sent
     */
    public synchronized int sendDue(LocalDateTime now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Due> due = transaction.execute(status -> notifications
                .findTop100ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(Notification.Status.PENDING, now)
                .stream().map(n -> new Due(n.getId(), n.isDigest(), n.getRecipient())).toList());
        int sent = 0;
        for (Due one : due.stream().filter(d -> !d.digest()).toList()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> send(notifications.findById(one.id())
                    .orElseThrow(), sender)))) {
                sent++;
            }
        }
        Map<String, List<Long>> digests = due.stream().filter(Due::digest).collect(Collectors.groupingBy(
                Due::recipient, LinkedHashMap::new, Collectors.mapping(Due::id, Collectors.toList())));
        for (List<Long> ids : digests.values()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> sendDigest(notifications.findAllById(ids),
                    sender)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Notification notification, JavaMailSender sender) {
        Task task = tasks.createTaskQuery().taskId(notification.getTaskId()).singleResult();
        if (task == null) {
            notification.skipped("task done before it was sent");
            return false;
        }
        User person = identity.createUserQuery().userId(notification.getRecipient()).singleResult();
        if (person == null || person.getEmail() == null || person.getEmail().isBlank()) {
            notification.skipped("no e-mail address");
            return false;
        }
        try {
            sender.send(message(task, person));
            notification.sent(LocalDateTime.now(clock));
            LOG.info("Notified {} of task {} ({})", person.getId(), task.getId(), task.getTaskDefinitionKey());
            return true;
        } catch (MailException failure) {
            LocalDateTime retry = LocalDateTime.now(clock)
                    .plus(properties.retryDelay().multipliedBy(notification.getAttempts() + 1L));
            notification.failed(failure.getMessage() == null ? failure.toString() : failure.getMessage(), retry,
                    properties.maxAttempts());
            LOG.warn("Could not notify {} of task {} (attempt {}): {}", person.getId(), task.getId(),
                    notification.getAttempts(), failure.getMessage());
            return false;
        }
    }

    /** One e-mail listing the person's tasks still open; the ones done meanwhile are skipped. */
    private boolean sendDigest(List<Notification> held, JavaMailSender sender) {
        List<Notification> open = new ArrayList<>();
        List<Task> tasksOpen = new ArrayList<>();
        for (Notification notification : held) {
            Task task = tasks.createTaskQuery().taskId(notification.getTaskId()).singleResult();
            if (task == null) {
                notification.skipped("task done before the digest");
            } else {
                open.add(notification);
                tasksOpen.add(task);
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        User person = identity.createUserQuery().userId(open.get(0).getRecipient()).singleResult();
        if (person == null || person.getEmail() == null || person.getEmail().isBlank()) {
            open.forEach(n -> n.skipped("no e-mail address"));
            return false;
        }
        String list = tasksOpen.stream().map(task -> Messages.get("notification.digest.item", task.getName(),
                aboutOf(task), dueOf(task), linkTo(task))).collect(Collectors.joining("\n"));
        SimpleMailMessage message = mailTo(person, Messages.get("notification.digest.subject", tasksOpen.size()),
                Messages.get("notification.digest.body", nameOf(person), list));
        try {
            sender.send(message);
            open.forEach(n -> n.sent(LocalDateTime.now(clock)));
            LOG.info("Sent {} a digest of {} task(s)", person.getId(), tasksOpen.size());
            return true;
        } catch (MailException failure) {
            open.forEach(n -> n.failed(String.valueOf(failure.getMessage()), LocalDateTime.now(clock)
                    .plus(properties.retryDelay().multipliedBy(n.getAttempts() + 1L)), properties.maxAttempts()));
            LOG.warn("Could not send {} a digest: {}", person.getId(), failure.getMessage());
            return false;
        }
    }

    private SimpleMailMessage message(Task task, User person) {
        return mailTo(person, Messages.get("notification.subject", task.getName()), Messages.get(
                "notification.body", nameOf(person), task.getName(), aboutOf(task), dueOf(task), linkTo(task)));
    }

    private SimpleMailMessage mailTo(User person, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(person.getEmail());
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    private static String nameOf(User person) {
        return (person.getFirstName() + " " + (person.getLastName() == null ? "" : person.getLastName())).strip();
    }

    private String aboutOf(Task task) {
        return about.of(subjects.findById(task.getId()).orElse(null));
    }

    private String dueOf(Task task) {
        ZoneId zone = clock.getZone();
        return task.getDueDate() == null ? Messages.get("notification.noDueDate")
                : IndonesianDates.dateTime(LocalDateTime.ofInstant(task.getDueDate().toInstant(), zone));
    }

    private String linkTo(Task task) {
        return site.publicUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    }
}
