package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.TestFixtures;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The steps of an award period as each role takes them, for the process tests. */
@Component
public class AwardLifecycle {

    public static final String BKPSDM = TestFixtures.BKPSDM_USER;
    public static final String VERIFIER = TestFixtures.VERIFIER_USER;
    public static final String BUPATI = TestFixtures.BUPATI_USER;

    private final ProcessDriver driver;
    private final NominationRepository nominations;
    private final TestFixtures fixtures;

    public AwardLifecycle(ProcessDriver driver, NominationRepository nominations, TestFixtures fixtures) {
        this.driver = driver;
        this.nominations = nominations;
        this.fixtures = fixtures;
    }

    public ProcessInstance openPeriod() {
        return openPeriod(Map.of());
    }

    /** A period opened by BKPSDM with the start form's usual values, some of them changed. */
    public ProcessInstance openPeriod(Map<String, Object> changes) {
        fixtures.ensureRegency();
        Map<String, Object> form = driver.periodForm();
        form.putAll(changes);
        ProcessInstance period = driver.startPeriodAs(BKPSDM, form);
        driver.runDueJobs(period);
        return period;
    }

    public static String head(String opd) { return "kepala." + opd; }

    public static String admin(String opd) { return "admin." + opd; }

    public Nomination nominate(ProcessInstance period, String opd, String nip) {
        Task task = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(opd));
        driver.submit(task, head(opd), Map.of("nomineeNips", List.of(nip)));
        return nominations.findByPeriodIdOrderById(periodId(period)).stream()
                .filter(n -> n.getEmployee().getNip().equals(nip)).findFirst().orElseThrow();
    }

    /** The OPD head nominates several employees in one submission; the nominations in the order of the NIPs. */
    public List<Nomination> nominateAll(ProcessInstance period, String opd, List<String> nips) {
        Task task = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(opd));
        driver.submit(task, head(opd), Map.of("nomineeNips", nips));
        List<Nomination> made = nominations.findByPeriodIdOrderById(periodId(period));
        return nips.stream().map(nip -> made.stream().filter(n -> n.getEmployee().getNip().equals(nip)).findFirst()
                .orElseThrow()).toList();
    }

    /** The open task of this key about this nomination (an OPD with several nominees has one per nominee). */
    public Task taskAbout(ProcessInstance period, String taskKey, Nomination nomination) {
        List<Task> found = driver.openTasks(period, taskKey).stream()
                .filter(t -> nomination.getId().equals(driver.subject(t).getNominationId())).toList();
        assertThat(found).as("one %s about %s", taskKey, nomination.getCode()).hasSize(1);
        return found.get(0);
    }

    /** Filled, signed off and found eligible, one nominee among several of his OPD. */
    public void settleEligible(ProcessInstance period, Nomination nomination, Map<String, Object> form, int teamWork) {
        String opd = nomination.getOpd().getCode();
        driver.submit(taskAbout(period, "Task_FillAssessment", nomination), admin(opd), form);
        driver.submit(taskAbout(period, "Task_ReviewAssessment", nomination), head(opd),
                Map.of("headDecision", "APPROVE", "teamWorkScore", String.valueOf(teamWork)));
        driver.runDueJobs(period);
        verify(period, nomination, "ELIGIBLE", null);
    }

    public Long periodId(ProcessInstance period) {
        return driver.period(period).getId();
    }

    public static Map<String, Object> assessment(double eKinerja, double attendance, int innovation, String behaviour) {
        Map<String, Object> form = new HashMap<>();
        form.put("eKinerjaValue", eKinerja);
        form.put("attendancePercent", attendance);
        form.put("innovationName", "SILKA Online (Sistem Informasi Layanan Kepegawaian)");
        form.put("innovationDescription", "Layanan kepegawaian daring yang dipakai seluruh SKPD.");
        form.put("innovationScore", String.valueOf(innovation));
        form.put("behaviourResult", behaviour);
        return form;
    }

    /** The seed's example: e-Kinerja 84, attendance 94 %, innovation 40, behaviour as expected (10). */
    public static Map<String, Object> seedAssessment() {
        return assessment(84, 94, 40, "AS_EXPECTED");
    }

    public void fillAssessment(ProcessInstance period, String opd, Map<String, Object> form) {
        driver.submit(driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(opd)), admin(opd), form);
    }

    public void approveByHead(ProcessInstance period, String opd, int teamWork) {
        driver.submit(driver.task(period, "Task_ReviewAssessment", OpdGroups.headGroup(opd)), head(opd),
                Map.of("headDecision", "APPROVE", "teamWorkScore", String.valueOf(teamWork)));
        driver.runDueJobs(period);
    }

    public void sendBackByHead(ProcessInstance period, String opd, String reason) {
        driver.submit(driver.task(period, "Task_ReviewAssessment", OpdGroups.headGroup(opd)), head(opd),
                Map.of("headDecision", "SEND_BACK", "sendBackReason", reason));
    }

    public Task verificationTask(ProcessInstance period, Nomination nomination) {
        return driver.openTasks(period, "Task_VerifyNomination").stream()
                .filter(t -> nomination.getId().equals(driver.subject(t).getNominationId()))
                .findFirst().orElseThrow();
    }

    public void verify(ProcessInstance period, Nomination nomination, String outcome, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("verificationDecision", outcome);
        form.put("verificationReason", reason);
        driver.submit(verificationTask(period, nomination), VERIFIER, form);
        driver.runDueJobs(period);
    }

    /** Nominated, filled, signed off and found eligible. */
    public Nomination eligibleNomination(ProcessInstance period, String opd, String nip, Map<String, Object> form, int teamWork) {
        Nomination nomination = nominate(period, opd, nip);
        fillAssessment(period, opd, form);
        approveByHead(period, opd, teamWork);
        verify(period, nomination, "ELIGIBLE", null);
        return nomination;
    }

    public void scoreAll(ProcessInstance period, Nomination finalist, int presentation, int interview) {
        for (String member : TestFixtures.PANEL) {
            score(period, finalist, member, presentation, interview);
        }
    }

    public void score(ProcessInstance period, Nomination finalist, String member, int presentation, int interview) {
        driver.submit(driver.assignedTask(period, "Task_ScoreFinalist", member, finalist.getId()), member,
                Map.of("abstain", false, "presentationScore", presentation, "interviewScore", interview));
        driver.runDueJobs(period);
    }

    public void abstain(ProcessInstance period, Nomination finalist, String member, String reason) {
        driver.submit(driver.assignedTask(period, "Task_ScoreFinalist", member, finalist.getId()), member,
                Map.of("abstain", true, "abstentionReason", reason));
        driver.runDueJobs(period);
    }

    public void propose(ProcessInstance period, List<String> codes) {
        driver.submit(driver.task(period, "Task_ProposeAwardees", RoleGroups.BKPSDM_ADMIN), BKPSDM,
                Map.of("awardeeCodes", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                        org.camunda.spin.Spin.JSON(codes)).create()));
        driver.runDueJobs(period);
    }

    public void decideDecree(ProcessInstance period, String decision, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("decreeDecision", decision);
        form.put("decreeSendBackReason", reason);
        driver.submit(driver.task(period, "Task_ApproveDecree", RoleGroups.BUPATI), BUPATI, form);
        driver.runDueJobs(period);
    }

    public void recordCeremony(ProcessInstance period) {
        driver.submit(driver.task(period, "Task_RecordCeremony", RoleGroups.BKPSDM_ADMIN), BKPSDM,
                Map.of("ceremonyDate", "2026-12-10", "ceremonyPlace", "Pendopo Kabupaten"));
        driver.runDueJobs(period);
    }
}
