package id.sipetruk.common;

import java.time.ZoneId;
import java.util.TimeZone;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Pins the JVM's default time zone to the regency's ({@code sipetruk.zone}, Asia/Makassar by default) as soon as the
 * configuration is read: before logging, the database pool, Hibernate and the process engine start. Registered in
 * {@code META-INF/spring.factories}.
 * <p>
 * Why: Camunda takes its times as {@code java.util.Date} and the JDBC drivers write them into {@code TIMESTAMP}
 * columns (without zone) as wall time in the JVM's default zone; the PostgreSQL driver also sets the session's zone
 * from it. A server in UTC would write task and history timestamps and timer due dates eight hours off the regency's
 * wall time that SI PETRUK's own tables hold ({@link RegencyClock}), and a JVM restarted in another zone would read
 * every stored timer eight hours off. With the default pinned, every timestamp in the database is the regency's wall
 * time whatever zone the server or its JVM runs in.
 */
public class RegencyTimeZone implements EnvironmentPostProcessor, Ordered {

    public static final String DEFAULT_ZONE = "Asia/Makassar";
    /** The JVM's default zone before the pin: what the server itself runs in (for the log and the tests). */
    private static volatile ZoneId jvmZoneAtStart;

    private final Log log;

    public RegencyTimeZone(DeferredLogFactory logs) {
        this.log = logs.getLog(RegencyTimeZone.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ZoneId zone = Binder.get(environment).bind("sipetruk.zone", ZoneId.class).orElse(ZoneId.of(DEFAULT_ZONE));
        pin(zone);
    }

    void pin(ZoneId zone) {
        ZoneId before = ZoneId.systemDefault();
        if (jvmZoneAtStart == null) {
            jvmZoneAtStart = before;
        }
        if (!before.equals(zone)) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            System.setProperty("user.timezone", zone.getId());
            log.info("Time zone: the JVM's default " + before + " replaced by the regency's " + zone
                    + " (sipetruk.zone), so that the engine's timestamps and timers are the regency's wall time");
        }
    }

    /** The zone the JVM had before the first pin. */
    public static ZoneId jvmZoneAtStart() {
        return jvmZoneAtStart == null ? ZoneId.systemDefault() : jvmZoneAtStart;
    }

    /** After the configuration data (application.yml, profiles) is loaded, before anything else reads the zone. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
