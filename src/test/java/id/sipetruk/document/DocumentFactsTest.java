package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the verification codes. The expected values were computed outside Java, with python3's hmac and
 * hashlib over the canonical text written out by hand:
 *
 * <pre>
 * SIPETRUK-VERIFIKASI-2\njenis\tASSESSMENT_RESULT\nsubjek\tP2026-UJI-01\nversi\t2\n
 * Dokumen\tHasil Penilaian Instrumen Kinerja\nNama\tANDHANI ARBISCHIRIA, S.Kom\nNIP\t19810407 200001 1 001\n
 * Total skor\t70\nCatatan\tbaris satu baris dua\n
 * </pre>
 *
 * {@code hmac.new(key, text, sha256).hexdigest()[:16].upper()} for the keyed code, and
 * {@code sha256(text with scheme SIPETRUK-VERIFIKASI-1).hexdigest()[:16].upper()} for the legacy one. A change of the
 * canonical text, the scheme tag, the key's use or the truncation changes these codes and would leave every printed
 * document unverifiable, so it must show here.
 */
class DocumentFactsTest {

    private static final String SECRET = "kunci-uji-verifikasi-0123456789-abcdef";

    /** The note's line break and tab become one space each, as the stored facts keep one line per fact. */
    private static final DocumentFacts FACTS = new DocumentFacts(DocumentType.ASSESSMENT_RESULT, "P2026-UJI-01", 2,
            List.of(new DocumentFacts.Fact("Dokumen", "Hasil Penilaian Instrumen Kinerja"),
                    new DocumentFacts.Fact("Nama", "ANDHANI ARBISCHIRIA, S.Kom"),
                    new DocumentFacts.Fact("NIP", "19810407 200001 1 001"),
                    new DocumentFacts.Fact("Total skor", "70"),
                    new DocumentFacts.Fact("Catatan", "baris satu\nbaris\tdua ")));

    @Test
    void theKeyedCode_isTheFirst64BitsOfHmacSha256OverTheCanonicalText() {
        assertThat(FACTS.code(new VerificationKey(SECRET))).isEqualTo("36BCF4D408B4C739");
    }

    @Test
    void theKeyedCode_dependsOnTheKey() {
        assertThat(FACTS.code(new VerificationKey(VerificationKey.DEMO_SECRET))).isEqualTo("EF24C0D4E6A04345");
        assertThat(FACTS.code(new VerificationKey(""))).as("a blank secret falls back to the demo value")
                .isEqualTo("EF24C0D4E6A04345");
    }

    @Test
    void theLegacyCode_isTheFirst64BitsOfSha256OverTheSchemeOneText() {
        assertThat(FACTS.legacyCode()).isEqualTo("8380F6B6CE428A1D");
    }
}
