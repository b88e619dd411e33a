package id.sipetruk.common;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The fonts every PDF is set in: Liberation Sans (for Helvetica) and Liberation Serif (for Times), from
 * {@code openpdf-fonts-extra}, embedded as subsets with Unicode (Identity-H) encoding. Unlike the standard PDF
 * fonts they carry every Latin letter an Indonesian name may have, the typographic apostrophe, and the
 * symbols of the criteria ("≥", "→"). The renderers keep asking for {@code Font.HELVETICA} or
 * {@code Font.TIMES_ROMAN} with a style; this class picks the matching real face (no simulated bold).
 */
public final class DocumentFonts {

    /** Symbols without a glyph that print as a readable equivalent. */
    private static final Map<Integer, String> REPLACEMENTS = Map.of(
            (int) '\u2265', ">=", (int) '\u2264', "<=", (int) '\u2192', "->");

    private static final String DIR = "liberation/";
    private static final ConcurrentMap<String, BaseFont> FACES = new ConcurrentHashMap<>();

    private DocumentFonts() {
    }

    /** A font of the family (Font.HELVETICA, Font.TIMES_ROMAN, Font.COURIER) in the style, as embedded Liberation. */
    public static Font font(int family, float size, int style, Color color) {
        int s = style == Font.UNDEFINED ? Font.NORMAL : style;
        boolean bold = (s & Font.BOLD) != 0;
        boolean italic = (s & Font.ITALIC) != 0;
        // bold and italic come from the face itself; only underline and strike-through stay as style bits
        int decoration = s & (Font.UNDERLINE | Font.STRIKETHRU);
        return new Font(face(family, bold, italic), size, decoration, color);
    }

    /** Whether the regular Sans and Serif faces both have a glyph for the code point. */
    public static boolean printable(int codePoint) {
        return Regular.SANS.charExists(codePoint) && Regular.SERIF.charExists(codePoint);
    }

    /** The regular faces, looked up once: {@link #printable} is asked for every character a document prints. */
    private static final class Regular {
        static final BaseFont SANS = face(Font.HELVETICA, false, false);
        static final BaseFont SERIF = face(Font.TIMES_ROMAN, false, false);
    }

    /** The readable equivalent a symbol without glyph prints as ("≥" as ">="), if it has one. */
    public static Optional<String> replacement(int codePoint) {
        return Optional.ofNullable(REPLACEMENTS.get(codePoint));
    }

    public static BaseFont face(int family, boolean bold, boolean italic) {
        String base = switch (family) {
            case Font.TIMES_ROMAN -> "LiberationSerif";
            case Font.COURIER -> "LiberationMono";
            default -> "LiberationSans";
        };
        String variant = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
        return FACES.computeIfAbsent(base + "-" + variant + ".ttf", DocumentFonts::load);
    }

    private static BaseFont load(String file) {
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + DIR + file + " is not on the classpath (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
