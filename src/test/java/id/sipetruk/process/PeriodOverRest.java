package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One award period of the demo regency driven through the REST API as the roles do (HTTP Basic, each role's own
 * login, claim and submit-form like Tasklist): one OPD (Diskominfo) nominates one employee, the rest are closed out
 * early by BKPSDM, three panel members score, one awardee, the decree, the ceremony, the certificate. Every step
 * names the node it talks to, so a test can change nodes between steps. And the checks of the finished period,
 * read from the database.
 */
final class PeriodOverRest {

    static final Duration STEP = Duration.ofSeconds(120);
    static final String OPD = "diskominfo";
    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern NIP = Pattern.compile("\\d{18}");
    private static final Pattern CODE = Pattern.compile("PRD-\\d{4}-\\d{2}-[A-Z]+-\\d+");

    String instanceId;
    String periodCode;

    void start(AppNode node) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Makassar"));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", now.getYear());
        form.put("title", "Penghargaan ASN Berprestasi (uji crash)");
        form.put("additionalPeriod", true);
        form.put("referenceMonth", "10");
        form.put("referenceYear", now.getYear());
        form.put("nominationOpensAt", now.minusMinutes(2).format(FORM));
        form.put("nominationClosesAt", now.plusDays(1).format(FORM));
        form.put("nomineesPerOpd", 1);
        form.put("awardeeCount", 1);
        form.put("finalistCount", 1);
        form.put("kinerjaThreshold", 85);
        form.put("disiplinThreshold", 95);
        form.put("instrumentWeight", 60);
        form.put("panelWeight", 40);
        form.put("awardLookbackYears", 0);
        StringBuilder json = new StringBuilder("{");
        form.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":{\"value\":")
                .append(v instanceof String ? "\"" + v + "\"" : v).append('}'));
        json.append('}');
        HttpResponse<String> started = node.send("bkpsdm", "POST",
                "/engine-rest/process-definition/key/AwardPeriodProcess/submit-form", "{\"variables\":" + json + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        instanceId = field(started.body(), "id");
        periodCode = node.getJson("admin", "/engine-rest/process-instance/" + instanceId).path("businessKey").asText();
        assertThat(periodCode).startsWith("PRD-");
    }

    void nominate(AppNode node) {
        String head = "kepala." + OPD;
        JsonNode task = node.awaitTask(head, "Task_NominateCandidates", STEP);
        String options = node.getJson(head, "/engine-rest/task/" + task.path("id").asText()
                + "/form-variables?deserializeValues=false").toString();
        Matcher nip = NIP.matcher(options);
        assertThat(nip.find()).as("an employee offered: %s", options).isTrue();
        node.submit(task, head, "{\"nomineeNips\":{\"value\":\"" + nip.group() + "\"}}");
    }

    void fillAssessment(AppNode node) {
        String admin = "admin." + OPD;
        node.submit(node.awaitTask(admin, "Task_FillAssessment", STEP), admin, "{\"eKinerjaValue\":{\"value\":95},"
                + "\"attendancePercent\":{\"value\":99},\"innovationName\":{\"value\":\"Layanan Data Terpadu\"},"
                + "\"innovationDescription\":{\"value\":\"Satu data untuk semua OPD.\"},"
                + "\"innovationScore\":{\"value\":\"40\"},\"behaviourResult\":{\"value\":\"ABOVE_EXPECTATION\"}}");
    }

    static final String REVIEW = "{\"headDecision\":{\"value\":\"APPROVE\"},\"teamWorkScore\":{\"value\":\"20\"}}";

    void review(AppNode node) {
        String head = "kepala." + OPD;
        node.submit(node.awaitTask(head, "Task_ReviewAssessment", STEP), head, REVIEW);
    }

    /** The head's sign-off sent without waiting for the answer (the node is to die while it runs). */
    CompletableFuture<HttpResponse<String>> reviewInFlight(AppNode node) {
        String head = "kepala." + OPD;
        JsonNode task = node.awaitTask(head, "Task_ReviewAssessment", STEP);
        String id = task.path("id").asText();
        assertThat(node.send(head, "POST", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + head + "\"}")
                .statusCode()).isEqualTo(204);
        return node.sendAsync(head, "/engine-rest/task/" + id + "/submit-form", "{\"variables\":" + REVIEW + "}");
    }

    void verify(AppNode node) {
        node.submit(node.awaitTask("verifikator", "Task_VerifyNomination", STEP), "verifikator",
                "{\"verificationDecision\":{\"value\":\"ELIGIBLE\"}}");
    }

    void closeEarly(AppNode node) {
        node.submit(node.awaitTask("bkpsdm", "Task_CloseNominationWindowEarly", STEP), "bkpsdm",
                "{\"confirmEarlyClose\":{\"value\":true}}");
    }

    /** Another OPD's head nominates; the answer (expected: refused). */
    HttpResponse<String> lateNomination(AppNode node, String opd) {
        String head = "kepala." + opd;
        JsonNode task = node.awaitTask(head, "Task_NominateCandidates", STEP);
        String options = node.getJson(head, "/engine-rest/task/" + task.path("id").asText()
                + "/form-variables?deserializeValues=false").toString();
        Matcher nip = NIP.matcher(options);
        assertThat(nip.find()).as("an employee offered: %s", options).isTrue();
        return node.claimAndSubmit(task, head, "{\"nomineeNips\":{\"value\":\"" + nip.group() + "\"}}");
    }

    void score(AppNode node, String member) {
        node.submit(node.awaitTask(member, "Task_ScoreFinalist", STEP), member, "{\"abstain\":{\"value\":false},"
                + "\"presentationScore\":{\"value\":90},\"interviewScore\":{\"value\":88}}");
    }

    void propose(AppNode node) {
        proposal(node, false);
    }

    /** BKPSDM's proposal sent without waiting for the answer (the node is to die while it runs). */
    CompletableFuture<HttpResponse<String>> proposeInFlight(AppNode node) {
        return proposal(node, true);
    }

    private CompletableFuture<HttpResponse<String>> proposal(AppNode node, boolean inFlight) {
        JsonNode task = node.awaitTask("bkpsdm", "Task_ProposeAwardees", STEP);
        String id = task.path("id").asText();
        String form = node.getJson("bkpsdm", "/engine-rest/task/" + id + "/form-variables?deserializeValues=false").toString();
        Matcher code = CODE.matcher(form);
        assertThat(code.find()).as("a finalist offered: %s", form).isTrue();
        String variables = "{\"awardeeCodes\":{\"value\":\"" + code.group() + "\"}}";
        if (!inFlight) {
            node.submit(task, "bkpsdm", variables);
            return null;
        }
        if (!"bkpsdm".equals(task.path("assignee").asText(null))) {
            assertThat(node.send("bkpsdm", "POST", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"bkpsdm\"}")
                    .statusCode()).isEqualTo(204);
        }
        return node.sendAsync("bkpsdm", "/engine-rest/task/" + id + "/submit-form", "{\"variables\":" + variables + "}");
    }

    void approveDecree(AppNode node) {
        node.submit(node.awaitTask("bupati", "Task_ApproveDecree", STEP), "bupati",
                "{\"decreeDecision\":{\"value\":\"APPROVE\"}}");
    }

    void recordCeremony(AppNode node) {
        node.submit(node.awaitTask("bkpsdm", "Task_RecordCeremony", STEP), "bkpsdm",
                "{\"ceremonyDate\":{\"value\":\"" + LocalDateTime.now().plusDays(7).toLocalDate()
                        + "\"},\"ceremonyPlace\":{\"value\":\"Pendopo Kabupaten\"}}");
    }

    void awaitCompleted(AppNode node) {
        AppNode.await("period " + periodCode + " completed", STEP, () -> {
            JsonNode instance = node.getJson("admin", "/engine-rest/history/process-instance/" + instanceId);
            return "COMPLETED".equals(instance.path("state").asText()) ? Boolean.TRUE : null;
        });
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(1);
    }

    // ---- the checks on the finished period

    /**
     * Nothing lost, nothing twice, no incident: one nomination with its assessment and three panel scores, the other
     * eleven OPDs closed out as no nomination by one early-close signal, each
     * asynchronous step completed exactly once (history and job log: no failed job, no incident), every document
     * one version per subject and type except the decree (its draft and its numbered version), one numbered decree
     * with the register's first number, the period completed.
     */
    void assertCompletedExactlyOnce(String dbUrl) throws SQLException {
        try (Connection db = AppNode.connect(dbUrl); Statement sql = db.createStatement()) {
            assertThat(one(sql, "select status from award_period where code = '" + periodCode + "'")).isEqualTo("COMPLETED");
            assertThat(one(sql, "select count(*) from nomination n join award_period p on p.id = n.period_id where p.code = '"
                    + periodCode + "'")).isEqualTo("1");
            assertThat(one(sql, "select count(*) from assessment a join nomination n on n.id = a.nomination_id "
                    + "join award_period p on p.id = n.period_id where p.code = '" + periodCode + "'")).isEqualTo("1");
            assertThat(one(sql, "select count(*) from panel_score s join nomination n on n.id = s.nomination_id "
                    + "join award_period p on p.id = n.period_id where p.code = '" + periodCode + "'")).isEqualTo("3");
            assertThat(one(sql, "select string_agg(d.status || ':' || coalesce(decree_number, '-'), ',') from decree d "
                    + "join award_period p on p.id = d.period_id where p.code = '" + periodCode + "'"))
                    .as("one decree, numbered with the register's first number")
                    .matches("APPROVED:800\\.1\\.13/0*1/BKPSDM-SR/\\d{4}");
            assertThat(one(sql, "select count(*) from (select decree_number from decree where decree_number is not null "
                    + "group by decree_number having count(*) > 1) twice")).as("decree numbers unique").isEqualTo("0");
            Map<String, String> documents = rows(sql, "select doc_type || ' ' || subject_code, count(*) || ' of ' || max(version) "
                    + "from generated_document group by doc_type, subject_code order by 1");
            assertThat(documents).as("documents: versions per type and subject").hasSize(5).allSatisfy((doc, versions) ->
                    assertThat(versions).as(doc).isEqualTo(doc.startsWith("DECREE_DRAFT") ? "2 of 2" : "1 of 1"));
            assertThat(documents.keySet()).anyMatch(d -> d.startsWith("ASSESSMENT_RESULT"))
                    .anyMatch(d -> d.startsWith("CERTIFICATE")).anyMatch(d -> d.startsWith("DECREE_DRAFT"));
            assertThat(rows(sql, "select o.status, count(*) from opd_participation o join award_period p on p.id = o.period_id "
                    + "where p.code = '" + periodCode + "' group by o.status order by 1"))
                    .as("the nominating OPD, the others closed out as no nomination")
                    .containsExactly(Map.entry("NOMINATED", "1"), Map.entry("NO_NOMINATION", "11"));
            assertThat(one(sql, "select count(*) from act_hi_actinst where act_id_ = 'SignalThrow_WindowClosedEarly' "
                    + "and end_time_ is not null")).as("the early close's signal thrown once").isEqualTo("1");
            for (String activity : new String[] {"Task_GenerateAssessmentResult", "Task_ShortlistFinalists",
                    "Task_GenerateDecreeDraft", "Task_IssueDecree", "Task_GenerateCertificates"}) {
                assertThat(one(sql, "select count(*) from act_hi_actinst where act_id_ = '" + activity
                        + "' and end_time_ is not null")).as("%s completed once", activity).isEqualTo("1");
                assertThat(one(sql, "select count(*) from act_hi_job_log where act_id_ = '" + activity
                        + "' and job_state_ = 2")).as("%s: one successful job", activity).isEqualTo("1");
            }
            assertThat(one(sql, "select count(*) from act_hi_job_log where job_state_ = 1")).as("failed jobs").isEqualTo("0");
            assertThat(one(sql, "select count(*) from act_hi_incident")).as("incidents").isEqualTo("0");
            // the process's jobs; the engine's own history-cleanup job (docs/operations.md) stays, as it should
            assertThat(one(sql, "select count(*) from act_ru_job where process_instance_id_ is not null"))
                    .as("jobs left").isEqualTo("0");
            assertThat(one(sql, "select count(*) from act_ru_task")).as("tasks left").isEqualTo("0");
        }
    }

    /** How long each asynchronous step took (ms), from the engine's history. */
    static Map<String, String> jobDurations(String dbUrl) throws SQLException {
        try (Connection db = AppNode.connect(dbUrl); Statement sql = db.createStatement()) {
            return rows(sql, "select act_id_, max(duration_) || ' ms' from act_hi_actinst where act_id_ in "
                    + "('Task_GenerateAssessmentResult', 'Task_ShortlistFinalists', 'Task_AggregatePanelScores', "
                    + "'Task_GenerateDecreeDraft', 'Task_IssueDecree', 'Task_GenerateCertificates') group by act_id_ order by 1");
        }
    }

    static String one(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            assertThat(rs.next()).as(query).isTrue();
            return rs.getString(1);
        }
    }

    static Map<String, String> rows(Statement sql, String query) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }
}
