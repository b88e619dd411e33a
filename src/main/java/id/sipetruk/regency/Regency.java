package id.sipetruk.regency;

import java.util.List;
import java.util.Locale;

/**
 * The regency as the documents print it; plain values, see {@link RegencyProperties} (the configured defaults)
 * and {@link RegencySettingsService#effective()} (what BKPSDM stored on /pengaturan, else the defaults).
 *
 * @param letterhead   lines printed under the BKPSDM name on BKPSDM's letterhead (address, telephone, e-mail);
 *                     may be empty
 * @param regentNip    the regent's NIP (18 digits, printed grouped under the name) or null: an elected Bupati has
 *                     none, a Penjabat (acting) Bupati does
 * @param bkpsdmHeadName the head of BKPSDM, as printed under a signature
 * @param bkpsdmHeadNip  his NIP (18 digits) or null
 * @param logo         the regency's emblem (PNG or JPEG bytes) or null for none
 */
public record Regency(String name, String regentTitle, String regentName, String place, String bkpsdmName,
                      List<String> legalBasis, List<String> letterhead, String regentNip, String bkpsdmHeadName,
                      String bkpsdmHeadNip, byte[] logo) {

    public Regency {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        letterhead = letterhead == null ? List.of() : List.copyOf(letterhead);
    }

    /** Without letterhead lines, signatories' NIPs, BKPSDM head or logo. */
    public Regency(String name, String regentTitle, String regentName, String place, String bkpsdmName,
                   List<String> legalBasis) {
        this(name, regentTitle, regentName, place, bkpsdmName, legalBasis, List.of(), null, null, null, null);
    }

    public static Regency balangan() {
        return new RegencyProperties().toRegency();
    }

    /** The same regency with another logo (null: none). */
    public Regency withLogo(byte[] logoBytes) {
        return new Regency(name, regentTitle, regentName, place, bkpsdmName, legalBasis, letterhead, regentNip,
                bkpsdmHeadName, bkpsdmHeadNip, logoBytes);
    }

    /** "KABUPATEN BALANGAN" */
    public String nameUpper() { return upper(name); }

    /** "BUPATI BALANGAN" */
    public String regentTitleUpper() { return upper(regentTitle); }

    /** "NIP 19700101 199003 1 001" under the regent's name, or null when he has no NIP. */
    public String regentNipLine() { return nipLine(regentNip); }

    /** "NIP ..." under the BKPSDM head's name, or null. */
    public String bkpsdmHeadNipLine() { return nipLine(bkpsdmHeadNip); }

    public static String upper(String text) { return text == null ? "" : text.toUpperCase(Locale.ROOT); }

    private static String nipLine(String nip) {
        if (nip == null || nip.isBlank()) {
            return null;
        }
        String raw = nip.replace(" ", "");
        return raw.length() == 18
                ? "NIP " + raw.substring(0, 8) + " " + raw.substring(8, 14) + " " + raw.charAt(14) + " " + raw.substring(15)
                : "NIP " + nip;
    }
}
