package id.sipetruk.notification;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued notifications by e-mail or WhatsApp ({@link NotificationTexts} words them). Right after the
 * transaction that queued them commits (on a thread of its own, so the person's request never waits for the mail
 * server or the gateway), and every {@code send-interval} for retries and digests: a failed send is tried again
 * later, with a growing wait, and its error kept; the process never waits for it. A task's arrival is one message
 * (unless the person chose the digest); reminders or late tasks due for one person at once are one message.
 */
@Component
public class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository notifications;
    private final Map<Notification.Channel, NotificationChannel> channels;
    private final NotificationTexts texts;
    private final TaskService tasks;
    private final IdentityService identity;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sipetruk-notifications");
        thread.setDaemon(true);
        return thread;
    });

    NotificationSender(NotificationRepository notifications, List<NotificationChannel> channels,
                       NotificationTexts texts, TaskService tasks, IdentityService identity,
                       NotificationProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::channel,
                Function.identity()));
        this.texts = texts;
        this.tasks = tasks;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(NotificationQueue.Queued queued) {
        if (properties.sendAfterCommit()) {
            try {
                afterCommit.execute(this::sendDue);
            } catch (RejectedExecutionException shuttingDown) {
                LOG.info("Notifications queued during shutdown are sent by the next start's scheduled run");
            }
        }
    }

    /**
     * Lets a send in progress finish while the database is still there: the thread is a daemon, and left alone it
     * went on after the connection pool had closed (an error in the log at every shutdown).
     */
    @PreDestroy
    void stopSending() throws InterruptedException {
        afterCommit.shutdown();
        if (!afterCommit.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("A notification send was still running at shutdown; what it left is sent after the restart");
        }
    }

    @Scheduled(fixedDelayString = "${sipetruk.notification.send-interval:PT30S}",
            initialDelayString = "${sipetruk.notification.send-interval:PT30S}")
    public int sendDue() {
        return sendDue(LocalDateTime.now(clock));
    }

    /** The notifications sent as one message: a task's arrival alone; else one person's on one channel. */
    private record Message(Long id, String recipient, Notification.Channel channel, boolean digest,
                           Notification.Kind kind) {

        static Message of(Notification n) {
            boolean alone = !n.isDigest() && n.getKind() == Notification.Kind.TASK;
            return new Message(alone ? n.getId() : null, n.getRecipient(), n.getChannel(), n.isDigest(),
                    n.isDigest() ? null : n.getKind());
        }
    }

    /**
     * Sends what is due at {@code now}. One run at a time, so two runs never send a notification twice.
     *
     * @return how many messages were sent
     */
    public synchronized int sendDue(LocalDateTime now) {
        Map<Message, List<Long>> due = transaction.execute(status -> notifications
                .findTop100ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(Notification.Status.PENDING, now)
                .stream().collect(Collectors.groupingBy(Message::of, LinkedHashMap::new,
                        Collectors.mapping(Notification::getId, Collectors.toList()))));
        int sent = 0;
        for (Map.Entry<Message, List<Long>> message : due.entrySet()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> send(message.getKey(),
                    notifications.findAllById(message.getValue()), now)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Message message, List<Notification> held, LocalDateTime now) {
        NotificationChannel channel = channels.get(message.channel());
        if (!channel.configured()) {
            held.forEach(n -> n.skipped("channel " + message.channel() + " is not configured"));
            return false;
        }
        List<Notification> open = new ArrayList<>();
        List<NotificationTexts.Item> items = new ArrayList<>();
        for (Notification notification : held) {
            Task task = tasks.createTaskQuery().taskId(notification.getTaskId()).singleResult();
            if (task == null) {
                notification.skipped("task done before it was sent");
            } else if (notification.getKind() == Notification.Kind.OVERDUE && task.getDueDate() != null
                    && task.getDueDate().toInstant().isAfter(now.atZone(clock.getZone()).toInstant())) {
                notification.skipped("due date moved later before it was sent");
            } else {
                open.add(notification);
                items.add(new NotificationTexts.Item(notification.getKind(), task));
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        User person = identity.createUserQuery().userId(message.recipient()).singleResult();
        String address = person == null ? null : channel.addressOf(person).orElse(null);
        if (address == null) {
            open.forEach(n -> n.skipped("no " + message.channel().name().toLowerCase() + " address"));
            return false;
        }
        NotificationTexts.Text text = texts.of(person, items, message.digest());
        try {
            channel.deliver(address, text.subject(), text.body());
            open.forEach(n -> n.sent(LocalDateTime.now(clock)));
            LOG.info("Sent {} by {}: {} task(s), {}", person.getId(), message.channel(), items.size(),
                    message.digest() ? "digest" : open.get(0).getKind());
            return true;
        } catch (RuntimeException failure) {
            String error = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            open.forEach(n -> n.failed(error, LocalDateTime.now(clock)
                    .plus(properties.retryDelay().multipliedBy(n.getAttempts() + 1L)), properties.maxAttempts()));
            LOG.warn("Could not send {} by {} (attempt {}): {}", person.getId(), message.channel(),
                    open.get(0).getAttempts(), error);
            return false;
        }
    }
}
