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
    private final NotificationProperties properties;

    public NotificationPreferences(NotificationPreferenceRepository preferences, NotificationProperties properties) {
        this.preferences = preferences;
        this.properties = properties;
    }

    /** Whether the regency has a WhatsApp gateway, so that a number is worth asking for. */
    public boolean whatsappAvailable() {
        return properties.whatsapp().configured();
    }

    /** The person's WhatsApp number as people read it ({@code +62 812-3456-7890}), or empty. */
    @Transactional(readOnly = true)
    public String whatsappShownOf(String userId) {
        return whatsappOf(userId).map(number -> {
            try {
                return PHONES.format(PHONES.parse("+" + number, "ID"), PhoneNumberFormat.INTERNATIONAL);
            } catch (NumberParseException e) {
                return number;
            }
        }).orElse("");
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

    /**
     * The person's choice on /akun: the mode, and his WhatsApp number when the form had the field (blank removes it).
     * A number that is not one is refused (400) and nothing is stored.
     */
    public void choose(String userId, NotificationMode mode, String whatsappTyped) {
        String number = whatsappTyped == null || whatsappTyped.isBlank() ? null : normalized(whatsappTyped);
        choose(userId, mode);
        if (whatsappTyped != null) {
            preferenceOf(userId).setWhatsapp(number);
            LOG.info("User {} {} a WhatsApp number", userId, number == null ? "has no" : "set");
        }
    }

    public void choose(String userId, NotificationMode mode) {
        preferenceOf(userId).choose(mode);
        LOG.info("User {} is notified {}", userId, mode);
    }

    /**
     * Sets (or, when blank, removes) the person's WhatsApp number, written as people write it: {@code 0812-3456-7890},
     * {@code +62 812 3456 7890}. Refused (400) when it is not an Indonesian mobile number.
     */
    public void setWhatsapp(String userId, String typed) {
        String number = typed == null || typed.isBlank() ? null : normalized(typed);
        preferenceOf(userId).setWhatsapp(number);
        LOG.info("User {} {} a WhatsApp number", userId, number == null ? "removed" : "set");
    }

    /** {@code 0812-3456-7890} → {@code 6281234567890}; refused (400) unless it is an Indonesian mobile number. */
    public static String normalized(String typed) {
        try {
            PhoneNumber number = PHONES.parse(typed.strip(), "ID");
            if (!PHONES.isValidNumberForRegion(number, "ID")
                    || !WHATSAPP_TYPES.contains(PHONES.getNumberType(number))) {
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
