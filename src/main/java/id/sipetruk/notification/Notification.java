package id.sipetruk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One person told of one occasion of one task through one channel: queued in the transaction of the occasion, sent
 * after the commit, retried when the mail server or the WhatsApp gateway fails.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Status {
        /** Waiting to be sent (again, after a failure). */
        PENDING,
        SENT,
        /** Given up after the configured number of attempts; {@code lastError} says why. */
        FAILED,
        /** Nothing to send: the task was done before, or the person has no e-mail address. */
        SKIPPED
    }

    /** What the person is told about the task. */
    public enum Kind {
        /** The task has arrived: it is his to do. */
        TASK,
        /** Its due date is near (the timer drawn on the task), or BKPSDM pressed "kirim pengingat". */
        REMINDER,
        /** Told to BKPSDM: the task is past its due date. */
        OVERDUE
    }

    public enum Channel {
        EMAIL,
        /** Through the regency's WhatsApp gateway ({@code sipetruk.notification.whatsapp.*}). */
        WHATSAPP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id")
    private String taskId;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    /** 0 for the task's own occasions; BKPSDM's n-th "kirim pengingat" for the task is round n. */
    private int round;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    /** Held for the recipient's daily digest, due at its time. */
    private boolean digest;

    protected Notification() {
    }

    /**
     * @param dueAt now for an e-mail of its own; the next digest time for a person who chose the daily digest
     */
    Notification(String taskId, String recipient, Kind kind, Channel channel, int round, LocalDateTime now,
                 LocalDateTime dueAt, boolean digest) {
        this.taskId = taskId;
        this.recipient = recipient;
        this.kind = kind;
        this.channel = channel;
        this.round = round;
        this.createdAt = now;
        this.nextAttemptAt = dueAt;
        this.digest = digest;
    }

    void sent(LocalDateTime now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up after {@code maxAttempts}. */
    void failed(String error, LocalDateTime retryAt, int maxAttempts) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = retryAt;
        status = attempts >= maxAttempts ? Status.FAILED : Status.PENDING;
    }

    void skipped(String reason) {
        status = Status.SKIPPED;
        lastError = reason;
    }

    public Long getId() { return id; }
    public String getTaskId() { return taskId; }
    public String getRecipient() { return recipient; }
    public Kind getKind() { return kind; }
    public Channel getChannel() { return channel; }
    public int getRound() { return round; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
    public LocalDateTime getSentAt() { return sentAt; }
    public boolean isDigest() { return digest; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
