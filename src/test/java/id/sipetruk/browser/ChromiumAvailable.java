package id.sipetruk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the browser tests only where Debian's Chromium and its driver are installed; elsewhere they are skipped
 * with a message saying how to enable them, and the rest of the build runs. CI sets
 * {@code -Dsipetruk.browser-tests.required=true}, so that a missing browser fails instead of skipping.
 */
public class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("sipetruk.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("sipetruk.chromedriver", "/usr/bin/chromedriver"));

    private static final Logger LOG = LoggerFactory.getLogger(ChromiumAvailable.class);
    private static boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (Boolean.getBoolean("sipetruk.browser-tests.required")) {
            throw new IllegalStateException("Browser tests are required (-Dsipetruk.browser-tests.required=true) but "
                    + CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        String message = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. To run them, "
                + "install Debian's packages (apt-get install chromium chromium-driver) or point "
                + "-Dsipetruk.chromium and -Dsipetruk.chromedriver at a Chromium and its matching driver.";
        synchronized (ChromiumAvailable.class) {
            if (!warned) {
                LOG.warn(message);
                System.out.println("[WARNING] " + message);
                warned = true;
            }
        }
        return ConditionEvaluationResult.disabled(message);
    }
}
