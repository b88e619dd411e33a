package id.sipetruk.regency;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The legal wording of the Keputusan Bupati and of the Piagam Penghargaan, one version of it. As stored, the texts
 * hold placeholders ({@link #PLACEHOLDERS}); {@link #filledFor} puts in the regency and the year a document prints.
 *
 * @param version        the stored version; 0 for the built-in wording nobody has saved yet
 * @param considerations "Menimbang", one consideration each (printed a., b., …)
 * @param legalBasis     "Mengingat", one regulation each (printed 1., 2., …)
 * @param dicta          the dicta after "Menetapkan" (printed KESATU, KEDUA, …)
 * @param certificateAward    the line under the award's title on a certificate
 * @param certificateCitation the line after it ("atas dedikasi …")
 */
public record Wording(int version, List<String> considerations, List<String> legalBasis, List<String> dicta,
                      String certificateAward, String certificateCitation) {

    /** "{kabupaten}" the regency's name, "{bupati}" the regent's title, "{bkpsdm}" BKPSDM's name, "{tahun}" the year. */
    public static final List<String> PLACEHOLDERS = List.of("{kabupaten}", "{bupati}", "{bkpsdm}", "{tahun}");

    public Wording {
        considerations = List.copyOf(considerations);
        legalBasis = List.copyOf(legalBasis);
        dicta = List.copyOf(dicta);
    }

    /** The built-in wording (resource wording-default.properties) with the configured legal basis. */
    public static Wording builtIn(List<String> legalBasis) {
        Properties texts = new Properties();
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream("wording-default.properties")) {
            if (in == null) {
                throw new IllegalStateException("wording-default.properties is missing from the classpath");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Wording(0, lines(texts.getProperty("considerations")), legalBasis, lines(texts.getProperty("dicta")),
                texts.getProperty("certificateAward"), texts.getProperty("certificateCitation"));
    }

    /** The texts with the regency's names and the year in place of the placeholders. */
    public Wording filledFor(Regency regency, int year) {
        UnaryOperator<String> fill = text -> text.replace("{kabupaten}", regency.name())
                .replace("{bupati}", regency.regentTitle()).replace("{bkpsdm}", regency.bkpsdmName())
                .replace("{tahun}", String.valueOf(year));
        return new Wording(version, considerations.stream().map(fill).toList(), legalBasis.stream().map(fill).toList(),
                dicta.stream().map(fill).toList(), fill.apply(certificateAward), fill.apply(certificateCitation));
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
