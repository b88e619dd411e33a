package id.sipetruk.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Texts a person reads, from messages.properties (Bahasa Indonesia), through the application's one
 * {@link MessageSource} (Spring Boot's, which Bean Validation also reads). Static because refusals are raised where
 * Spring does not inject (entities, value objects); {@link MessagesConfiguration} hands the bean over at start-up.
 * Until then (plain unit tests) an equivalent source reads the same file the same way.
 */
public final class Messages {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static volatile MessageSource source = standalone();

    private Messages() {
    }

    static void use(MessageSource applicationSource) {
        source = applicationSource;
    }

    /**
     * The Indonesian name of a status or result: key {@code label.<enum>.<CONSTANT>}, the enum named as in Java
     * without its package ({@code label.OpdParticipation.Status.NOMINATED}); "-" for none.
     */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "-";
        }
        Class<?> type = value.getDeclaringClass();
        String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        return get("label." + name + "." + value.name());
    }

    /** The text of the key, its {0}, {1} … filled with the arguments (numbers and dates formatted for Indonesia). */
    public static String get(String key, Object... args) {
        return source.getMessage(key, args, INDONESIAN);
    }

    private static MessageSource standalone() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
