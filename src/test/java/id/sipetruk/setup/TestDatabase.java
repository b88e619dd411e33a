package id.sipetruk.setup;

import java.util.Arrays;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives a test context its own in-memory H2 database, so that what it asserts about "all rows" is not
 * disturbed by other contexts of the same JVM (application-test.yml shares one named in-memory database).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A private in-memory H2 database, whatever the active profiles. */
    public static void privateH2(DynamicPropertyRegistry registry, String name) {
        String url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        // the postgres profile's per-connection planner setting is PostgreSQL's own; H2 gets a statement it knows
        registry.add("spring.datasource.hikari.connection-init-sql", () -> "SELECT 1");
    }

    /** A private in-memory H2 database, unless the suite runs against PostgreSQL (profile "postgres"). */
    public static void privateH2UnlessPostgres(DynamicPropertyRegistry registry, String name) {
        if (!postgresProfileActive()) {
            privateH2(registry, name);
        }
    }

    static boolean postgresProfileActive() {
        String active = System.getProperty("spring.profiles.active", System.getenv("SPRING_PROFILES_ACTIVE"));
        return active != null && Arrays.stream(active.split(",")).map(String::trim).anyMatch("postgres"::equals);
    }
}
