package id.sipetruk.organization;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BKN's performance predikat (PermenPANRB 6/2022), best first, which follows from the two ratings: hasil kerja
 * (rows) and perilaku kerja (columns), as the regulation's table gives it.
 */
public enum Predikat {
    SANGAT_BAIK("Sangat Baik"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang/Misconduct"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    Predikat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Sangat Baik", "SANGAT BAIK", "sangat_baik", "Kurang/Misconduct", "Kurang"… */
    public static Optional<Predikat> read(String cell) {
        String word = cell.toUpperCase(Locale.ROOT).replace("/MISCONDUCT", "").replaceAll("[^A-Z]+", "_")
                .replaceAll("(^_|_$)", "");
        return Arrays.stream(values()).filter(p -> p.name().equals(word)).findFirst();
    }

    /** This predikat and those above it: "Baik" gives Sangat Baik and Baik. */
    public Set<Predikat> andBetter() {
        return EnumSet.range(SANGAT_BAIK, this);
    }

    /** The predikat the two ratings give. */
    public static Predikat of(Expectation workResult, Expectation behaviour) {
        if (behaviour == Expectation.DI_BAWAH) {
            return workResult == Expectation.DI_BAWAH ? SANGAT_KURANG : KURANG;
        }
        if (workResult == Expectation.DI_BAWAH) {
            return BUTUH_PERBAIKAN;
        }
        return workResult == Expectation.DI_ATAS && behaviour == Expectation.DI_ATAS ? SANGAT_BAIK : BAIK;
    }
}
