package id.sipetruk.process;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.BETA_NIP_1;
import static id.sipetruk.TestFixtures.PANEL;
import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.TestFixtures;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocumentRepository;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.AwardPeriodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * One whole award cycle as in production: the job executor runs the timers and async continuations by
 * itself while the roles complete their tasks. (The path tests drive jobs by hand; this one proves the
 * asynchronous wiring.) The context is closed afterwards so its job executor stops.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext
class FullCycleWithJobExecutorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired ProcessDriver driver;
    @Autowired TestFixtures fixtures;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired NominationRepository nominations;
    @Autowired AssessmentRepository assessments;
    @Autowired AwardPeriodRepository periods;
    @Autowired GeneratedDocumentRepository documents;

    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    /**
     * Issue 14: a job cut by a crash is retried once its lock expires; the job executor runs with the lock time
     * chosen in application.yml (1 minute, well above the longest job: docs/operations.md), not Camunda's 5.
     */
    @Test
    void aCrashedJobIsRetriedAfterOneMinute_notFive() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration();
        assertThat(configuration.getJobExecutor().getLockTimeInMillis()).isEqualTo(60_000);
    }

    @Test
    void aWholeCycleRunsWithTheRealJobExecutor() {
        fixtures.ensureRegency();
        ProcessInstance period = driver.startPeriod(driver.periodForm());
        Long periodId = driver.period(period).getId();

        submit(() -> task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA)), "kepala." + ALPHA,
                Map.of("nomineeNips", List.of(ALPHA_NIP_1)));
        submit(() -> task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA)), "kepala." + BETA,
                Map.of("nomineeNips", List.of(BETA_NIP_1)));
        for (String opd : List.of(ALPHA, BETA)) {
            submit(() -> task(period, "Task_FillAssessment", OpdGroups.adminGroup(opd)), "admin." + opd,
                    AwardLifecycle.seedAssessment());
            submit(() -> task(period, "Task_ReviewAssessment", OpdGroups.headGroup(opd)), "kepala." + opd,
                    Map.of("headDecision", "APPROVE", "teamWorkScore", "20"));
        }
        for (int i = 0; i < 2; i++) {
            submit(() -> task(period, "Task_VerifyNomination", RoleGroups.BKPSDM_VERIFIER), AwardLifecycle.VERIFIER,
                    Map.of("verificationDecision", "ELIGIBLE"));
        }
        submit(() -> task(period, "Task_CloseNominationWindowEarly", RoleGroups.BKPSDM_ADMIN), AwardLifecycle.BKPSDM,
                Map.of("confirmEarlyClose", true));

        waitFor(() -> driver.openTasks(period, "Task_ScoreFinalist").size() == 2 * PANEL.size() ? true : null);
        for (Task scoring : driver.openTasks(period, "Task_ScoreFinalist")) {
            driver.submit(scoring, scoring.getAssignee(), Map.of("abstain", false, "presentationScore", 80, "interviewScore", 90));
        }
        List<Nomination> finalists = nominations.findByPeriodIdOrderById(periodId);
        submit(() -> task(period, "Task_ProposeAwardees", RoleGroups.BKPSDM_ADMIN), AwardLifecycle.BKPSDM,
                Map.of("awardeeCodes", finalists.stream().map(Nomination::getCode).toList()));
        submit(() -> task(period, "Task_ApproveDecree", RoleGroups.BUPATI), AwardLifecycle.BUPATI,
                Map.of("decreeDecision", "APPROVE"));
        submit(() -> task(period, "Task_RecordCeremony", RoleGroups.BKPSDM_ADMIN), AwardLifecycle.BKPSDM,
                Map.of("ceremonyDate", "2026-12-10", "ceremonyPlace", "Pendopo Kabupaten"));

        waitFor(() -> history.createHistoricProcessInstanceQuery().processInstanceId(period.getId()).finished().count() == 1
                ? true : null);
        assertThat(periods.findById(periodId).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.COMPLETED);
        for (Nomination nomination : nominations.findByPeriodIdOrderById(periodId)) {
            assertThat(nomination.getStatus()).isEqualTo(NominationStatus.AWARDEE);
            assertThat(assessments.findByNominationId(nomination.getId()).orElseThrow().getTotalScore()).isEqualTo(70);
            assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.CERTIFICATE, nomination.getCode()))
                    .isPresent();
        }
    }

    private Task task(ProcessInstance period, String key, String group) {
        return driver.openTasks(period, key).stream()
                .filter(t -> driver.isCandidate(t, group))
                .findFirst().orElse(null);
    }

    private void submit(Supplier<Task> find, String user, Map<String, Object> form) {
        driver.submit(waitFor(find), user, form);
    }

    private static <T> T waitFor(Supplier<T> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("nothing happened within " + PATIENCE);
    }
}
