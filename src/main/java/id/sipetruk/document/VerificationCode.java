package id.sipetruk.document;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The verification code printed on every document: 16 upper-case hex digits (64 bits of a SHA-256, see
 * {@link DocumentFacts#code()}), printed in groups of four ("3F9A-1C2B-7D4E-88A0"). Typed codes are read
 * case-insensitively, with or without dashes and spaces.
 */
public final class VerificationCode {

    public static final int LENGTH = 16;
    private static final Pattern CODE = Pattern.compile("[0-9A-F]{" + LENGTH + "}");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\-\u2010-\u2015]");

    private VerificationCode() {
    }

    /** "3f9a 1c2b-7d4e88a0" -> "3F9A1C2B7D4E88A0"; empty when it cannot be a code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = IGNORED.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** "3F9A1C2B7D4E88A0" -> "3F9A-1C2B-7D4E-88A0" */
    public static String grouped(String code) {
        if (code == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + 4));
        }
        return out.toString();
    }
}
