package id.sipetruk.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice between one e-mail per task and a daily digest, made on /akun. */
@Service
@Transactional
public class NotificationPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationPreferences.class);

    private final NotificationPreferenceRepository preferences;

    public NotificationPreferences(NotificationPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public NotificationMode modeOf(String userId) {
        return preferences.findById(userId).map(NotificationPreference::getMode).orElse(NotificationMode.PER_TASK);
    }

    public void choose(String userId, NotificationMode mode) {
        preferences.findById(userId).ifPresentOrElse(p -> p.choose(mode),
                () -> preferences.save(new NotificationPreference(userId, mode)));
        LOG.info("User {} is notified {}", userId, mode);
    }
}
