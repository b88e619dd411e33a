package id.sipetruk.notification;

/** How a person wants to be told of new tasks. */
public enum NotificationMode {
    /** One e-mail per task, when it arrives (the default). */
    PER_TASK,
    /** One e-mail a day listing the tasks that arrived since the last, at {@code sipetruk.notification.digest-time}. */
    DAILY_DIGEST
}
