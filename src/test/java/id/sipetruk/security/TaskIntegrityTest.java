package id.sipetruk.security;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.ALPHA_NIP_2;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.BETA_NIP_1;
import static id.sipetruk.TestFixtures.PASSWORD;
import static id.sipetruk.process.AwardLifecycle.admin;
import static id.sipetruk.process.AwardLifecycle.head;
import static id.sipetruk.process.AwardLifecycle.seedAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocumentRepository;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.PerformanceImport;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.panel.PanelScoreRepository;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, tried as an inside attacker with a login would: every task holder holds a real task and sends what the
 * REST API and Tasklist's own API accept. Each test fails if a task's subject can be rewritten, a field outside the
 * form goes in, a task changes hands, or a refusal is not a 4xx with an Indonesian message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.enabled=true")
class TaskIntegrityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired IdentityService identity;
    @Autowired ManagementService management;
    @Autowired NominationRepository nominations;
    @Autowired AssessmentRepository assessments;
    @Autowired PanelScoreRepository panelScores;
    @Autowired GeneratedDocumentRepository documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired PeriodBuilder build;
    @Autowired HistoryService history;
    @Autowired OpdRepository opds;
    @Autowired ImportRunner imports;
    @Autowired PerformanceImport performance;

    @BeforeEach
    void regency() {
        fixtures.ensureRegency();
    }

    Http rest(String user) {
        return new Http(port).basic(user, PASSWORD);
    }

    /** A browser logged in on /masuk with Tasklist open (so that it holds the webapps' CSRF cookie). */
    Http tasklist(String user) {
        Http browser = new Http(port);
        browser.login(user, PASSWORD);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        return browser;
    }

    static String variables(Map<String, Object> fields) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, value instanceof Map<?, ?> typed ? typed : Map.of("value", value)));
        return JSON.writeValueAsString(Map.of("variables", variables));
    }

    static void assertRefused(HttpResponse<String> response, int status, String messagePart) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.body()).contains(messagePart);
    }

    @Test
    void anOpdAdmin_cannotMakeHisTaskAboutAnotherOpdsNomination_throughAnyDoor() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination alpha = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        Nomination beta = lifecycle.nominate(period, BETA, BETA_NIP_1);
        Task fill = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));
        String url = "/engine-rest/task/" + fill.getId();
        Http attacker = rest(admin(ALPHA));
        assertThat(attacker.postJson(url + "/claim", "{\"userId\":\"" + admin(ALPHA) + "\"}").statusCode()).isEqualTo(204);

        Map<String, Object> rigged = new LinkedHashMap<>(seedAssessment());
        rigged.put("innovationName", "DIRUSAK");
        rigged.put("nominationId", Map.of("value", beta.getId(), "type", "Long"));
        assertRefused(attacker.postJson(url + "/complete", variables(rigged)), 400, "nominationId");
        assertRefused(attacker.postJson(url + "/submit-form", variables(rigged)), 400, "bukan bagian dari formulir");
        assertRefused(attacker.putJson(url + "/variables/nominationId", "{\"value\":" + beta.getId() + ",\"type\":\"Long\"}"),
                403, "tidak diizinkan");
        assertRefused(attacker.putJson(url + "/localVariables/innovationName", "{\"value\":\"DIRUSAK\"}"), 403,
                "tidak diizinkan");
        assertRefused(attacker.postJson("/engine-rest/process-instance/" + fill.getProcessInstanceId() + "/variables",
                "{\"modifications\":{\"nominationId\":{\"value\":" + beta.getId() + ",\"type\":\"Long\"}}}"), 403,
                "hanya boleh dilakukan administrator");

        Http browser = tasklist(admin(ALPHA));
        String webapp = "/camunda/api/engine/engine/default/task/" + fill.getId();
        assertRefused(browser.webappJson("POST", webapp + "/submit-form", variables(rigged)), 400, "nominationId");
        assertRefused(browser.webappJson("PUT", webapp + "/variables/periodId", "{\"value\":1,\"type\":\"Long\"}"), 403,
                "tidak diizinkan");

        assertThat(assessments.findByNominationId(alpha.getId())).isEmpty();
        assertThat(assessments.findByNominationId(beta.getId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(fill.getId()).count()).isEqualTo(1);

        // even a variable that got past every door changes nothing: the listener acts on the task's recorded subject
        Map<String, Object> slipped = new LinkedHashMap<>(seedAssessment());
        slipped.put("nominationId", beta.getId());
        slipped.put("opdCode", BETA);
        forms.submitTaskForm(fill.getId(), slipped);
        assertThat(assessments.findByNominationId(alpha.getId())).get()
                .extracting(a -> a.getFilledBy()).isEqualTo(admin(ALPHA));
        assertThat(assessments.findByNominationId(beta.getId())).isEmpty();
        Task review = driver.openTasks(period, "Task_ReviewAssessment").stream()
                .filter(t -> alpha.getId().equals(driver.subject(t).getNominationId())).findFirst().orElseThrow();
        assertThat(driver.isCandidate(review, OpdGroups.headGroup(ALPHA))).isTrue();
        assertThat(driver.isCandidate(review, OpdGroups.headGroup(BETA))).isFalse();
    }

    @Test
    void anOpdHead_cannotNominateIntoAnotherPeriod_norAfterTheClosingTime_whateverTheTimerJobsDid() throws Exception {
        ProcessInstance closed = lifecycle.openPeriod();
        ProcessInstance open = lifecycle.openPeriod();
        Task nominate = driver.task(open, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        String url = "/engine-rest/task/" + nominate.getId();
        Http head = rest(head(ALPHA));
        head.postJson(url + "/claim", "{\"userId\":\"" + head(ALPHA) + "\"}");
        assertRefused(head.postJson(url + "/complete", variables(Map.of("nomineeNips", ALPHA_NIP_1,
                "periodId", Map.of("value", lifecycle.periodId(closed), "type", "Long")))), 400, "periodId");

        // the window of `open` closes: the clock passed its closing time, but its timer jobs are stalled
        jdbc.update("update award_period set nomination_closes_at = ? where id = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(30)), lifecycle.periodId(open));
        management.suspendJobByProcessInstanceId(open.getId());
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", ALPHA_NIP_1))), 409,
                "Masa nominasi sudah ditutup");
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(open), ALPHA)).isEmpty();
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(closed), ALPHA)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(nominate.getId()).count()).isEqualTo(1);
    }

    @Test
    void aTaskHolder_cannotHandHisTaskToAnyone_orEndTheFlowWithABpmnError() {
        ProcessInstance period = lifecycle.openPeriod();
        Task nominate = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        String url = "/engine-rest/task/" + nominate.getId();
        Http head = rest(head(ALPHA));
        String other = "{\"userId\":\"" + head(BETA) + "\"}";
        assertRefused(head.postJson(url + "/claim", other), 403, "untuk diri Anda sendiri");
        assertRefused(head.postJson(url + "/assignee", other), 403, "tidak diizinkan");
        assertRefused(head.postJson(url + "/delegate", other), 403, "tidak diizinkan");
        assertRefused(head.postJson(url + "/identity-links", "{\"groupId\":\"" + OpdGroups.headGroup(BETA)
                + "\",\"type\":\"candidate\"}"), 403, "tidak diizinkan");
        assertRefused(head.postJson(url + "/bpmnError", "{\"errorCode\":\"X\"}"), 403, "tidak diizinkan");
        assertRefused(head.postJson(url + "/bpmnEscalation", "{\"escalationCode\":\"X\"}"), 403, "tidak diizinkan");
        assertRefused(head.putJson(url, "{\"name\":\"x\",\"assignee\":\"" + head(BETA) + "\"}"), 403, "tidak boleh diubah");
        Http browser = tasklist(head(ALPHA));
        assertRefused(browser.webappJson("POST", "/camunda/api/engine/engine/default/task/" + nominate.getId()
                + "/assignee", other), 403, "tidak diizinkan");
        assertThat(tasks.createTaskQuery().taskId(nominate.getId()).singleResult().getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(nominate.getId())).noneMatch(l -> OpdGroups.headGroup(BETA)
                .equals(l.getGroupId()));

        // claiming for oneself and unclaiming one's own task work, through both doors
        assertThat(head.postJson(url + "/claim", "{\"userId\":\"" + head(ALPHA) + "\"}").statusCode()).isEqualTo(204);
        assertRefused(rest(head(BETA)).postJson(url + "/unclaim", "{}"), 404, "tidak ditemukan");
        assertThat(browser.webappJson("POST", "/camunda/api/engine/engine/default/task/" + nominate.getId()
                + "/unclaim", "{}").statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(nominate.getId()).singleResult().getAssignee()).isNull();

        // an uncaught BPMN error fails instead of silently ending the OPD's flow (even from code or an administrator)
        assertThatThrownBy(() -> tasks.handleBpmnError(nominate.getId(), "Error_Uncaught"))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(tasks.createTaskQuery().taskId(nominate.getId()).count()).isEqualTo(1);
    }

    @Test
    void whoeverCompletes_mustHoldTheTasksRoleAtThatMoment() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        Task fill = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));
        String url = "/engine-rest/task/" + fill.getId();
        Http adminAlpha = rest(admin(ALPHA));
        adminAlpha.postJson(url + "/claim", "{\"userId\":\"" + admin(ALPHA) + "\"}");
        identity.deleteMembership(admin(ALPHA), OpdGroups.adminGroup(ALPHA));
        try {
            assertRefused(adminAlpha.postJson(url + "/submit-form", variables(seedAssessment())), 403,
                    "tidak memegang peran");
        } finally {
            identity.createMembership(admin(ALPHA), OpdGroups.adminGroup(ALPHA));
        }
        assertThat(tasks.createTaskQuery().taskId(fill.getId()).count()).isEqualTo(1);
        assertThat(adminAlpha.postJson(url + "/submit-form", variables(seedAssessment())).statusCode()).isEqualTo(204);
    }

    @Test
    void badInput_isA4xxWithAMessage_andNothingIsStored() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        Task nominate = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        Http head = rest(head(ALPHA));
        String url = "/engine-rest/task/" + nominate.getId();
        head.postJson(url + "/claim", "{\"userId\":\"" + head(ALPHA) + "\"}");
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips",
                ALPHA_NIP_1 + "," + ALPHA_NIP_2 + ",19810407 200001 1 001"))), 400, "19810407 200001 1 001 diisi lebih dari sekali");
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", Map.of("type", "Object",
                "value", "rO0ABXQAA2FiYw==", "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"))))), 400, "tidak diterima");
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", Map.of("type", "Bytes",
                "value", "AAEC")))), 400, "Bytes\\\", yang tidak diterima");
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", Map.of("type", "Rahasia",
                "value", "x")))), 400, "Rahasia\\\", yang tidak diterima");
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("x".repeat(300), "1"))), 400, "tidak diterima");
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", "1".repeat(4001)))), 400,
                "terlalu panjang");
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", ALPHA_NIP_1 + "\u0000"))), 400,
                "NUL");
        assertRefused(head.postJson(url + "/submit-form", "{\"variables\":{\"nomineeNips\":{\"value\":\""
                + "1".repeat(EngineRequestGuard.MAX_BODY) + "\"}}}"), 413, "terlalu besar");
        assertThat(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", ALPHA_NIP_1))).statusCode())
                .isEqualTo(204);
        // the same form sent twice (a double click): the second finds the task gone
        assertRefused(head.postJson(url + "/submit-form", variables(Map.of("nomineeNips", ALPHA_NIP_1))), 404,
                "Tugas tidak ditemukan");
        assertRefused(head.postJson("/engine-rest/task/tidak-ada/complete", "{}"), 404, "Tugas tidak ditemukan");
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA)).hasSize(1);

        // a value with more decimals than stored: 84.999 would be stored and printed as 85.00, scored as 84.999
        Task fill = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));
        Http adminAlpha = rest(admin(ALPHA));
        String fillUrl = "/engine-rest/task/" + fill.getId();
        adminAlpha.postJson(fillUrl + "/claim", "{\"userId\":\"" + admin(ALPHA) + "\"}");
        Map<String, Object> precise = new LinkedHashMap<>(seedAssessment());
        precise.put("eKinerjaValue", 84.999);
        assertRefused(adminAlpha.postJson(fillUrl + "/submit-form", variables(precise)), 400,
                "paling banyak 2 angka di belakang koma");
        precise.put("eKinerjaValue", "9".repeat(400));
        assertRefused(adminAlpha.postJson(fillUrl + "/submit-form", variables(precise)), 400, "harus berupa angka");
        Nomination alpha = nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA).get(0);
        assertThat(assessments.findByNominationId(alpha.getId())).isEmpty();
    }

    @Test
    void pagesRefuse_anotherOpdsDocumentsAndPreviews_andPostsWithoutCsrfToken() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination alpha = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        lifecycle.fillAssessment(period, ALPHA, seedAssessment());
        lifecycle.approveByHead(period, ALPHA, 20);
        Long document = documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType.ASSESSMENT_RESULT,
                alpha.getCode()).orElseThrow().getId();

        Http beta = new Http(port);
        beta.login(head(BETA), PASSWORD);
        for (String path : List.of("/dokumen/" + document, "/pratinjau/penilaian/" + alpha.getCode(),
                "/berkas/" + alpha.getCode(), "/pratinjau/sk/" + driver.period(period).getCode())) {
            assertThat(beta.get(path).statusCode()).as(path).isEqualTo(403);
        }
        Http alphaHead = new Http(port);
        alphaHead.login(head(ALPHA), PASSWORD);
        assertThat(alphaHead.get("/dokumen/" + document).statusCode()).isEqualTo(200);
        assertThat(alphaHead.postForm("/berkas/" + alpha.getCode() + "/data-dukung", Map.of(), Map.of()).statusCode())
                .as("POST without CSRF token").isEqualTo(403);
    }

    @Test
    void theSameFormSentTwiceAtOnce_isStoredOnce_andTheOtherAnswerIsA4xx() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        Task nominate = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        String url = "/engine-rest/task/" + nominate.getId();
        Http head = rest(head(ALPHA));
        head.postJson(url + "/claim", "{\"userId\":\"" + head(ALPHA) + "\"}");
        String body = variables(Map.of("nomineeNips", ALPHA_NIP_1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> answer : pool.invokeAll(List.<Callable<HttpResponse<String>>>of(
                    () -> head.postJson(url + "/submit-form", body), () -> head.postJson(url + "/submit-form", body)))) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnlyOnce(204);
        HttpResponse<String> other = answers.stream().filter(a -> a.statusCode() != 204).findFirst().orElseThrow();
        // which refusal depends on where the second meets the first: the task gone (404), a collision (409), or,
        // on PostgreSQL, the first's nomination already committed (400 "sudah diusulkan")
        assertThat(other.statusCode()).as(other.body()).isIn(400, 404, 409);
        assertThat(other.body()).containsAnyOf("Tugas tidak ditemukan", "baru saja diubah", "sudah diusulkan");
        assertThat(other.body()).doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("constraint")
                .doesNotContain("Exception:");
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA)).hasSize(1);
    }

    @Test
    void aReasonTypedAsMarkdown_showsAsPlainTextInTheNextForm() {
        ProcessInstance period = lifecycle.openPeriod();
        lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        lifecycle.fillAssessment(period, ALPHA, seedAssessment());
        lifecycle.sendBackByHead(period, ALPHA, "Lengkapi [di sini](https://jahat.example)");
        Task refill = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));
        assertThat((String) driver.taskVariable(refill, "lastReturnReason"))
                .startsWith("Lengkapi \\[di sini\\]\\(https://jahat.example\\)");
    }

    @Test
    void anUploadOverTheServersLimit_getsTheEvidenceMessage_notARefusalOfRights() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination alpha = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        Http admin = new Http(port);
        admin.login(admin(ALPHA), PASSWORD);
        String dossier = admin.get("/berkas/" + alpha.getCode()).body();
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"(/berkas/[^\"]*data-dukung[^\"]*)\"")
                .matcher(dossier);
        assertThat(action.find()).as("the upload form").isTrue();
        HttpResponse<String> upload = admin.postMultipart(action.group(1).replace("&amp;", "&"),
                Map.of("berkas.pdf", "%PDF-1.4\n" + "x".repeat(66 * 1024 * 1024)));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location").orElse("")).endsWith("/berkas/" + alpha.getCode());
        assertThat(admin.get("/berkas/" + alpha.getCode()).body()).contains("Unggahan ditolak");
    }

    @Test
    void aPanelMemberCannotRewriteTheFinalist_norTheBupatiTheDecree() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination alpha = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_1, seedAssessment(), 20);
        Nomination beta = lifecycle.eligibleNomination(period, BETA, BETA_NIP_1, seedAssessment(), 15);
        driver.closeWindowOnSchedule(period);
        String member = TestFixtures.PANEL.get(0);
        Task score = driver.assignedTask(period, "Task_ScoreFinalist", member, alpha.getId());
        Http panel = rest(member);
        String url = "/engine-rest/task/" + score.getId();
        assertRefused(panel.postJson(url + "/submit-form", variables(Map.of("abstain", false, "presentationScore", 90,
                "interviewScore", 90, "finalistId", Map.of("value", beta.getId(), "type", "Long")))), 400, "finalistId");
        assertRefused(panel.postJson(url + "/submit-form", variables(Map.of("abstain", false, "presentationScore", 90,
                "interviewScore", 90, "panelMemberId", TestFixtures.PANEL.get(1)))), 400, "panelMemberId");
        // slipped in through the Java API: the score is still the task's member's, for the task's finalist
        Map<String, Object> slipped = new LinkedHashMap<>(Map.of("abstain", false, "presentationScore", 90,
                "interviewScore", 90));
        slipped.put("finalistId", beta.getId());
        slipped.put("panelMemberId", TestFixtures.PANEL.get(1));
        forms.submitTaskForm(score.getId(), slipped);
        assertThat(panelScores.findByNominationId(alpha.getId())).extracting(s -> s.getPanelMember())
                .containsExactly(member);
        assertThat(panelScores.findByNominationId(beta.getId())).isEmpty();

        for (Task other : driver.openTasks(period, "Task_ScoreFinalist")) {
            driver.submit(other, other.getAssignee(), Map.of("abstain", false, "presentationScore", 70,
                    "interviewScore", 70));
        }
        driver.runDueJobs(period);
        lifecycle.propose(period, List.of(alpha.getCode()));
        Task decree = driver.task(period, "Task_ApproveDecree", id.sipetruk.organization.RoleGroups.BUPATI);
        Http bupati = rest(TestFixtures.BUPATI_USER);
        String decreeUrl = "/engine-rest/task/" + decree.getId();
        bupati.postJson(decreeUrl + "/claim", "{\"userId\":\"" + TestFixtures.BUPATI_USER + "\"}");
        assertRefused(bupati.postJson(decreeUrl + "/submit-form", variables(Map.of("decreeDecision", "APPROVE",
                "decreeId", Map.of("value", 1, "type", "Long")))), 400, "decreeId");
        assertThat(tasks.createTaskQuery().taskId(decree.getId()).count()).isEqualTo(1);
        assertThat(driver.subject(decree).getDecreeId()).isNotNull();
    }

    @Test
    void anImportedValueChangedWithoutAReason_isRefusedThroughRest_andNothingIsStored() throws Exception {
        fixtures.ensureRegency();
        Employee fajar = build.employee(opds.findByCode(ALPHA).orElseThrow(), "Fajar Impor");
        String file = "NIP,BULAN,TAHUN,NILAI KINERJA,PERSEN HADIR\n" + fajar.getNip() + ",6,2030,91,98\n";
        imports.commit(performance, file.getBytes(StandardCharsets.UTF_8), true, "bkpsdm.test");
        ProcessInstance period = lifecycle.openPeriod(Map.of("referenceMonth", "6", "referenceYear", 2030));
        Nomination nomination = lifecycle.nominate(period, ALPHA, fajar.getNip());
        Task fill = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));
        String url = "/engine-rest/task/" + fill.getId();
        Http admin = rest(admin(ALPHA));
        admin.postJson(url + "/claim", "{\"userId\":\"" + admin(ALPHA) + "\"}");

        assertRefused(admin.postJson(url + "/submit-form", variables(seedAssessment())), 400,
                "berbeda dari data impor: Nilai e-Kinerja 91");
        assertThat(assessments.findByNominationId(nomination.getId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(fill.getId()).count()).isEqualTo(1);
    }

    @Test
    void theNominateOptionsAreComputedWhenTheFormOpens_onlyForWhoMayReadTheTask_andNeverStored() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        Task nominate = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        String path = "/task/" + nominate.getId() + "/form-variables";

        HttpResponse<String> rest = rest(head(ALPHA)).get("/engine-rest" + path);
        HttpResponse<String> tasklist = tasklist(head(ALPHA)).get("/camunda/api/engine/engine/default" + path);
        for (HttpResponse<String> answer : List.of(rest, tasklist)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode variable = JSON.readTree(answer.body()).get("employeeOptions");
            assertThat(variable.get("type").asText()).isEqualTo("Json");
            List<String> offered = new ArrayList<>();
            JSON.readTree(variable.get("value").asText()).forEach(option -> offered.add(option.get("value").asText()));
            assertThat(offered).contains(ALPHA_NIP_1, ALPHA_NIP_2).doesNotContain(BETA_NIP_1);
        }
        HttpResponse<String> otherOpd = rest(head(BETA)).get("/engine-rest" + path);
        assertThat(otherOpd.statusCode()).as(otherOpd.body()).isBetween(400, 499);
        assertThat(otherOpd.body()).doesNotContain(ALPHA_NIP_1);

        assertThat(tasks.getVariables(nominate.getId())).doesNotContainKey("employeeOptions");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(nominate.getProcessInstanceId())
                .variableName("employeeOptions").count()).as("nothing copied into the history").isZero();
    }
}
