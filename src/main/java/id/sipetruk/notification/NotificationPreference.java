package id.sipetruk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's choice of {@link NotificationMode}; without a row, one e-mail per task. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "user_id")
    private String userId;
    @Enumerated(EnumType.STRING)
    private NotificationMode mode;

    protected NotificationPreference() {
    }

    NotificationPreference(String userId, NotificationMode mode) {
        this.userId = userId;
        this.mode = mode;
    }

    void choose(NotificationMode chosen) {
        this.mode = chosen;
    }

    public NotificationMode getMode() { return mode; }
}
