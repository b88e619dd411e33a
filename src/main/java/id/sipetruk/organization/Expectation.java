package id.sipetruk.organization;

import java.util.Locale;
import java.util.Optional;

/** One of BKN's two performance ratings (hasil kerja, perilaku kerja) against expectation (PermenPANRB 6/2022). */
public enum Expectation {
    DI_ATAS, SESUAI, DI_BAWAH;

    /** "Di atas ekspektasi", "DIATAS ESPEKTASI" (SIASN's own spelling), "sesuai", "di bawah"… */
    public static Optional<Expectation> read(String cell) {
        String word = cell.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        if (word.startsWith("DIATAS") || word.equals("ATAS")) {
            return Optional.of(DI_ATAS);
        }
        if (word.startsWith("SESUAI")) {
            return Optional.of(SESUAI);
        }
        if (word.startsWith("DIBAWAH") || word.equals("BAWAH")) {
            return Optional.of(DI_BAWAH);
        }
        return Optional.empty();
    }
}
