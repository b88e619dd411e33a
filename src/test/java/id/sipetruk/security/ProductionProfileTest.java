package id.sipetruk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.SiPetrukApplication;
import id.sipetruk.demo.DemoUsers;
import id.sipetruk.document.VerificationKey;
import id.sipetruk.organization.RoleGroups;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
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

    /**
     * The production profile alone (not the tests' profile, not demo), as an operator starts it: the start fails if
     * anything production needs is missing or refused, and what production promises is in place afterwards. On a
     * fresh database: H2 (ProductionSafetyCheck does not ask for PostgreSQL), or, when the suite runs on PostgreSQL, a
     * database of its own on the same server (the suite's database holds the other tests' users, demo ones included).
     */
    @Test
    void production_reallyStarts_withAnAdministratorPasswordAndAVerificationSecret() throws Exception {
        try (FreshDatabase database = FreshDatabase.create();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(SiPetrukApplication.class)
                     .run(productionArguments(database.url(), STRONG_PASSWORD, STRONG_SECRET))) {
            assertThat(app.getEnvironment().getActiveProfiles()).containsExactlyElementsOf(productionProfiles());
            assertThat(app.getBean(ProductionSafetyCheck.class)).isNotNull();
            assertThat(app.getBeanNamesForType(DemoUsers.class)).as("no demo logins").isEmpty();
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().memberOfGroup(RoleGroups.CAMUNDA_ADMIN).count()).isPositive();
            assertThat(identity.createUserQuery().userId("bkpsdm").count()).as("the demo's BKPSDM login").isZero();

            // behind the regency's TLS proxy: the login page is served with HSTS and a secure, same-site session
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/masuk")).header("X-Forwarded-Proto", "https").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
            assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                    .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly",
                            "SameSite=Strict"));
        }
    }

    @Test
    void production_reallyRefusesToStart_withoutTheAdministratorPassword_orWithoutTheVerificationSecret() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SiPetrukApplication.class)
                .run(productionArguments(h2(), "", STRONG_SECRET)).close())
                .hasStackTraceContaining("Production needs the administrator password: set SIPETRUK_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new SpringApplicationBuilder(SiPetrukApplication.class)
                .run(productionArguments(h2(), STRONG_PASSWORD, "")).close())
                .hasStackTraceContaining("Production needs its own secret for document verification codes");
    }

    private static final String STRONG_PASSWORD = "Kuat#Sekali2026";
    private static final String STRONG_SECRET = "k7Qw9zLm2Xv8Rt4Yp1Bn6Hc3Jd5Fs0Ga";

    /** The suite runs on PostgreSQL when its profiles (pom.xml, postgres-tests) include postgres. */
    private static boolean onPostgres() {
        return List.of(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
    }

    private static List<String> productionProfiles() {
        return onPostgres() ? List.of("postgres", "production") : List.of("production");
    }

    /** Command-line arguments: they win over the tests' system property and application*.yml, as an operator's do. */
    private static String[] productionArguments(String databaseUrl, String adminPassword, String secret) {
        return new String[] {"--spring.profiles.active=" + String.join(",", productionProfiles()), "--server.port=0",
                "--sipetruk.admin.password=" + adminPassword, "--sipetruk.verification.secret=" + secret,
                "--spring.datasource.url=" + databaseUrl};
    }

    private static String h2() {
        return "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** An empty database for one start: H2 in memory, or a new PostgreSQL database dropped afterwards. */
    private record FreshDatabase(String url, Runnable drop) implements AutoCloseable {

        static FreshDatabase create() throws SQLException {
            if (!onPostgres()) {
                return new FreshDatabase(h2(), () -> { });
            }
            String suiteUrl = System.getenv().getOrDefault("SIPETRUK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/sipetruk_test");
            String name = "sipetruk_prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(suiteUrl, "create database " + name);
            String url = suiteUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return new FreshDatabase(url, () -> execute(suiteUrl, "drop database if exists " + name));
        }

        private static void execute(String url, String sql) {
            try (Connection connection = DriverManager.getConnection(url,
                    System.getenv().getOrDefault("SIPETRUK_DB_USER", "postgres"),
                    System.getenv().getOrDefault("SIPETRUK_DB_PASSWORD", ""));
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        @Override
        public void close() {
            drop.run();
        }
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
