package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 14: killed with {@code kill -9} at any moment of the cycle and restarted, a period completes with nothing
 * lost, nothing twice and no incident. A real application process (this build's classes, demo profile, PostgreSQL,
 * job executor on, a 10 s job lock so that the restarted node takes the killed job over at once) is killed inside
 * the head's form submit and inside each asynchronous step: the assessment result PDF, the continuation of
 * BKPSDM's early close (after its signal, before its commit: a nomination is then refused while the OPD tasks are
 * still open), the shortlist, the decree draft, the numbered decree, the certificates. The kill is deterministic: the node is started with
 * {@code sipetruk.test.crash-point} naming the activity ({@link CrashPoint}), which hangs at the end of that activity,
 * after its work and before its transaction commits, until the test kills the process. The next node is started on
 * the same database with the next crash point, takes the killed step over and the test drives on.
 * PostgreSQL only (the postgres-tests pass); skipped on H2 with a message.
 */
class CrashRecoveryTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);
    private static final Duration START = Duration.ofSeconds(150);
    private static final Duration HANG = Duration.ofSeconds(120);

    private final List<AppNode> started = new ArrayList<>();
    private final List<String> timings = new ArrayList<>();
    private String db;

    @AfterEach
    void killAll() {
        started.forEach(AppNode::kill9);
    }

    private AppNode node(String crashPoint, String... more) {
        AppNode node = new AppNode("crash", 18491, db, "--camunda.bpm.job-execution.lock-time-in-millis=10000");
        started.add(node);
        List<String> args = new ArrayList<>(List.of(more));
        if (crashPoint != null) {
            args.add("--sipetruk.test.crash-point=" + crashPoint);
        }
        node.start(args.toArray(String[]::new));
        node.awaitUp(START);
        timings.add(String.format("up in %.1f s%s", node.uptimeSeconds(), crashPoint == null ? "" : " (crash at " + crashPoint + ")"));
        return node;
    }

    /** Waits until the node hangs at its crash point, then kill -9. */
    private void killAt(AppNode node, String crashPoint) {
        node.awaitLog(CrashPoint.REACHED + crashPoint, HANG);
        node.kill9();
        LOG.info("Killed {} at {}", node, crashPoint);
    }

    @Test
    void killedAtEachAsynchronousStepAndInAFormSubmit_thePeriodCompletes_nothingLostNothingTwice() throws Exception {
        AppNode.assumePostgres("CrashRecoveryTest");
        long begin = System.nanoTime();
        db = AppNode.freshDatabase("crash");
        PeriodOverRest period = new PeriodOverRest();

        // 1. inside a form submit: the head's sign-off (its listener stored the score, the transaction is open)
        AppNode node = node("Task_ReviewAssessment");
        period.start(node);
        period.nominate(node);
        period.fillAssessment(node);
        CompletableFuture<HttpResponse<String>> inFlight = period.reviewInFlight(node);
        killAt(node, "Task_ReviewAssessment");
        assertThat(inFlight.handle((r, e) -> e != null).get()).as("the submit got no answer").isTrue();

        // 2. the assessment result PDF: the head submits again (his task is still open), the job is killed
        node = node("Task_GenerateAssessmentResult");
        period.review(node);
        killAt(node, "Task_GenerateAssessmentResult");

        // 3. BKPSDM's early close: committed, then killed inside its continuation, after the signal was thrown
        // (the OPDs' tasks ended) and before the commit: the trial's "OPD tasks left open" state
        node = node("SignalThrow_WindowClosedEarly");
        period.verify(node);
        period.closeEarly(node);
        killAt(node, "SignalThrow_WindowClosedEarly");

        // ... a node without job executor, so that the continuation cannot run yet: the OPD tasks are open, but the
        // period record says closed, and a nomination is refused
        node = node(null, "--camunda.bpm.job-execution.enabled=false");
        HttpResponse<String> late = period.lateNomination(node, "dinkes");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("ditutup lebih awal oleh BKPSDM");
        node.kill9();

        // 4. the shortlist: the restarted node finishes the close (the OPDs end as "tidak mengusulkan")
        node = node("Task_ShortlistFinalists");
        killAt(node, "Task_ShortlistFinalists");

        // 5. the decree draft: the panel scores, BKPSDM proposes
        node = node("Task_GenerateDecreeDraft");
        for (String member : List.of("panel1", "panel2", "panel3")) {
            period.score(node, member);
        }
        period.propose(node);
        killAt(node, "Task_GenerateDecreeDraft");

        // 6. the numbered decree: the Bupati approves
        node = node("Task_IssueDecree");
        period.approveDecree(node);
        killAt(node, "Task_IssueDecree");

        // 7. the certificates: the ceremony is recorded
        node = node("Task_GenerateCertificates");
        period.recordCeremony(node);
        killAt(node, "Task_GenerateCertificates");

        // restarted without a crash point: the certificates are made, the period ends
        node = node(null);
        period.awaitCompleted(node);
        node.kill9();

        period.assertCompletedExactlyOnce(db);
        LOG.info("Crash test: {} in {} s; nodes: {}; asynchronous steps: {}", period.periodCode,
                Math.round((System.nanoTime() - begin) / 1e9), timings, PeriodOverRest.jobDurations(db));
    }
}
