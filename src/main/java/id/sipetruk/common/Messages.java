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

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(args);
    }
}
