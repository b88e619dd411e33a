package id.sipetruk.security;

import id.sipetruk.document.VerificationKey;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Production profile: refuses to start, before any bean or database connection exists, while the configuration is
 * unsafe for a regency's server. Registered in {@code META-INF/spring.factories}; it runs as soon as the
 * configuration is read (after logging is set up, so that the refusal reaches the log file).
 * <ul>
 *   <li>together with the demo profile (demo logins);</li>
 *   <li>on H2 ({@code spring.datasource.url} a {@code jdbc:h2:} address): production is PostgreSQL;</li>
 *   <li>with a public address on this machine ({@code localhost}, {@code 127.*}, {@code ::1}): it would be printed
 *       into every document's QR code for good;</li>
 *   <li>without the administrator password, or with a value known from a demo, a test or a default;</li>
 *   <li>without its own secret for verification codes.</li>
 * </ul>
 * Demo logins left in the database are refused by {@code setup.ProductionDemoLoginCheck} once the engine runs.
 */
public class ProductionSafetyCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    public static final String PROFILE = "production";

    /** Passwords nobody may use in production: the demo's, the tests' and the usual defaults. */
    static final Set<String> KNOWN_PASSWORDS = Set.of("demo", "sipetruk#2026", "rahasia#kuat2026", "admin", "password",
            "camunda", "changeit", "secret", "123456", "admin123", "sipetruk", "uji#admin2026x");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.acceptsProfiles(Profiles.of(PROFILE))) {
            check(environment);
        }
    }

    /** Right after logging is configured: the refusal goes to the log file as well as the console. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** Throws {@link IllegalStateException} naming what to set when the configuration is unsafe for production. */
    static void check(ConfigurableEnvironment environment) {
        if (environment.containsProperty("sipetruk.test.crash-point")) {
            throw refused("sipetruk.test.crash-point is set: it is the crash test's hook and hangs the engine at that "
                    + "step (process.CrashPoint). Remove it.");
        }
        Binder binder = Binder.get(environment);
        check(Arrays.asList(environment.getActiveProfiles()),
                binder.bind("spring.datasource.url", String.class).orElse(""),
                binder.bind("sipetruk.public-url", String.class).orElse(""),
                binder.bind("sipetruk.admin.password", String.class).orElse(""),
                binder.bind("sipetruk.verification.secret", String.class).orElse(""));
    }

    static void check(List<String> profiles, String datasourceUrl, String publicUrl, String adminPassword,
                      String verificationSecret) {
        if (profiles.contains("demo")) {
            throw refused("profiles 'production' and 'demo' together: the demo logins would exist in production. "
                    + "Remove 'demo' from spring.profiles.active.");
        }
        if (datasourceUrl.isBlank() || datasourceUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            throw refused("production runs on PostgreSQL, not on H2 (spring.datasource.url is '" + datasourceUrl
                    + "'): set SIPETRUK_DB_URL (e.g. jdbc:postgresql://127.0.0.1:5432/sipetruk), SIPETRUK_DB_USER and "
                    + "SIPETRUK_DB_PASSWORD");
        }
        if (isLocal(publicUrl)) {
            throw refused("sipetruk.public-url is '" + publicUrl + "', an address on this machine; it is printed into "
                    + "every document's QR code for good. Set SIPETRUK_PUBLIC_URL to the regency's public address, "
                    + "e.g. https://sipetruk.balangankab.go.id");
        }
        if (adminPassword.isBlank()) {
            throw refused("Production needs the administrator password: set SIPETRUK_ADMIN_PASSWORD");
        }
        if (KNOWN_PASSWORDS.contains(adminPassword.toLowerCase(Locale.ROOT))) {
            throw refused("SIPETRUK_ADMIN_PASSWORD is a known demo or default value; choose another");
        }
        if (verificationSecret.length() < VerificationKey.MIN_LENGTH
                || verificationSecret.equals(VerificationKey.DEMO_SECRET)) {
            throw refused("Production needs its own secret for document verification codes: set "
                    + "SIPETRUK_VERIFICATION_SECRET (sipetruk.verification.secret) to at least "
                    + VerificationKey.MIN_LENGTH + " random characters, and keep it with the database backup");
        }
    }

    /** An address no one but this machine reaches (or none at all). */
    static boolean isLocal(String url) {
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return false; // SiteProperties' validation names a malformed address
        }
        if (host == null) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("0.0.0.0")
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    private static IllegalStateException refused(String reason) {
        return new IllegalStateException("SI PETRUK refuses to start in production: " + reason);
    }
}
