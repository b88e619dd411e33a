package id.sipetruk.security;

import id.sipetruk.document.VerificationKey;
import id.sipetruk.document.VerificationProperties;
import id.sipetruk.setup.AdminProperties;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production profile: refuses to start while the administrator password is missing or is a value known from a
 * demo, a test or a default, without its own secret for verification codes, and when the demo profile (demo logins)
 * is active at the same time.
 */
@Component
@Profile("production")
public class ProductionSafetyCheck {

    /** Passwords nobody may use in production: the demo's, the tests' and the usual defaults. */
    static final Set<String> KNOWN_PASSWORDS = Set.of("demo", "sipetruk#2026", "rahasia#kuat2026", "admin", "password",
            "camunda", "changeit", "secret", "123456", "admin123", "sipetruk");

    @Autowired
    public ProductionSafetyCheck(Environment environment, AdminProperties admin, VerificationProperties verification) {
        this(environment, admin.password(), verification.secret());
    }

    ProductionSafetyCheck(Environment environment, String adminPassword, String verificationSecret) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            throw new IllegalStateException("Profiles 'production' and 'demo' together: the demo logins would exist "
                    + "in production. Remove 'demo' from spring.profiles.active.");
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("Production needs the administrator password: set SIPETRUK_ADMIN_PASSWORD");
        }
        if (KNOWN_PASSWORDS.contains(adminPassword.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("SIPETRUK_ADMIN_PASSWORD is a known demo or default value; choose another");
        }
        if (verificationSecret == null || verificationSecret.length() < VerificationKey.MIN_LENGTH
                || verificationSecret.equals(VerificationKey.DEMO_SECRET)) {
            throw new IllegalStateException("Production needs its own secret for document verification codes: set "
                    + "SIPETRUK_VERIFICATION_SECRET (sipetruk.verification.secret) to at least "
                    + VerificationKey.MIN_LENGTH + " random characters, and keep it with the database backup");
        }
    }
}
