package id.sipetruk.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import id.sipetruk.SiPetrukApplication;
import id.sipetruk.document.VerificationKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/**
 * The production profile refuses to start without a proper administrator password or verification secret, or together
 * with demo.
 */
class ProductionProfileTest {

    @Test
    void production_refusesToStart_withADemoPassword_withoutAPassword_orWithTheDemoProfile() {
        assertThatThrownBy(() -> start("production", "Sipetruk#2026")).hasStackTraceContaining("known demo");
        assertThatThrownBy(() -> start("production", "demo")).hasStackTraceContaining("known demo");
        assertThatThrownBy(() -> start("production", "")).hasStackTraceContaining("SIPETRUK_ADMIN_PASSWORD");
        assertThatThrownBy(() -> start("production,demo", "Kuat#Sekali2026")).hasStackTraceContaining("'demo'");
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres", "production");
        assertThatThrownBy(() -> new ProductionSafetyCheck(environment, "Kuat#Sekali2026", ""))
                .hasMessageContaining("SIPETRUK_VERIFICATION_SECRET");
        assertThatThrownBy(() -> new ProductionSafetyCheck(environment, "Kuat#Sekali2026", VerificationKey.DEMO_SECRET))
                .hasMessageContaining("SIPETRUK_VERIFICATION_SECRET");
    }

    @Test
    void production_acceptsAStrongPassword() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres", "production");
        assertThatNoException().isThrownBy(() -> new ProductionSafetyCheck(environment, "Kuat#Sekali2026",
                "k7Qw9zLm2Xv8Rt4Yp1Bn6Hc3Jd5Fs0Ga"));
    }

    private static void start(String profiles, String adminPassword) {
        new SpringApplicationBuilder(SiPetrukApplication.class)
                .profiles(("test," + profiles).split(","))
                // command-line arguments: they win over application*.yml, as an operator's would
                .run("--server.port=0", "--sipetruk.admin.password=" + adminPassword,
                        "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .close();
    }
}
