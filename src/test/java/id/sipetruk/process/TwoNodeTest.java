package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 14: two application processes on one PostgreSQL database (Camunda's homogeneous cluster: both deploy the
 * same processes, both run the job executor). Started at the same instant on an empty database, both come up and the
 * start-up data exists once (users, groups, memberships, filters, authorizations, the demo OPDs). A period is driven
 * with its steps alternating between the nodes (as a load balancer without stickiness would for REST clients, which
 * log in with HTTP Basic on every request), its jobs run on both, and node-a is killed with {@code kill -9} inside
 * BKPSDM's proposal (its crash point, {@link CrashPoint}): node-b takes the proposal again and finishes the period,
 * every job and timer exactly once, no incident.
 * PostgreSQL only (the postgres-tests pass); skipped on H2 with a message.
 */
class TwoNodeTest {

    private static final Logger LOG = LoggerFactory.getLogger(TwoNodeTest.class);
    private static final Duration START = Duration.ofSeconds(180);

    private AppNode a;
    private AppNode b;

    @AfterEach
    void killAll() {
        if (a != null) {
            a.kill9();
        }
        if (b != null) {
            b.kill9();
        }
    }

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase_shareThePeriod_andOneFinishesWhenTheOtherIsKilled() throws Exception {
        AppNode.assumePostgres("TwoNodeTest");
        long begin = System.nanoTime();
        String db = AppNode.freshDatabase("twonode");
        a = new AppNode("node-a", 18492, db, "--camunda.bpm.generic-properties.properties.hostname=node-a",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000", "--sipetruk.test.crash-point=Task_ProposeAwardees");
        b = new AppNode("node-b", 18493, db, "--camunda.bpm.generic-properties.properties.hostname=node-b",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000");

        // the same instant, an empty database
        a.start();
        b.start();
        CompletableFuture<Void> upA = CompletableFuture.runAsync(() -> a.awaitUp(START));
        CompletableFuture<Void> upB = CompletableFuture.runAsync(() -> b.awaitUp(START));
        CompletableFuture.allOf(upA, upB).get();
        String startUp = String.format("node-a up in %.1f s (%s), node-b in %.1f s (%s)", a.uptimeSeconds(),
                lockWait(a), b.uptimeSeconds(), lockWait(b));
        assertThat(a.log()).contains("Engine start-up lock taken").contains("Start-up setup: done");
        assertThat(b.log()).contains("Engine start-up lock taken").contains("Start-up setup: done");
        assertStartUpDataOnce(db);

        // a login works on either node (HTTP Basic: no session to share); Tasklist's session: see operations.md
        for (AppNode node : List.of(a, b)) {
            assertThat(node.send("bkpsdm", "GET", "/engine-rest/task/count", null).statusCode()).isEqualTo(200);
            assertThat(node.send("bkpsdm", "GET", "/masuk", null).statusCode()).as("/masuk").isLessThan(400);
        }

        // the period, step by step on alternating nodes
        PeriodOverRest period = new PeriodOverRest();
        period.start(a);
        period.nominate(b);
        period.fillAssessment(a);
        period.review(b);
        period.verify(a);
        period.closeEarly(b);
        period.score(a, "panel1");
        period.score(b, "panel2");
        period.score(a, "panel3");
        // node-a dies inside BKPSDM's proposal (its crash point: the listener stored it, the transaction is open)
        CompletableFuture<?> inFlight = period.proposeInFlight(a);
        a.awaitLog(CrashPoint.REACHED + "Task_ProposeAwardees", Duration.ofSeconds(60));
        a.kill9();
        LOG.info("Killed node-a inside the proposal");
        assertThat(inFlight.handle((r, e) -> e != null).get()).as("the submit got no answer").isTrue();
        // BKPSDM sends it again, to node-b (the load balancer's next try); node-b finishes the period
        period.propose(b);
        period.approveDecree(b);
        period.recordCeremony(b);
        period.awaitCompleted(b);

        period.assertCompletedExactlyOnce(db);
        try (Connection connection = AppNode.connect(db); Statement sql = connection.createStatement()) {
            // the process's jobs: the history-cleanup job is the engine's own, keeps its id and recurs, and runs
            // whenever the test falls in its nightly window (01:00-04:00 in the regency's zone, application.yml)
            assertThat(PeriodOverRest.one(sql, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                    + "and process_instance_id_ is not null group by job_id_ having count(*) > 1) twice"))
                    .as("jobs and timers run twice").isEqualTo("0");
            assertThat(PeriodOverRest.one(sql, "select count(*) from act_hi_job_log where job_state_ = 0 "
                    + "and process_instance_id_ is not null")).as("jobs created")
                    .isEqualTo(PeriodOverRest.one(sql, "select count(*) from act_hi_job_log where job_state_ in (2, 3) "
                            + "and process_instance_id_ is not null"));
            Map<String, String> spread = PeriodOverRest.rows(sql, "select hostname_, count(*) from act_hi_job_log "
                    + "where job_state_ = 2 group by hostname_ order by 1");
            assertThat(spread).as("jobs ran on both nodes").containsKeys("node-a", "node-b");
            LOG.info("Two nodes: {}; jobs run per node: {}; period {} in {} s", startUp, spread, period.periodCode,
                    Math.round((System.nanoTime() - begin) / 1e9));
        }
    }

    private static String lockWait(AppNode node) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Engine start-up lock taken after (\\d+ ms)")
                .matcher(node.log());
        return m.find() ? "engine start-up lock after " + m.group(1) : "no engine start-up lock";
    }

    /** Users, groups, memberships, filters, authorizations and the demo OPDs exist once, as after one node's start. */
    private static void assertStartUpDataOnce(String db) throws Exception {
        try (Connection connection = AppNode.connect(db); Statement sql = connection.createStatement()) {
            for (String duplicates : List.of(
                    "select name_, owner_ from act_ru_filter group by name_, owner_",
                    "select type_, group_id_, user_id_, resource_type_, resource_id_ from act_ru_authorization "
                            + "group by type_, group_id_, user_id_, resource_type_, resource_id_",
                    "select user_id_, group_id_ from act_id_membership group by user_id_, group_id_",
                    "select code from opd group by code",
                    "select nip from employee group by nip")) {
                assertThat(PeriodOverRest.one(sql, "select count(*) from (" + duplicates + " having count(*) > 1) twice"))
                        .as(duplicates).isEqualTo("0");
            }
            assertThat(Integer.parseInt(PeriodOverRest.one(sql, "select count(*) from act_ru_filter"))).isPositive();
            assertThat(PeriodOverRest.one(sql, "select count(*) from opd")).isEqualTo("12");
            assertThat(PeriodOverRest.one(sql, "select count(*) from act_re_procdef where key_ = 'AwardPeriodProcess'"))
                    .as("one deployment of the process").isEqualTo("1");
            LOG.info("Start-up data: {} users, {} groups, {} filters, {} authorizations",
                    PeriodOverRest.one(sql, "select count(*) from act_id_user"),
                    PeriodOverRest.one(sql, "select count(*) from act_id_group"),
                    PeriodOverRest.one(sql, "select count(*) from act_ru_filter"),
                    PeriodOverRest.one(sql, "select count(*) from act_ru_authorization"));
        }
    }
}
