package id.sipetruk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sipetruk.SiPetrukApplication;
import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.setup.ProductionDemoLoginCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --spring.profiles.active=production} alone is a whole production (PostgreSQL and the hardening), and it
 * refuses every unsafe setting with a message that says what to set: one test per refusal. The refusals of the
 * configuration come before any bean or connection ({@link ProductionSafetyCheck}), so those tests fail fast; the
 * refusal of demo logins left in the database ({@link ProductionDemoLoginCheck}) and the real start need PostgreSQL:
 * a fresh database on the server of {@code SIPETRUK_DB_URL} (default 127.0.0.1:5432, user postgres), dropped
 * afterwards; without a reachable server those two are skipped with a message.
 */
class ProductionProfileTest {

    private static final String STRONG_PASSWORD = "Kuat#Sekali2026";
    private static final String STRONG_SECRET = "k7Qw9zLm2Xv8Rt4Yp1Bn6Hc3Jd5Fs0Ga";
    /** Never connected to: the configuration is refused before the database is touched. */
    private static final String UNUSED_POSTGRES = "jdbc:postgresql://127.0.0.1:1/never-connected";
    /** Production writes a log file (by default /var/log/sipetruk/sipetruk.log); the tests' goes under target/. */
    private static final java.nio.file.Path LOG_FILE = java.nio.file.Path.of("target", "production-profile-test",
            "sipetruk.log");

    @Test
    void refuses_onH2() {
        assertRefused(Map.of("spring.datasource.url", "jdbc:h2:file:./data/sipetruk"),
                "production runs on PostgreSQL, not on H2", "set SIPETRUK_DB_URL");
        assertRefused(Map.of("spring.datasource.url", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"), "not on H2");
    }

    @Test
    void refuses_aPublicUrlOnThisMachine() throws Exception {
        assertRefused(Map.of("sipetruk.public-url", "http://localhost:8080"), "an address on this machine",
                "Set SIPETRUK_PUBLIC_URL");
        assertRefused(Map.of("sipetruk.public-url", "https://127.0.0.1/sipetruk"), "an address on this machine");
        // (the first start in a JVM whose logging another test's open application set up keeps that set-up)
        assertThat(java.nio.file.Files.readString(LOG_FILE)).as("the refusal reaches the log file")
                .contains("sipetruk.public-url is 'https://127.0.0.1/sipetruk'");
        Map<String, String> unset = valid();
        unset.remove("sipetruk.public-url");
        assertThatThrownBy(() -> run(unset)).as("the default public address").hasStackTraceContaining(
                "sipetruk.public-url is 'http://localhost:8080'");
    }

    @Test
    void refuses_withoutTheAdministratorPassword() {
        assertRefused(Map.of("sipetruk.admin.password", ""),
                "Production needs the administrator password: set SIPETRUK_ADMIN_PASSWORD");
    }

    @Test
    void refuses_aDemoOrDefaultAdministratorPassword() {
        for (String known : new String[] {DemoUsers.PASSWORD, "demo", "admin", "Uji#Admin2026x"}) {
            assertRefused(Map.of("sipetruk.admin.password", known), "SIPETRUK_ADMIN_PASSWORD is a known demo");
        }
    }

    @Test
    void refuses_theDemoProfileTogetherWithProduction() {
        assertRefused(Map.of("spring.profiles.active", "production,demo"), "'production' and 'demo' together");
    }

    @Test
    void refuses_theCrashTestsHook() {
        assertRefused(Map.of("sipetruk.test.crash-point", "Task_IssueDecree"), "sipetruk.test.crash-point is set");
    }

    @Test
    void refuses_withoutItsOwnVerificationSecret() {
        assertRefused(Map.of("sipetruk.verification.secret", ""), "set SIPETRUK_VERIFICATION_SECRET");
        assertRefused(Map.of("sipetruk.verification.secret", "short"), "set SIPETRUK_VERIFICATION_SECRET");
        assertRefused(Map.of("sipetruk.verification.secret", id.sipetruk.document.VerificationKey.DEMO_SECRET),
                "set SIPETRUK_VERIFICATION_SECRET");
    }

    @Test
    void acceptsASafeConfiguration() {
        ProductionSafetyCheck.check(java.util.List.of("production", "postgres"), "jdbc:postgresql://db/sipetruk",
                "https://sipetruk.balangankab.go.id", STRONG_PASSWORD, STRONG_SECRET);
        assertThat(ProductionSafetyCheck.isLocal("https://sipetruk.balangankab.go.id")).isFalse();
        assertThat(ProductionSafetyCheck.isLocal("http://[::1]:8080")).isTrue();
    }

    /**
     * The production profile alone, as an operator starts it: it brings PostgreSQL, starts on an empty database, and
     * what production promises is in place afterwards.
     */
    @Test
    void reallyStarts_asOneProfile_onPostgres() throws Exception {
        try (FreshDatabase database = FreshDatabase.create();
             ConfigurableApplicationContext app = start(database.url())) {
            assertThat(app.getEnvironment().getActiveProfiles()).contains("production", "postgres")
                    .doesNotContain("demo", "test");
            assertThat(app.getBean(ProductionDemoLoginCheck.class)).isNotNull();
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

            // operations: health without login; readiness with the job executor, for the administrator with Basic
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"UP\"").doesNotContain("components");
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + STRONG_PASSWORD)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(java.nio.file.Files.readString(LOG_FILE)).as("the log file").contains("Start-up setup: done");
            assertThat(readiness.body()).contains("\"jobExecutor\":{\"status\":\"UP\"", "\"processEngine\"",
                    "\"db\"", "\"startupSetup\":{\"status\":\"UP\"");
        }
    }

    /** A database that once ran the demo: its logins still open with the published password. */
    @Test
    void refuses_aDatabaseWithDemoLogins() throws Exception {
        try (FreshDatabase database = FreshDatabase.create()) {
            try (ConfigurableApplicationContext app = start(database.url())) {
                IdentityService identity = app.getBean(IdentityService.class);
                User bupati = identity.newUser("bupati");
                bupati.setFirstName("Demo");
                bupati.setLastName("Bupati");
                bupati.setPassword(DemoUsers.PASSWORD);
                identity.saveUser(bupati);
            }
            assertThatThrownBy(() -> start(database.url()).close())
                    .hasStackTraceContaining("demo logins with the demo password exist in this database (bupati)");
        }
    }

    /** The settings an operator gives for production, all of them safe. */
    private static Map<String, String> valid() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "production");
        settings.put("server.port", "0");
        settings.put("spring.datasource.url", UNUSED_POSTGRES);
        settings.put("sipetruk.public-url", "https://sipetruk.balangankab.go.id");
        settings.put("sipetruk.admin.password", STRONG_PASSWORD);
        settings.put("sipetruk.verification.secret", STRONG_SECRET);
        settings.put("logging.file.name", LOG_FILE.toString());
        return settings;
    }

    private static void assertRefused(Map<String, String> change, String... messages) {
        Map<String, String> settings = valid();
        settings.putAll(change);
        assertThatThrownBy(() -> run(settings)).satisfies(refusal -> {
            for (String message : messages) {
                assertThat(refusal).hasStackTraceContaining(message);
            }
        });
    }

    /** Command-line arguments: they win over the tests' system property and application*.yml, as an operator's do. */
    private static ConfigurableApplicationContext run(Map<String, String> settings) {
        return new SpringApplicationBuilder(SiPetrukApplication.class).run(settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        Map<String, String> settings = valid();
        settings.put("spring.datasource.url", databaseUrl);
        settings.put("spring.datasource.username", FreshDatabase.user());
        settings.put("spring.datasource.password", FreshDatabase.password());
        return run(settings);
    }

    /** An empty PostgreSQL database for one test, dropped afterwards. */
    private record FreshDatabase(String url, String name) implements AutoCloseable {

        static String serverUrl() {
            return System.getenv().getOrDefault("SIPETRUK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        }

        static String user() {
            return System.getenv().getOrDefault("SIPETRUK_DB_USER", "postgres");
        }

        static String password() {
            return System.getenv().getOrDefault("SIPETRUK_DB_PASSWORD", "");
        }

        static FreshDatabase create() {
            try (Connection ignored = DriverManager.getConnection(serverUrl(), user(), password())) {
                // reachable
            } catch (SQLException e) {
                assumeTrue(false, "PostgreSQL is not reachable at " + serverUrl()
                        + " (SIPETRUK_DB_URL): the production start is not tried. " + e.getMessage());
            }
            String name = "sipetruk_prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("create database " + name);
            return new FreshDatabase(serverUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), name);
        }

        private static void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        @Override
        public void close() {
            execute("drop database if exists " + name + " with (force)");
        }
    }
}
