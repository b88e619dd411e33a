package id.sipetruk.notification;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import id.sipetruk.common.ValidationException;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice, made on /akun: one message per task or a daily digest, and the WhatsApp number the regency's
 * gateway sends to (none by default).
 */
@Service
@Transactional
public class NotificationPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationPreferences.class);
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final EnumSet<PhoneNumberType> WHATSAPP_TYPES =
            EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private final NotificationPreferenceRepository preferences;

    public NotificationPreferences(NotificationPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public NotificationMode modeOf(String userId) {
        return preferences.findById(userId).map(NotificationPreference::getMode).orElse(NotificationMode.PER_TASK);
    }

    /** The person's WhatsApp number, E.164 without "+", if he gave one. */
    @Transactional(readOnly = true)
    public Optional<String> whatsappOf(String userId) {
        return preferences.findById(userId).map(NotificationPreference::getWhatsapp);
    }

    public void choose(String userId, NotificationMode mode) {
        preferenceOf(userId).choose(mode);
        LOG.info("User {} is notified {}", userId, mode);
    }

    /**
     * Sets (or, when blank, removes) the person's WhatsApp number, written as people write it: {@code 0812-3456-7890},
     * {@code +62 812 3456 7890}. Refused (400) when it is not a mobile number.
     */
    public void setWhatsapp(String userId, String typed) {
        String number = typed == null || typed.isBlank() ? null : normalized(typed);
        preferenceOf(userId).setWhatsapp(number);
        LOG.info("User {} {} a WhatsApp number", userId, number == null ? "removed" : "set");
    }

    /** {@code 0812-3456-7890} → {@code 6281234567890}; refused (400) unless it is a mobile number. */
    public static String normalized(String typed) {
        try {
            PhoneNumber number = PHONES.parse(typed.strip(), "ID");
            if (!PHONES.isValidNumber(number) || !WHATSAPP_TYPES.contains(PHONES.getNumberType(number))) {
                throw new ValidationException("notification.whatsapp.invalid", typed.strip());
            }
            return PHONES.format(number, PhoneNumberFormat.E164).substring(1);
        } catch (NumberParseException e) {
            throw new ValidationException("notification.whatsapp.invalid", typed.strip());
        }
    }

    private NotificationPreference preferenceOf(String userId) {
        return preferences.findById(userId).orElseGet(() -> preferences.save(new NotificationPreference(userId)));
    }
}
