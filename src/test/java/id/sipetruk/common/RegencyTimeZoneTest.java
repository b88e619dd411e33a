package id.sipetruk.common;

import static id.sipetruk.TestFixtures.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.organization.OpdGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tests' JVM starts in UTC (pom.xml: {@code -Duser.timezone=UTC}), eight hours off the regency (Asia/Makassar).
 * The engine's timestamps and timer due dates are still stored as the regency's wall time, as SI PETRUK's own tables
 * hold them: read from the database as text, not through the engine (which would convert them back). Without the
 * pin ({@link RegencyTimeZone}) a task created at 14.00 WITA is stored as 06.00, and the window's closing timer eight
 * hours before the closing time BKPSDM typed, once the JVM restarts in the regency's zone.
 */
@SpringBootTest
class RegencyTimeZoneTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theEngineStoresTheRegencysWallTime_thoughTheJvmStartedInUtc() {
        assertThat(RegencyTimeZone.jvmZoneAtStart().normalized()).as("the JVM started in UTC (pom.xml argLine)")
                .isEqualTo(ZoneId.of("UTC").normalized());
        assertThat(ZoneId.systemDefault()).as("pinned to sipetruk.zone").isEqualTo(WITA);

        LocalDateTime before = LocalDateTime.now(WITA).minusSeconds(1);
        ProcessInstance period = lifecycle.openPeriod();
        LocalDateTime after = LocalDateTime.now(WITA).plusSeconds(1);
        Task task = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));

        LocalDateTime created = stored("select cast(CREATE_TIME_ as varchar(40)) from ACT_RU_TASK where ID_ = ?",
                task.getId());
        assertThat(created).as("the task's creation, as stored").isBetween(before, after);
        LocalDateTime started = stored("select cast(START_TIME_ as varchar(40)) from ACT_HI_PROCINST where ID_ = ?",
                period.getId());
        assertThat(started).as("the period's start in the history, as stored").isBetween(before, after);

        AwardPeriod registered = driver.period(period);
        Job closing = management.createJobQuery().processInstanceId(period.getId())
                .activityId("Timer_NominationWindowCloses").singleResult();
        LocalDateTime due = stored("select cast(DUEDATE_ as varchar(40)) from ACT_RU_JOB where ID_ = ?", closing.getId());
        assertThat(Duration.between(registered.getNominationClosesAt(), due).abs())
                .as("the closing timer, as stored, at the closing time BKPSDM typed (%s)",
                        registered.getNominationClosesAt())
                .isLessThan(Duration.ofSeconds(1));
    }

    /** A TIMESTAMP column as the database holds it, read as text (H2 and PostgreSQL: "2026-12-02 14:10:16.123"). */
    private LocalDateTime stored(String sql, String id) {
        String text = jdbc.queryForObject(sql, String.class, id);
        return LocalDateTime.parse(text.trim().replace(' ', 'T'));
    }
}
