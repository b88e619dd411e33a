package id.sipetruk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's choice of {@link NotificationMode} and his WhatsApp number; without a row, one e-mail per task and no
 * WhatsApp.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "user_id")
    private String userId;
    @Enumerated(EnumType.STRING)
    private NotificationMode mode = NotificationMode.PER_TASK;
    /** E.164 without the "+", as gateways take it: {@code 6281234567890}; null for none. */
    private String whatsapp;

    protected NotificationPreference() {
    }

    NotificationPreference(String userId) {
        this.userId = userId;
    }

    void choose(NotificationMode chosen) {
        this.mode = chosen;
    }

    void setWhatsapp(String number) {
        this.whatsapp = number;
    }

    public NotificationMode getMode() { return mode; }
    public String getWhatsapp() { return whatsapp; }
}
