package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The ratios recorded in {@code benchmark-baseline.properties}, which CI's short benchmark run holds the measured
 * ones to (docs/performance.md, "Nothing gets slower unnoticed"). Ratios, not times: the machine is shared, and a
 * ratio compares two things measured in the same run under the same load. The best of the run's rounds counts, so
 * that one round slowed by a neighbour does not fail the build.
 */
final class RatioBaseline {

    private RatioBaseline() {
    }

    /** With {@code -Dbench.check=true}: fails when the best ratio is more than the stated margin below the recorded. */
    static void check(String benchmark, List<Double> ratios) {
        Properties baseline = load();
        double recorded = Double.parseDouble(baseline.getProperty(benchmark + ".ratio"));
        double margin = Double.parseDouble(baseline.getProperty(benchmark + ".margin"));
        double best = Collections.max(ratios);
        double floor = recorded * (1 - margin);
        System.out.printf(Locale.ROOT, "[benchmark] %s: best ratio %.3f of %s; recorded %.3f, floor %.3f (%.0f %% "
                + "margin)%n", benchmark, best, ratios, recorded, floor, margin * 100);
        if (Boolean.getBoolean("bench.check")) {
            assertThat(best).as("%s: ratio %.3f fell more than %.0f %% below the recorded %.3f (benchmark-baseline"
                    + ".properties)", benchmark, best, margin * 100, recorded).isGreaterThanOrEqualTo(floor);
        }
    }

    private static Properties load() {
        try (InputStream in = RatioBaseline.class.getResourceAsStream("/benchmark-baseline.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
