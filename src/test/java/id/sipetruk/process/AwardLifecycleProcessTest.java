package id.sipetruk.process;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.ALPHA_NIP_2;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.BETA_NIP_1;
import static id.sipetruk.TestFixtures.BETA_NIP_2;
import static id.sipetruk.TestFixtures.GAMMA;
import static id.sipetruk.TestFixtures.GAMMA_NIP_1;
import static id.sipetruk.TestFixtures.PANEL;
import static id.sipetruk.process.AwardLifecycle.assessment;
import static id.sipetruk.process.AwardLifecycle.seedAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeRepository;
import id.sipetruk.decree.DecreeStatus;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocumentRepository;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.panel.PanelScoreRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import id.sipetruk.period.PeriodStage;
import id.sipetruk.period.TaskDeadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of AwardPeriodProcess and NominationProcess, through the real engine, the real delegates and
 * the real database. Together the tests cover every flow node of both processes (checked by the coverage
 * listener; the build fails below 100 %).
 */
@SpringBootTest
@Import({CoverageConfiguration.class, ProcessEngineCoverageConfiguration.class, TaskLocalNames.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@RecordApplicationEvents
class AwardLifecycleProcessTest {

    /** Process-scope variables a period may carry, by name: the contract of ProcessVariables. */
    private static final Map<String, ProcessVariables.Variable> CONTRACT = ProcessVariables.CONTRACT.stream()
            .collect(Collectors.toMap(ProcessVariables.Variable::name, v -> v));

    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired List<LiveFormValues> live;
    @Autowired AwardPeriodRepository periods;
    @Autowired NominationRepository nominations;
    @Autowired AssessmentRepository assessments;
    @Autowired NominationDecisionRepository decisions;
    @Autowired OpdParticipationRepository participations;
    @Autowired PanelScoreRepository panelScores;
    @Autowired DecreeRepository decrees;
    @Autowired GeneratedDocumentRepository documents;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;
    @Autowired TaskLocalNames taskLocals;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void happyPath_fromNominationToCertificates_withAnOpdThatNominatesNobody() {
        ProcessInstance period = lifecycle.openPeriod();
        Long periodId = lifecycle.periodId(period);
        assertThat(period).isWaitingAt("Task_CloseNominationWindowEarly");
        assertThat(driver.openTasks(period, "Task_NominateCandidates")).hasSize(3);

        Nomination alpha = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_1, seedAssessment(), 20);
        Nomination beta = lifecycle.eligibleNomination(period, BETA, BETA_NIP_1, assessment(90, 97, 30, "ABOVE_EXPECTATION"), 15);
        assertThat(assessments.findByNominationId(alpha.getId()).orElseThrow().getTotalScore()).as("seed example").isEqualTo(70);
        assertThat(assessments.findByNominationId(beta.getId()).orElseThrow().getTotalScore()).isEqualTo(85);
        assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.ASSESSMENT_RESULT, alpha.getCode())).isPresent();

        // GAMMA never answers; the window closes on schedule
        driver.closeWindowOnSchedule(period);
        assertThat(participation(periodId, GAMMA).getStatus()).isEqualTo(OpdParticipation.Status.NO_NOMINATION);
        assertThat(participation(periodId, ALPHA).getStatus()).isEqualTo(OpdParticipation.Status.NOMINATED);
        assertThat(period).isWaitingAt("SubProcess_PanelAssessment");
        assertThat(driver.openTasks(period, "Task_ScoreFinalist")).hasSize(2 * PANEL.size());

        lifecycle.scoreAll(period, alpha, 80, 90);
        lifecycle.scoreAll(period, beta, 70, 70);
        assertThat(period).isWaitingAt("Task_ProposeAwardees");
        Nomination rankedAlpha = nominations.findById(alpha.getId()).orElseThrow();
        Nomination rankedBeta = nominations.findById(beta.getId()).orElseThrow();
        assertThat(rankedAlpha.getPanelScore()).isEqualByComparingTo("85.00");
        // 70 × 60 % + 85 × 40 % = 76; 85 × 60 % + 70 × 40 % = 79
        assertThat(rankedAlpha.getFinalScore()).isEqualByComparingTo("76.00");
        assertThat(rankedBeta.getFinalScore()).isEqualByComparingTo("79.00");
        assertThat(rankedBeta.getFinalRank()).isEqualTo(1);

        lifecycle.propose(period, List.of(alpha.getCode(), beta.getCode()));
        assertThat(period).isWaitingAt("Task_ApproveDecree");
        lifecycle.decideDecree(period, "APPROVE", null);
        lifecycle.recordCeremony(period);

        assertThat(period).isEnded();
        assertThat(period).hasPassedInOrder("Task_RegisterPeriod", "Timer_NominationWindowOpens", "Task_OpenNominationWindow",
                "Task_ShortlistFinalists", "Task_AggregatePanelScores", "Task_ProposeAwardees", "Task_GenerateDecreeDraft",
                "Task_ApproveDecree", "Task_IssueDecree", "Task_RecordCeremony", "Task_GenerateCertificates",
                "EndEvent_AwardPeriodCompleted");
        assertThat(period).hasNotPassed("Task_CloseWithoutAward", "SignalThrow_WindowClosedEarly");

        AwardPeriod done = periods.findById(periodId).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(AwardPeriodStatus.COMPLETED);
        assertThat(done.getCeremonyPlace()).isEqualTo("Pendopo Kabupaten");
        Decree decree = decrees.findByPeriodIdOrderByVersion(periodId).get(0);
        assertThat(decree.getStatus()).isEqualTo(DecreeStatus.APPROVED);
        assertThat(decree.getDecreeNumber()).isNotBlank();
        assertThat(decree.getAwardees()).extracting(a -> a.getNomination().getCode())
                .containsExactly(beta.getCode(), alpha.getCode());
        assertThat(nominations.findById(alpha.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.AWARDEE);
        for (Nomination awardee : List.of(alpha, beta)) {
            assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.CERTIFICATE, awardee.getCode()))
                    .as("certificate of %s", awardee.getCode()).isPresent();
        }
        assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.DECREE_DRAFT, done.getCode()))
                .as("the numbered decree").isPresent();
        for (DocumentType type : List.of(DocumentType.PANEL_MINUTES, DocumentType.RECAPITULATION)) {
            assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(type, done.getCode())).as("%s", type).isPresent();
        }
        assertHistoryHoldsReferencesOnly(period);
        assertActorsAreTheRoleHolders(period, done, alpha);
    }

    @Test
    void bkpsdmClosesTheWindowEarly_opdsWithoutNomination_areRecorded() {
        ProcessInstance period = lifecycle.openPeriod();
        Long periodId = lifecycle.periodId(period);
        Nomination alpha = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);

        driver.submit(driver.task(period, "Task_CloseNominationWindowEarly", "bkpsdm-admin"), AwardLifecycle.BKPSDM,
                Map.of("confirmEarlyClose", true));
        driver.runDueJobs(period);

        assertThat(driver.openTasks(period, "Task_NominateCandidates")).isEmpty();
        assertThat(participation(periodId, BETA).getStatus()).isEqualTo(OpdParticipation.Status.NO_NOMINATION);
        assertThat(participation(periodId, GAMMA).getStatus()).isEqualTo(OpdParticipation.Status.NO_NOMINATION);
        assertThat(period).hasPassed("SignalThrow_WindowClosedEarly", "Signal_WindowClosedEarlyForOpd", "Task_RecordNoNomination");
        // the nomination already made goes on
        assertThat(driver.openTasks(period, "Task_FillAssessment")).hasSize(1);
        assertThat(nominations.findById(alpha.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.ASSESSMENT);
        assertHistoryHoldsReferencesOnly(period);
    }

    /**
     * Issue 14: the node dies right after BKPSDM's close committed, before the async continuation after
     * Task_CloseNominationWindowEarly threw the signal. The OPD tasks are still open in the engine, but the period
     * record says closed: a nomination is refused (409), and when the pending job runs (after the restart) the OPDs
     * end as "tidak mengusulkan".
     */
    @Test
    void crashAfterTheEarlyClose_beforeItsSignal_noNominationGetsIn_andTheJobFinishesTheClose() {
        ProcessInstance period = lifecycle.openPeriod();
        Long periodId = lifecycle.periodId(period);
        lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);

        driver.submit(driver.task(period, "Task_CloseNominationWindowEarly", "bkpsdm-admin"), AwardLifecycle.BKPSDM,
                Map.of("confirmEarlyClose", true));
        // the crash: the continuation's job is left in the database, not executed
        assertThat(periods.findById(periodId).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.NOMINATION_CLOSED);
        Task betaNominates = driver.task(period, "Task_NominateCandidates", "opd-" + BETA + "-head");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.submit(betaNominates, AwardLifecycle.head(BETA),
                        Map.of("nomineeNips", List.of(BETA_NIP_1))))
                .satisfies(e -> {
                    Throwable cause = e;
                    while (cause != null && !(cause instanceof id.sipetruk.common.ValidationException)) {
                        cause = cause.getCause();
                    }
                    assertThat(cause).as("the refusal").isInstanceOf(id.sipetruk.common.ValidationException.class);
                    assertThat(((id.sipetruk.common.ValidationException) cause).status()).isEqualTo(409);
                    assertThat(cause.getMessage()).contains("sudah ditutup lebih awal oleh BKPSDM");
                });
        assertThat(nominations.findByPeriodIdOrderById(periodId)).hasSize(1);

        // the restarted node runs the pending continuation: the signal ends the OPD tasks
        driver.runDueJobs(period);
        assertThat(driver.openTasks(period, "Task_NominateCandidates")).isEmpty();
        assertThat(participation(periodId, BETA).getStatus()).isEqualTo(OpdParticipation.Status.NO_NOMINATION);
        assertThat(participation(periodId, GAMMA).getStatus()).isEqualTo(OpdParticipation.Status.NO_NOMINATION);
        assertThat(nominations.findByPeriodIdOrderById(periodId)).hasSize(1);
    }

    @Test
    void headSendsBack_andTheCorrectedAssessmentIsResubmitted() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination alpha = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        lifecycle.fillAssessment(period, ALPHA, assessment(80, 90, 20, "AS_EXPECTED"));
        lifecycle.sendBackByHead(period, ALPHA, "Nilai e-Kinerja salah bulan; gunakan bulan Oktober.");

        // the admin's task opens again with the earlier input and the head's reason
        var again = driver.task(period, "Task_FillAssessment", "opd-" + ALPHA + "-admin");
        assertThat(((Number) driver.taskVariable(again, "eKinerjaValue")).doubleValue()).isEqualTo(80.0);
        assertThat((String) driver.taskVariable(again, "lastReturnReason")).contains("bulan Oktober");
        assertThat(nominations.findById(alpha.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.RETURNED_BY_HEAD);

        lifecycle.fillAssessment(period, ALPHA, assessment(88, 96, 20, "AS_EXPECTED"));
        lifecycle.approveByHead(period, ALPHA, 15);
        assertThat(assessments.findByNominationId(alpha.getId()).orElseThrow().getTotalScore()).isEqualTo(10 + 10 + 20 + 10 + 15);
        // verificationTask() finds the task or throws; what can fail is whom it is offered to and the state
        assertThat(driver.isCandidate(lifecycle.verificationTask(period, alpha), RoleGroups.BKPSDM_VERIFIER)).isTrue();
        assertThat(nominations.findById(alpha.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.VERIFICATION);
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(alpha.getId()))
                .extracting(NominationDecision::getOutcome)
                .containsExactly(NominationDecision.Outcome.SENT_BACK, NominationDecision.Outcome.APPROVED);
        assertHistoryHoldsReferencesOnly(period);
    }

    @Test
    void bkpsdmSendsBackToTheOpd_andTheOpdResubmits() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination alpha = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        lifecycle.fillAssessment(period, ALPHA, seedAssessment());
        lifecycle.approveByHead(period, ALPHA, 20);
        lifecycle.verify(period, alpha, "SEND_BACK", "Bukti inovasi belum dilampirkan.");

        assertThat(nominations.findById(alpha.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.RETURNED_BY_BKPSDM);
        lifecycle.fillAssessment(period, ALPHA, seedAssessment());
        lifecycle.approveByHead(period, ALPHA, 20);
        lifecycle.verify(period, alpha, "ELIGIBLE", null);

        assertThat(nominations.findById(alpha.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.ELIGIBLE);
        assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.ASSESSMENT_RESULT, alpha.getCode())
                .orElseThrow().getVersion()).as("the corrected result is a new version").isEqualTo(2);
        assertHistoryHoldsReferencesOnly(period);
    }

    @Test
    void nobodyEligible_rejection_periodEndsCleanlyWithTheReason() {
        ProcessInstance period = lifecycle.openPeriod();
        Long periodId = lifecycle.periodId(period);
        Nomination gamma = lifecycle.nominate(period, GAMMA, GAMMA_NIP_1);
        lifecycle.fillAssessment(period, GAMMA, seedAssessment());
        lifecycle.approveByHead(period, GAMMA, 10);
        lifecycle.verify(period, gamma, "REJECTED", "Sedang menjalani hukuman disiplin.");

        driver.closeWindowOnSchedule(period);

        assertThat(period).isEnded().hasPassed("Task_CloseWithoutAward", "EndEvent_ClosedWithoutAward")
                .hasNotPassed("SubProcess_PanelAssessment");
        Nomination rejected = nominations.findById(gamma.getId()).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(NominationStatus.REJECTED);
        assertThat(rejected.getFinalNote()).isEqualTo("Sedang menjalani hukuman disiplin.");
        AwardPeriod closed = periods.findById(periodId).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(AwardPeriodStatus.CLOSED_WITHOUT_AWARD);
        assertThat(closed.getClosingNote()).contains("tidak ada nominasi yang memenuhi syarat");
        assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.RECAPITULATION, closed.getCode())).isPresent();
        assertThat(documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.PANEL_MINUTES, closed.getCode()))
                .as("no panel, no minutes").isEmpty();
        List<HistoricProcessInstance> nominationInstances = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(period.getId()).list();
        assertThat(nominationInstances).hasSize(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(nominationInstances.get(0).getId())
                .activityId("EndEvent_Rejected").count()).isEqualTo(1);
        assertHistoryHoldsReferencesOnly(period);
    }

    @Test
    void panelMemberAbstainsForOneFinalist_meanOfTheOthers() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination alpha = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_1, seedAssessment(), 20);
        driver.closeWindowOnSchedule(period);

        lifecycle.abstain(period, alpha, PANEL.get(0), "Calon adalah saudara kandung saya.");
        lifecycle.score(period, alpha, PANEL.get(1), 80, 70);
        lifecycle.score(period, alpha, PANEL.get(2), 90, 100);

        assertThat(period).isWaitingAt("Task_ProposeAwardees");
        assertThat(nominations.findById(alpha.getId()).orElseThrow().getPanelScore())
                .as("(75 + 95) / 2, the abstention excluded").isEqualByComparingTo(new BigDecimal("85.00"));
        assertThat(panelScores.findByNominationId(alpha.getId())).filteredOn(s -> s.isAbstained())
                .singleElement().extracting(s -> s.getAbstentionReason()).isEqualTo("Calon adalah saudara kandung saya.");
        assertHistoryHoldsReferencesOnly(period);
    }

    @Test
    void regentSendsTheDecreeBackOnce_thenApprovesTheRevisedProposal() {
        ProcessInstance period = lifecycle.openPeriod();
        Long periodId = lifecycle.periodId(period);
        Nomination alpha = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_2, seedAssessment(), 20);
        Nomination beta = lifecycle.eligibleNomination(period, BETA, BETA_NIP_1, seedAssessment(), 15);
        driver.closeWindowOnSchedule(period);
        lifecycle.scoreAll(period, alpha, 90, 90);
        lifecycle.scoreAll(period, beta, 60, 60);

        lifecycle.propose(period, List.of(alpha.getCode(), beta.getCode()));
        lifecycle.decideDecree(period, "SEND_BACK", "Kuota tahun ini cukup satu penerima.");
        assertThat(period).isWaitingAt("Task_ProposeAwardees");
        lifecycle.propose(period, List.of(alpha.getCode()));
        lifecycle.decideDecree(period, "APPROVE", null);
        lifecycle.recordCeremony(period);

        assertThat(period).isEnded();
        List<Decree> versions = decrees.findByPeriodIdOrderByVersion(periodId);
        assertThat(versions).extracting(Decree::getStatus).containsExactly(DecreeStatus.SENT_BACK, DecreeStatus.APPROVED);
        assertThat(versions.get(0).getSendBackReason()).isEqualTo("Kuota tahun ini cukup satu penerima.");
        assertThat(nominations.findById(beta.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.NOT_AWARDED);
        assertThat(nominations.findById(alpha.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.AWARDEE);
        assertHistoryHoldsReferencesOnly(period);
    }

    @Test
    void moreEligibleNomineesThanFinalists_onlyTheBestBecomeFinalists_tiesByInnovationThenTheEarlierNomination() {
        ProcessInstance period = lifecycle.openPeriod(Map.of("finalistCount", 2));
        Long periodId = lifecycle.periodId(period);
        // instrument totals: 85; 70 (innovation 40); 70 (innovation 30, nominated with the one before); 70 (innovation
        // 40, nominated last)
        Nomination best = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        List<Nomination> beta = lifecycle.nominateAll(period, BETA, List.of(BETA_NIP_1, BETA_NIP_2));
        Nomination earlier = beta.get(0);
        Nomination lowerInnovation = beta.get(1);
        Nomination later = lifecycle.nominate(period, GAMMA, GAMMA_NIP_1);
        assertThat(later.getNominatedAt()).isAfter(earlier.getNominatedAt());
        lifecycle.settleEligible(period, best, assessment(90, 97, 30, "ABOVE_EXPECTATION"), 15);
        lifecycle.settleEligible(period, earlier, seedAssessment(), 20);
        lifecycle.settleEligible(period, lowerInnovation, assessment(90, 94, 30, "AS_EXPECTED"), 20);
        lifecycle.settleEligible(period, later, seedAssessment(), 20);
        assertThat(List.of(best, earlier, lowerInnovation, later))
                .extracting(n -> assessments.findByNominationId(n.getId()).orElseThrow().getTotalScore())
                .containsExactly(85, 70, 70, 70);

        driver.closeWindowOnSchedule(period);

        assertThat(period).hasPassed("Task_ShortlistFinalists").isWaitingAt("SubProcess_PanelAssessment");
        assertThat(List.of(best, earlier, later, lowerInnovation))
                .extracting(n -> nominations.findById(n.getId()).orElseThrow())
                .extracting(Nomination::getInstrumentRank, Nomination::getStatus)
                .containsExactly(tuple(1, NominationStatus.FINALIST), tuple(2, NominationStatus.FINALIST),
                        tuple(3, NominationStatus.NOT_SHORTLISTED), tuple(4, NominationStatus.NOT_SHORTLISTED));
        assertThat(driver.openTasks(period, "Task_ScoreFinalist")).as("the panel scores the two finalists only")
                .extracting(t -> driver.subject(t).getNominationId())
                .containsOnly(best.getId(), earlier.getId()).hasSize(2 * PANEL.size());
        assertThat(periods.findById(periodId).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.PANEL_ASSESSMENT);
        assertHistoryHoldsReferencesOnly(period);
    }

    @Test
    void theNominationStageWaitsForEveryNomination_beforeTheShortlist() {
        ProcessInstance period = lifecycle.openPeriod();
        List<Nomination> alpha = lifecycle.nominateAll(period, ALPHA, List.of(ALPHA_NIP_1, ALPHA_NIP_2));
        Nomination beta = lifecycle.nominate(period, BETA, BETA_NIP_1);
        lifecycle.settleEligible(period, alpha.get(0), seedAssessment(), 20);
        lifecycle.settleEligible(period, beta, seedAssessment(), 15);
        driver.closeWindowOnSchedule(period);

        // the window is closed and two of three nominations are settled; the second of ALPHA's is still being filled
        assertThat(nominations.findById(alpha.get(1).getId()).orElseThrow().getStatus())
                .isEqualTo(NominationStatus.ASSESSMENT);
        assertThat(period).hasNotPassed("Task_ShortlistFinalists").isNotWaitingAt("Task_ShortlistFinalists")
                .isWaitingAt("SubProcess_OpdNomination");
        assertThat(lifecycle.taskAbout(period, "Task_FillAssessment", alpha.get(1))).isNotNull();
        assertThat(nominations.findById(alpha.get(0).getId()).orElseThrow().getStatus())
                .as("nobody is shortlisted yet").isEqualTo(NominationStatus.ELIGIBLE);

        // rejected in verification: the last nomination is settled, and only now the shortlist runs
        lifecycle.fillAssessment(period, ALPHA, seedAssessment());
        lifecycle.approveByHead(period, ALPHA, 10);
        assertThat(period).hasNotPassed("Task_ShortlistFinalists");
        lifecycle.verify(period, alpha.get(1), "REJECTED", "Masa kerja kurang dari dua tahun.");

        assertThat(period).hasPassed("Task_ShortlistFinalists").isWaitingAt("SubProcess_PanelAssessment");
        assertThat(List.of(alpha.get(0), beta, alpha.get(1))).extracting(n -> nominations.findById(n.getId())
                .orElseThrow().getStatus()).containsExactly(NominationStatus.FINALIST, NominationStatus.FINALIST,
                NominationStatus.REJECTED);
        assertHistoryHoldsReferencesOnly(period);
    }

    /**
     * The two timers drawn on every user task fire at the stage's times from the period record: the reminder the
     * period's reminder days (2) before the deadline (a task that arrives later is not reminded: its timer waits
     * for the deadline and finds nothing), reminding only the holders of tasks that arrived before it; the
     * late report at the deadline, telling BKPSDM of every task still open. The tasks stay open and the period goes
     * on. The engine's clock is moved; the notifications they cause are tested in TaskNotificationTest.
     */
    @Test
    void deadlineTimers_remindBeforeEachStagesDeadline_andReportTheLateTasksAtIt() {
        try {
            ProcessInstance period = lifecycle.openPeriod(Map.of("nominationClosesAt", LocalDateTime.now(clock)
                    .plusDays(5).withSecond(0).withNano(0).toString()));
            AwardPeriod record = driver.period(period);
            List<String> heads = driver.openTasks(period, "Task_NominateCandidates").stream().map(Task::getId).toList();
            driver.moveClockTo(record.reminderAt(PeriodStage.NOMINATION).minusMinutes(1));
            driver.runDueJobs(period);
            assertThat(events.stream(TaskDeadline.Approaching.class)).isEmpty();
            driver.moveClockTo(record.reminderAt(PeriodStage.NOMINATION).plusMinutes(1));
            driver.runDueJobs(period);
            assertThat(period).hasPassed("EndEvent_Reminded_NominateCandidates");
            assertThat(events.stream(TaskDeadline.Approaching.class).flatMap(e -> e.taskIds().stream()))
                    .as("each OPD head's task, by its OPD's timer").containsExactlyInAnyOrderElementsOf(heads);

            Nomination alpha = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
            ProcessInstance nomination = nominationInstance(alpha);
            Task fill = lifecycle.taskAbout(period, "Task_FillAssessment", alpha);
            assertThat(driver.timerDueAt(period, "Timer_Reminder_FillAssessment"))
                    .isEqualTo(record.deadline(PeriodStage.ASSESSMENT).minusDays(2))
                    .isEqualTo(record.reminderAt(PeriodStage.ASSESSMENT));
            assertThat(driver.timerDueAt(period, "Timer_Overdue_FillAssessment"))
                    .isEqualTo(record.deadline(PeriodStage.ASSESSMENT));

            driver.moveClockTo(record.reminderAt(PeriodStage.ASSESSMENT).minusMinutes(1));
            driver.runDueJobs(period);
            assertThat(nomination).hasNotPassed("EndEvent_Reminded_FillAssessment");
            driver.moveClockTo(record.reminderAt(PeriodStage.ASSESSMENT).plusMinutes(1));
            driver.runDueJobs(period);
            assertThat(nomination).hasPassed("EndEvent_Reminded_FillAssessment")
                    .hasNotPassed("EndEvent_OverdueReported_FillAssessment").isWaitingAt("Task_FillAssessment");
            assertThat(events.stream(TaskDeadline.Approaching.class)).last()
                    .extracting(TaskDeadline.Approaching::taskIds).isEqualTo(List.of(fill.getId()));

            driver.passDeadline(period, PeriodStage.ASSESSMENT);
            assertThat(nomination).hasPassed("EndEvent_OverdueReported_FillAssessment").isWaitingAt("Task_FillAssessment");
            assertThat(events.stream(TaskDeadline.Passed.class)).extracting(TaskDeadline.Passed::taskIds)
                    .containsExactly(List.of(fill.getId()));

            // the head's task arrives late: no reminder (it has just arrived), BKPSDM is told at once
            lifecycle.fillAssessment(period, ALPHA, seedAssessment());
            Task review = lifecycle.taskAbout(period, "Task_ReviewAssessment", alpha);
            driver.runDueJobs(period);
            assertThat(nomination).hasPassed("EndEvent_Reminded_ReviewAssessment", "EndEvent_OverdueReported_ReviewAssessment");
            assertThat(events.stream(TaskDeadline.Approaching.class)).as("3 heads' reminders and the instrument's")
                    .hasSize(heads.size() + 1);
            assertThat(events.stream(TaskDeadline.Passed.class)).extracting(TaskDeadline.Passed::taskIds)
                    .containsExactly(List.of(fill.getId()), List.of(review.getId()));
            lifecycle.approveByHead(period, ALPHA, 20);

            Task verify = lifecycle.verificationTask(period, alpha);
            driver.passDeadline(period, PeriodStage.VERIFICATION);
            assertThat(nomination).hasPassed("EndEvent_Reminded_VerifyNomination", "EndEvent_OverdueReported_VerifyNomination");
            assertThat(events.stream(TaskDeadline.Approaching.class)).last().extracting(TaskDeadline.Approaching::taskIds)
                    .isEqualTo(List.of(verify.getId()));
            lifecycle.verify(period, alpha, "ELIGIBLE", null);

            // one finalist, three panel members: one timer for the finalist's three tasks
            List<String> panelTasks = driver.openTasks(period, "Task_ScoreFinalist").stream().map(Task::getId).toList();
            assertThat(panelTasks).hasSize(PANEL.size());
            driver.passDeadline(period, PeriodStage.PANEL);
            assertThat(events.stream(TaskDeadline.Approaching.class)).last().extracting(TaskDeadline.Approaching::taskIds)
                    .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(panelTasks);
            assertThat(events.stream(TaskDeadline.Passed.class)).last().extracting(TaskDeadline.Passed::taskIds)
                    .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(panelTasks);
            lifecycle.scoreAll(period, alpha, 80, 90);

            driver.passDeadline(period, PeriodStage.PROPOSAL);
            lifecycle.propose(period, List.of(alpha.getCode()));
            driver.passDeadline(period, PeriodStage.DECREE);
            lifecycle.decideDecree(period, "APPROVE", null);
            lifecycle.recordCeremony(period);

            assertThat(period).isEnded().hasPassed("EndEvent_Reminded_ScoreFinalist", "EndEvent_OverdueReported_ScoreFinalist",
                    "EndEvent_Reminded_ProposeAwardees", "EndEvent_OverdueReported_ProposeAwardees",
                    "EndEvent_Reminded_ApproveDecree", "EndEvent_OverdueReported_ApproveDecree",
                    "EndEvent_Reminded_RecordCeremony", "EndEvent_OverdueReported_RecordCeremony",
                    "EndEvent_AwardPeriodCompleted");
            assertThat(periods.findById(record.getId()).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.COMPLETED);
        } finally {
            driver.resetClock();
        }
    }

    private ProcessInstance nominationInstance(Nomination nomination) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nomination.getCode())
                .singleResult();
    }

    /**
     * Every step was taken logged in by a person who holds the step's role (the drivers set the engine's
     * authentication): our tables record him, not the assignee fallback or "system", and the engine's operation log
     * names him for every completed task.
     */
    private void assertActorsAreTheRoleHolders(ProcessInstance period, AwardPeriod done, Nomination alpha) {
        assertThat(done.getCreatedBy()).as("the period's creator (initiator)").isEqualTo(AwardLifecycle.BKPSDM);
        Nomination nominated = nominations.findById(alpha.getId()).orElseThrow();
        assertThat(nominated.getNominatedBy()).isEqualTo(AwardLifecycle.head(ALPHA));
        Assessment assessment = assessments.findByNominationId(alpha.getId()).orElseThrow();
        assertThat(assessment.getFilledBy()).isEqualTo(AwardLifecycle.admin(ALPHA));
        assertThat(assessment.getSignedOffBy()).isEqualTo(AwardLifecycle.head(ALPHA));
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(alpha.getId()))
                .extracting(NominationDecision::getOutcome, NominationDecision::getDecidedBy)
                .containsExactly(tuple(NominationDecision.Outcome.APPROVED, AwardLifecycle.head(ALPHA)),
                        tuple(NominationDecision.Outcome.ELIGIBLE, AwardLifecycle.VERIFIER));
        assertThat(panelScores.findByNominationId(alpha.getId())).extracting(s -> s.getPanelMember())
                .containsExactlyInAnyOrderElementsOf(PANEL);
        Decree decree = decrees.findByPeriodIdOrderByVersion(done.getId()).get(0);
        assertThat(decree.getProposedBy()).isEqualTo(AwardLifecycle.BKPSDM);
        assertThat(decree.getDecidedBy()).isEqualTo(AwardLifecycle.BUPATI);

        List<HistoricTaskInstance> completed = history.createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(period.getId()).list().stream()
                .flatMap(i -> history.createHistoricTaskInstanceQuery().processInstanceId(i.getId()).finished()
                        .taskDeleteReason("completed").list().stream())
                .toList();
        assertThat(completed).hasSizeGreaterThan(10);
        for (HistoricTaskInstance task : completed) {
            assertThat(history.createUserOperationLogQuery().taskId(task.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                    .as("who completed %s", task.getTaskDefinitionKey())
                    .extracting(UserOperationLogEntry::getUserId).containsOnly(task.getAssignee()).isNotEmpty();
        }
    }

    private OpdParticipation participation(Long periodId, String opd) {
        return participations.findByPeriodIdAndOpdCode(periodId, opd).orElseThrow();
    }

    /**
     * The whole history of a period (its instance and every sub-instance, every variable ever written, removed ones
     * included) holds references only. The rule, read from FormTaskListener, RegisterPeriodDelegate and
     * NominationContext:
     * <ul>
     *   <li>A process-scope variable (no task) is declared in {@link ProcessVariables#CONTRACT} for that process,
     *       with a value of the declared type. The one exception: the start form's fields, which
     *       Task_RegisterPeriod reads and removes in the start transaction; they may appear on the period's
     *       instance only, and only as removed.</li>
     *   <li>No task-local variable is in the history ({@link AuditHistoryLevel}).</li>
     *   <li>The local variables of a user task, as it ended ({@link TaskLocalNames}) or as it is if still open, are
     *       exactly what its FormTaskListener declared on create: the
     *       names the task's form (its camunda:formRef) uses, i.e. every field key, the options variable of a list
     *       (valuesKey), every value its texts show ({@code {{name}}}) or its conditions read, less what the form
     *       computes when it opens ({@link LiveFormValues}); on the tasks about one nominee
     *       ({@link #NOMINATION_CONTEXT_TASKS}) NominationContext adds {@link #NOMINATION_TASK_EXTRAS}. "Exactly" both
     *       ways: nothing else is kept on a task, and every field of the form is declared on it, so what a person
     *       submits lands on the task and never on the process.</li>
     * </ul>
     */
    private void assertHistoryHoldsReferencesOnly(ProcessInstance period) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(period.getId()).list();
        assertThat(instances).extracting(HistoricProcessInstance::getProcessDefinitionKey)
                .contains(ProcessKeys.AWARD_PERIOD);
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .includeDeleted().list();
        Set<String> startFormFields = formNames("award-period-start");

        assertThat(variables).as("the history keeps no task-local variable (AuditHistoryLevel)")
                .allSatisfy(variable -> assertThat(variable.getTaskId()).as(variable.getName()).isNull());
        for (HistoricVariableInstance variable : variables) {
            String name = variable.getName();
            ProcessVariables.Variable declared = CONTRACT.get(name);
            if (declared == null) {
                assertThat(startFormFields).as("%s is neither in the contract nor a start form field", name)
                        .contains(name);
                assertThat(variable.getState()).as("start form field %s removed", name).isEqualTo("DELETED");
                assertThat(variable.getProcessInstanceId()).as(name).isEqualTo(period.getId());
                continue;
            }
            assertThat(declared.processes()).as(name).contains(variable.getProcessDefinitionKey());
            if (variable.getValue() != null) {
                assertThat(variable.getValue()).as(name).isInstanceOf(declared.type());
            }
        }

        List<HistoricTaskInstance> userTasks = instances.stream().flatMap(instance -> history
                .createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list().stream()).toList();
        assertThat(userTasks).isNotEmpty();
        assertDueDatesAreTheStagesDeadlines(period, userTasks);
        for (HistoricTaskInstance task : userTasks) {
            Set<String> expected = new TreeSet<>(formNames(formRef(task)));
            live.stream().filter(values -> values.taskKey().equals(task.getTaskDefinitionKey()))
                    .forEach(values -> expected.removeAll(values.names()));
            if (NOMINATION_CONTEXT_TASKS.contains(task.getTaskDefinitionKey())) {
                expected.addAll(NOMINATION_TASK_EXTRAS);
            }
            Set<String> locals = task.getEndTime() == null
                    ? engine.getTaskService().getVariablesLocal(task.getId()).keySet() : taskLocals.of(task.getId());
            assertThat(locals).as("task-local variables of %s (%s)", task.getTaskDefinitionKey(), task.getId())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /**
     * Issue 13: every user task of the period, in both processes, is due at its stage's deadline as the period record
     * holds it (docs/process.md, "Timeline and due dates"); a user task that belongs to no stage fails.
     */
    private void assertDueDatesAreTheStagesDeadlines(ProcessInstance period, List<HistoricTaskInstance> userTasks) {
        AwardPeriod record = driver.period(period);
        for (HistoricTaskInstance task : userTasks) {
            PeriodStage stage = Arrays.stream(PeriodStage.values())
                    .filter(s -> s.taskKeys().contains(task.getTaskDefinitionKey())).findFirst()
                    .orElseThrow(() -> new AssertionError(task.getTaskDefinitionKey() + " belongs to no stage"));
            assertThat(task.getDueDate()).as("due date of %s (%s), stage %s", task.getTaskDefinitionKey(),
                    task.getId(), stage).isEqualTo(Date.from(record.deadline(stage).atZone(clock.getZone()).toInstant()));
        }
        assertThat(userTasks).extracting(HistoricTaskInstance::getDueDate).doesNotContainNull();
    }

    /** The tasks about one nominee, whose listeners declare NominationContext. */
    private static final Set<String> NOMINATION_CONTEXT_TASKS = Set.of("Task_FillAssessment", "Task_ReviewAssessment",
            "Task_VerifyNomination", "Task_ScoreFinalist");

    /**
     * What NominationContext declares besides the form's names: the period's and the OPD's code, the columns of the
     * Tasklist filters (TasklistFilterSetup).
     */
    private static final Set<String> NOMINATION_TASK_EXTRAS = Set.of(ProcessVariables.PERIOD_CODE,
            ProcessVariables.OPD_CODE);

    private final Map<String, BpmnModelInstance> models = new HashMap<>();

    private String formRef(HistoricTaskInstance task) {
        BpmnModelInstance model = models.computeIfAbsent(task.getProcessDefinitionId(),
                id -> engine.getRepositoryService().getBpmnModelInstance(id));
        UserTask element = model.getModelElementById(task.getTaskDefinitionKey());
        assertThat(element.getCamundaFormRef()).as("form of %s", task.getTaskDefinitionKey()).isNotBlank();
        return element.getCamundaFormRef();
    }

    /** A name a form's condition ({@code "=kinerjaMeasure = \"PREDIKAT\""}) reads, and FEEL's own words. */
    private static final Pattern FEEL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "and", "or", "not");

    /** Every name a Camunda form uses: field keys, options variables (valuesKey), values shown in texts ({{name}}). */
    static Set<String> formNames(String formId) {
        try (InputStream in = AwardLifecycleProcessTest.class.getResourceAsStream("/forms/" + formId + ".form")) {
            assertThat(in).as("form %s", formId).isNotNull();
            Set<String> names = new TreeSet<>();
            collectNames(new ObjectMapper().readTree(in), names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectNames(JsonNode node, Set<String> names) {
        for (JsonNode component : node.path("components")) {
            for (String property : List.of("key", "valuesKey")) {
                if (component.hasNonNull(property)) {
                    names.add(component.get(property).asText());
                }
            }
            if (component.hasNonNull("text")) {
                Matcher shown = TEMPLATE_VARIABLE.matcher(component.get("text").asText());
                while (shown.find()) {
                    names.add(shown.group(1));
                }
            }
            String condition = component.path("conditional").path("hide").asText("");
            Matcher used = FEEL_NAME.matcher(condition.replaceAll("\"[^\"]*\"", ""));
            while (used.find()) {
                if (!FEEL_WORDS.contains(used.group())) {
                    names.add(used.group());
                }
            }
            collectNames(component, names);
        }
    }

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
}
