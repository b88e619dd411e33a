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
 * the head's form submit and inside each asynchronous step: the assessment result PDF, the shortlist, the decree
 * draft, the numbered decree, the certificates. The kill is deterministic: the node is started with
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

    private AppNode node(String crashPoint) {
        AppNode node = new AppNode("crash", 18491, db, "--camunda.bpm.job-execution.lock-time-in-millis=10000");
        started.add(node);
        if (crashPoint == null) {
            node.start();
        } else {
            node.start("--sipetruk.test.crash-point=" + crashPoint);
        }
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

        // 3. the shortlist: the restarted node makes the PDF; verification; BKPSDM closes early
        node = node("Task_ShortlistFinalists");
        period.verify(node);
        period.closeEarly(node);
        killAt(node, "Task_ShortlistFinalists");

        // 4. the decree draft: the panel scores, BKPSDM proposes
        node = node("Task_GenerateDecreeDraft");
        for (String member : List.of("panel1", "panel2", "panel3")) {
            period.score(node, member);
        }
        period.propose(node);
        killAt(node, "Task_GenerateDecreeDraft");

        // 5. the numbered decree: the Bupati approves
        node = node("Task_IssueDecree");
        period.approveDecree(node);
        killAt(node, "Task_IssueDecree");

        // 6. the certificates: the ceremony is recorded
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
