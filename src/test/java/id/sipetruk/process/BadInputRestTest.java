package id.sipetruk.process;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.ALPHA_NIP_2;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.BETA_NIP_1;
import static id.sipetruk.TestFixtures.PANEL;
import static id.sipetruk.process.AwardLifecycle.seedAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.TestFixtures;
import id.sipetruk.common.Messages;
import id.sipetruk.decree.DecreeRepository;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.panel.PanelScoreRepository;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Bad input sent straight to the REST API (which bypasses the forms' own checks) is refused with 400 and
 * a message in Bahasa Indonesia, the task stays open and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputRestTest {

    @Autowired TestRestTemplate rest;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired NominationRepository nominations;
    @Autowired AssessmentRepository assessments;
    @Autowired PanelScoreRepository panelScores;
    @Autowired DecreeRepository decrees;
    @Autowired TestFixtures fixtures;

    @Test
    void startForm_rejectsWeightsThatDoNotAddUpTo100_andAWindowThatClosesBeforeItOpens() {
        fixtures.ensureRegency();
        Map<String, Object> form = driver.periodForm();
        form.put("panelWeight", 50);
        ResponseEntity<Map> response = startPeriod(form);
        assertRefused(response, "harus berjumlah 100");

        form = driver.periodForm();
        form.put("nominationClosesAt", "2020-01-01T10:00");
        assertRefused(startPeriod(form), "Penutupan nominasi harus sesudah pembukaan nominasi");

        // a date beyond any calendar, a window that closed already, a second period of the year not marked as such
        form = driver.periodForm();
        form.put("nominationClosesAt", "99999-12-31T00:00");
        assertRefused(startPeriod(form), "harus berupa tanggal dan jam yang benar");
        form = driver.periodForm();
        form.put("nominationOpensAt", "2024-01-01T08:00");
        form.put("nominationClosesAt", "2024-01-31T16:00");
        assertRefused(startPeriod(form), "Waktu penutupan nominasi sudah lewat");
        // issue 13: a stage's deadline that is no date, or a stage ending before the nomination window closes
        form = driver.periodForm();
        form.put("panelDueAt", "31-12-2026 16.00");
        assertRefused(startPeriod(form), "Batas waktu penilaian tim penilai eksternal\" harus berupa tanggal dan jam");
        form = driver.periodForm();
        form.put("assessmentDueAt", form.get("nominationOpensAt"));
        assertRefused(startPeriod(form), "Jadwal tahapan tidak berurutan: batas waktu tahap penilaian dan persetujuan OPD");
        form = driver.periodForm();
        startPeriod(form);
        form.put("additionalPeriod", false);
        assertRefused(startPeriod(form), "Centang \"Periode tambahan\"");
    }

    @Test
    void nomination_rejectsInvalidNip_unknownEmployee_andANomineeFromAnotherOpd() {
        ProcessInstance period = lifecycle.openPeriod();
        Task task = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        tasks.claim(task.getId(), AwardLifecycle.head(ALPHA));

        assertRefused(submit(task, Map.of("nomineeNips", "19811307200001 1001")), "tanggal lahir");
        assertRefused(submit(task, Map.of("nomineeNips", "12345")), "18 angka");
        assertRefused(submit(task, Map.of("nomineeNips", "198104072000013001")), "jenis kelamin");
        assertRefused(submit(task, Map.of("nomineeNips", "199512312020122005")), "tidak terdaftar");
        assertRefused(submit(task, Map.of("nomineeNips", BETA_NIP_1)), "bukan pegawai Dinas Uji Alpha");
        assertRefused(submit(task, Map.of("nomineeNips", ALPHA_NIP_1 + "," + ALPHA_NIP_2 + "," + ALPHA_NIP_1.substring(0, 15) + "009")),
                "hanya boleh mengusulkan 2 calon, tetapi 3 NIP diisi");

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA)).isEmpty();
    }

    @Test
    void nomination_rejectsMoreNomineesThanTheQuota() {
        fixtures.ensureRegency();
        Map<String, Object> form = driver.periodForm();
        form.put("nomineesPerOpd", 1);
        ProcessInstance period = driver.startPeriod(form);
        driver.runDueJobs(period);
        Task task = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        tasks.claim(task.getId(), AwardLifecycle.head(ALPHA));

        assertRefused(submit(task, Map.of("nomineeNips", ALPHA_NIP_1 + "\n" + ALPHA_NIP_2)), "hanya boleh mengusulkan 1 calon");
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA)).isEmpty();
    }

    @Test
    void assessment_rejectsAttendanceAbove100_andAnInnovationScoreOf35_keepingNothing() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination nomination = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        Task task = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));
        tasks.claim(task.getId(), AwardLifecycle.admin(ALPHA));

        Map<String, Object> form = new HashMap<>(seedAssessment());
        form.put("attendancePercent", 101);
        assertRefused(submit(task, form), "Persentase kehadiran\" harus bernilai antara 0 dan 100");

        form = new HashMap<>(seedAssessment());
        form.put("innovationScore", "35");
        assertRefused(submit(task, form), "Skor inovasi 35 tidak diizinkan");

        form = new HashMap<>(seedAssessment());
        form.remove("innovationName");
        assertRefused(submit(task, form), "Nama inovasi\" wajib diisi");

        assertThat(assessments.findByNominationId(nomination.getId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        // a good submission afterwards goes through
        assertThat(submit(task, seedAssessment()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void panel_rejectsAScoreOf101_andAnAbstentionWithoutReason() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination finalist = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_1, seedAssessment(), 20);
        driver.closeWindowOnSchedule(period);
        Task task = driver.assignedTask(period, "Task_ScoreFinalist", PANEL.get(0), finalist.getId());

        assertRefused(submit(task, Map.of("abstain", false, "presentationScore", 101, "interviewScore", 80)),
                "Nilai presentasi\" harus bernilai antara 0 dan 100");
        assertRefused(submit(task, Map.of("abstain", true)), "Alasan wajib diisi bila Anda tidak menilai");

        assertThat(panelScores.findByNominationId(finalist.getId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void verification_requiresAReasonToSendBackOrReject() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination nomination = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        lifecycle.fillAssessment(period, ALPHA, seedAssessment());
        lifecycle.approveByHead(period, ALPHA, 20);
        Task task = lifecycle.verificationTask(period, nomination);
        tasks.claim(task.getId(), AwardLifecycle.VERIFIER);

        assertRefused(submit(task, Map.of("verificationDecision", "REJECTED")), "Alasan wajib diisi");
        assertRefused(submit(task, Map.of("verificationDecision", "MAYBE")), "tidak diizinkan");
    }

    @Test
    void proposal_refusesMoreAwardeesThanTheQuota_andANonFinalist_keepingNothing() throws Exception {
        ProcessInstance period = lifecycle.openPeriod(Map.of("awardeeCount", 1, "finalistCount", 2));
        Long periodId = lifecycle.periodId(period);
        Nomination first = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_1, seedAssessment(), 20);
        Nomination second = lifecycle.eligibleNomination(period, BETA, BETA_NIP_1, seedAssessment(), 15);
        Nomination notShortlisted = lifecycle.eligibleNomination(period, TestFixtures.GAMMA, TestFixtures.GAMMA_NIP_1,
                AwardLifecycle.assessment(80, 90, 10, "BELOW_EXPECTATION"), 10);
        driver.closeWindowOnSchedule(period);
        lifecycle.scoreAll(period, first, 80, 80);
        lifecycle.scoreAll(period, second, 70, 70);
        assertThat(nominations.findById(notShortlisted.getId()).orElseThrow().getStatus())
                .isEqualTo(NominationStatus.NOT_SHORTLISTED);
        Task task = driver.task(period, "Task_ProposeAwardees", RoleGroups.BKPSDM_ADMIN);
        tasks.claim(task.getId(), AwardLifecycle.BKPSDM);

        assertRefused(propose(task, List.of(first.getCode(), second.getCode())), Messages.get("decree.quota", 2, 1));
        assertRefused(propose(task, List.of(notShortlisted.getCode())),
                Messages.get("decree.notFinalist", notShortlisted.getCode()));

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(decrees.findByPeriodIdOrderByVersion(periodId)).as("no decree stored").isEmpty();
        assertThat(propose(task, List.of(first.getCode())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(decrees.findByPeriodIdOrderByVersion(periodId)).singleElement()
                .satisfies(d -> assertThat(d.getAwardees()).extracting(a -> a.getNomination().getCode())
                        .containsExactly(first.getCode()));
    }

    @Test
    void proposal_refusesTheSameNomineeTwice_keepingNothing() throws Exception {
        ProcessInstance period = lifecycle.openPeriod(Map.of("awardeeCount", 2, "finalistCount", 2));
        Long periodId = lifecycle.periodId(period);
        Nomination first = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_1, seedAssessment(), 20);
        Nomination second = lifecycle.eligibleNomination(period, BETA, BETA_NIP_1, seedAssessment(), 15);
        driver.closeWindowOnSchedule(period);
        lifecycle.scoreAll(period, first, 80, 80);
        lifecycle.scoreAll(period, second, 70, 70);
        Task task = driver.task(period, "Task_ProposeAwardees", RoleGroups.BKPSDM_ADMIN);
        tasks.claim(task.getId(), AwardLifecycle.BKPSDM);

        assertRefused(propose(task, List.of(second.getCode(), second.getCode())),
                Messages.get("decree.duplicate", second.getCode()));

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(decrees.findByPeriodIdOrderByVersion(periodId)).as("no decree stored").isEmpty();
    }

    /** BKPSDM's proposal as Tasklist sends the checklist: a JSON list, over the REST API as the task's assignee. */
    private ResponseEntity<Map> propose(Task task, List<String> codes) throws Exception {
        Map<String, Object> awardees = Map.of("value", new ObjectMapper().writeValueAsString(codes), "type", "Json");
        String assignee = tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
        return rest.withBasicAuth(assignee, TestFixtures.PASSWORD).postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", Map.of("awardeeCodes", awardees)),
                Map.class);
    }

    @Test
    void theRestApiAnswersOnlyToACamundaUser() {
        fixtures.ensureRegency();
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a wrong password is tried on a user of its own: Camunda throttles a user's logins after a failure
        assertThat(rest.withBasicAuth(TestFixtures.PANEL.get(2), "salah").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest().getForEntity("/engine-rest/task?maxResults=10", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private TestRestTemplate rest() {
        return rest.withBasicAuth(TestFixtures.REST_USER, TestFixtures.PASSWORD);
    }

    private ResponseEntity<Map> startPeriod(Map<String, Object> form) {
        return rest().postForEntity("/engine-rest/process-definition/key/AwardPeriodProcess/submit-form",
                Map.of("variables", typed(form)), Map.class);
    }

    /** Submits as the task's assignee, logged in over HTTP Basic like any REST client. */
    private ResponseEntity<Map> submit(Task task, Map<String, Object> form) {
        String assignee = tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
        return rest.withBasicAuth(assignee, TestFixtures.PASSWORD).postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed(form)), Map.class);
    }

    private static Map<String, Object> typed(Map<String, Object> form) {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    private static void assertRefused(ResponseEntity<Map> response, String messagePart) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains(messagePart);
    }
}
