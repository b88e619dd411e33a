package id.sipetruk.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tingkat of a disciplinary penalty (PP 94/2021), as SIASN codes it: R ringan, S sedang, B berat. */
public enum PenaltyLevel {
    /** R, ringan: a reprimand */
    LIGHT("R", "RINGAN"),
    /** S, sedang: a cut of the performance allowance */
    MODERATE("S", "SEDANG"),
    /** B, berat: demotion, removal from office, dismissal */
    SEVERE("B", "BERAT");

    private final String code;
    private final String word;

    PenaltyLevel(String code, String word) {
        this.code = code;
        this.word = word;
    }

    /** "R", "s", "Ringan", "SEDANG", "Hukuman disiplin berat"; empty when the cell is none of these. */
    public static Optional<PenaltyLevel> read(String cell) {
        String text = cell == null ? "" : cell.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(level -> text.equals(level.code) || text.equals(level.word)
                        || text.endsWith(" " + level.word))
                .findFirst();
    }

    /** Sedang or berat: what award rules commonly exclude. */
    public boolean moderateOrSevere() {
        return this != LIGHT;
    }
}
