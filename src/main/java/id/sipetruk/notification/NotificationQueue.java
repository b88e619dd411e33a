package id.sipetruk.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Queues the notifications of one occasion of a task, in the caller's transaction (so an occasion rolled back tells
 * nobody): one row per person and channel he can be reached on, never a second for the same task, occasion, channel
 * and round; for a person who chose the daily digest, held until its time. Sent after the commit by
 * {@link NotificationSender}.
 */
@Component
class NotificationQueue {

    /** Published when notifications were queued, so that they are sent as soon as the transaction commits. */
    record Queued() {
    }

    private final NotificationRepository notifications;
    private final NotificationPreferences preferences;
    private final NotificationProperties properties;
    private final List<NotificationChannel> channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationQueue(NotificationRepository notifications, NotificationPreferences preferences,
                      NotificationProperties properties, List<NotificationChannel> channels,
                      ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.properties = properties;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    /** Whether any channel is configured; without one nothing is queued. */
    boolean anyChannel() {
        return channels.stream().anyMatch(NotificationChannel::configured);
    }

    /** @return how many people were queued to be told (on one channel or more) */
    int queue(String taskId, Collection<String> people, Notification.Kind kind, int round) {
        LocalDateTime now = LocalDateTime.now(clock);
        Set<String> queued = new HashSet<>();
        for (NotificationChannel channel : channels) {
            if (!channel.configured()) {
                continue;
            }
            for (String person : people) {
                if (channel.reaches(person) && !notifications.existsByTaskIdAndRecipientAndKindAndChannelAndRound(
                        taskId, person, kind, channel.channel(), round)) {
                    boolean digest = preferences.modeOf(person) == NotificationMode.DAILY_DIGEST;
                    notifications.save(new Notification(taskId, person, kind, channel.channel(), round, now,
                            digest ? nextDigest(now) : now, digest));
                    queued.add(person);
                }
            }
        }
        if (!queued.isEmpty()) {
            events.publishEvent(new Queued());
        }
        return queued.size();
    }

    /** Today's digest time if it is still ahead, else tomorrow's. */
    private LocalDateTime nextDigest(LocalDateTime now) {
        LocalDateTime today = now.toLocalDate().atTime(properties.digestTime());
        return now.isBefore(today) ? today : today.plusDays(1);
    }
}
