package id.sipetruk.common;

import java.util.Optional;

/**
 * Whether the documents can print a text as typed: every character must have a glyph in the embedded fonts (Latin
 * with diacritics, Greek, Cyrillic, the usual symbols). Arabic script or an emoji has none; such text is refused
 * where it is typed, with the character named, instead of coming out as "?" on a certificate.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The first character the documents cannot print, if any (line breaks and tabs are fine). */
    public static Optional<String> firstUnprintable(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && !DocumentFonts.printable(cp)
                        && DocumentFonts.replacement(cp).isEmpty())
                .mapToObj(Character::toString).findFirst();
    }
}
