package id.sipetruk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts a person reads, from messages.properties (Bahasa Indonesia). */
public final class Messages {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);

    private Messages() {
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

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(args);
    }
}
