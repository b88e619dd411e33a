package id.sipetruk.document;

import java.util.List;
import java.util.Locale;

/** The regency as the documents print it; plain values, see {@link RegencyProperties}. */
public record Regency(String name, String regentTitle, String regentName, String place, String bkpsdmName,
                      List<String> legalBasis) {

    public static Regency balangan() {
        return new RegencyProperties().toRegency();
    }

    /** "KABUPATEN BALANGAN" */
    public String nameUpper() { return upper(name); }

    /** "BUPATI BALANGAN" */
    public String regentTitleUpper() { return upper(regentTitle); }

    static String upper(String text) { return text == null ? "" : text.toUpperCase(Locale.ROOT); }
}
