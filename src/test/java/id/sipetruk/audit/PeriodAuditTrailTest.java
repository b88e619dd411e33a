package id.sipetruk.audit;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.BETA_NIP_1;
import static id.sipetruk.TestFixtures.GAMMA;
import static id.sipetruk.TestFixtures.PANEL;
import static id.sipetruk.process.AwardLifecycle.BKPSDM;
import static id.sipetruk.process.AwardLifecycle.BUPATI;
import static id.sipetruk.process.AwardLifecycle.VERIFIER;
import static id.sipetruk.process.AwardLifecycle.admin;
import static id.sipetruk.process.AwardLifecycle.head;
import static id.sipetruk.process.AwardLifecycle.seedAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.ProcessDriver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * One whole period through the real engine and database, every task completed by an authenticated user the way
 * Tasklist does it, with a send-back by the OPD head, an abstention, an OPD that nominates nobody and a decree
 * sent back once — then the audit trail exported as CSV.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodAuditTrailTest {

    static final String HEAD_REASON = "Nilai e-Kinerja salah bulan; gunakan \"Oktober\".";
    static final String ABSTENTION_REASON = "Calon adalah saudara kandung saya.\nMohon dicatat.";
    static final String DECREE_REASON = "=HYPERLINK(\"http://contoh.invalid\") kuota cukup satu penerima";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired WebApplicationContext context;
    @Autowired ProcessDriver driver;
    @Autowired TestFixtures fixtures;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired NominationRepository nominations;
    @Autowired PeriodAuditTrail auditTrail;
    @Value("${sipetruk.zone}") String zone;

    MockMvc mvc;
    String periodCode;
    Nomination alpha;
    Nomination beta;
    LocalDateTime startedAt;

    @BeforeAll
    void runOnePeriod() {
        mvc = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        fixtures.ensureRegency();
        startedAt = LocalDateTime.now(ZoneId.of(zone)).withNano(0);
        ProcessInstance period = as(BKPSDM, RoleGroups.BKPSDM_ADMIN, () -> driver.startPeriod(driver.periodForm()));
        driver.runDueJobs(period);
        periodCode = driver.period(period).getCode();

        alpha = nominate(period, ALPHA, ALPHA_NIP_1);
        fill(period, ALPHA);
        review(period, ALPHA, Map.of("headDecision", "SEND_BACK", "sendBackReason", HEAD_REASON));
        fill(period, ALPHA);
        review(period, ALPHA, Map.of("headDecision", "APPROVE", "teamWorkScore", "20"));
        verifyEligible(period, alpha);
        beta = nominate(period, BETA, BETA_NIP_1);
        fill(period, BETA);
        review(period, BETA, Map.of("headDecision", "APPROVE", "teamWorkScore", "15"));
        verifyEligible(period, beta);
        driver.closeWindowOnSchedule(period); // GAMMA never nominated

        score(period, alpha, PANEL.get(0), Map.of("abstain", true, "abstentionReason", ABSTENTION_REASON));
        for (String member : PANEL) {
            if (!member.equals(PANEL.get(0))) {
                score(period, alpha, member, Map.of("abstain", false, "presentationScore", 80, "interviewScore", 90));
            }
            score(period, beta, member, Map.of("abstain", false, "presentationScore", 70, "interviewScore", 70));
        }
        propose(period, List.of(alpha.getCode(), beta.getCode()));
        decideDecree(period, "SEND_BACK", DECREE_REASON);
        propose(period, List.of(alpha.getCode()));
        decideDecree(period, "APPROVE", null);
        recordCeremonyClaimedByAnother(period);
    }

    /** Claimed by one BKPSDM admin, completed by another: the engine's record names who really completed it. */
    private void recordCeremonyClaimedByAnother(ProcessInstance period) {
        String taskId = driver.task(period, "Task_RecordCeremony", RoleGroups.BKPSDM_ADMIN).getId();
        as(BKPSDM, RoleGroups.BKPSDM_ADMIN, () -> {
            tasks.claim(taskId, BKPSDM);
            return null;
        });
        Task claimed = tasks.createTaskQuery().taskId(taskId).singleResult();
        submit(period, claimed, TestFixtures.REST_USER, RoleGroups.BKPSDM_ADMIN,
                Map.of("ceremonyDate", "2026-12-10", "ceremonyPlace", "Pendopo Kabupaten"));
    }

    @Test
    void theExportIsACsvForExcel_withTheIndonesianHeader() throws Exception {
        var response = mvc.perform(get("/periode/{code}/jejak-audit.csv", periodCode))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"jejak-audit-" + periodCode + ".csv\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse();
        byte[] body = response.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(new String(body, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("Waktu", "Pengguna", "Tindakan", "Perihal", "Alasan/keterangan");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(5));
    }

    @Test
    void everyDecisionWithItsActorAndReason_inTimeOrder() throws Exception {
        List<List<String>> rows = exported();

        int headSendBack = row(rows, head(ALPHA), "Dikembalikan ke Admin OPD", alpha.getCode(), HEAD_REASON);
        int headApproval = row(rows, head(ALPHA), "Disetujui Kepala OPD", alpha.getCode(), "");
        int eligible = row(rows, VERIFIER, "Memenuhi syarat", alpha.getCode(), "");
        int abstention = row(rows, PANEL.get(0), "Abstain (konflik kepentingan)", alpha.getCode(), ABSTENTION_REASON);
        int decreeSentBack = row(rows, BUPATI, "SK dikembalikan", periodCode, "'" + DECREE_REASON);
        int decreeApproved = indexOf(rows, BUPATI, "SK ditetapkan", periodCode);
        assertThat(List.of(headSendBack, headApproval, eligible, abstention, decreeSentBack, decreeApproved))
                .isSorted().doesNotHaveDuplicates();

        row(rows, AuditEntry.SYSTEM, "Tidak mengusulkan calon", periodCode,
                "Kantor Uji Gamma tidak mengusulkan calon sampai nominasi ditutup");
        row(rows, PANEL.get(1), "Nilai panel", alpha.getCode(), "Presentasi 80, wawancara 90");
        row(rows, head(ALPHA), "Calon diusulkan", alpha.getCode(), "ANDHANI ARBISCHIRIA, S.Kom (NIP 19810407 200001 1 001), Dinas Uji Alpha");
        row(rows, BKPSDM, "SK diusulkan", periodCode, "Versi 1, penerima: " + alpha.getCode() + ", " + beta.getCode());
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(1, 4)).containsExactly(AuditEntry.SYSTEM, "Dokumen dibuat", alpha.getCode()));
        assertThat(rows.get(decreeApproved).get(4)).startsWith("Versi 2, nomor ");

        List<LocalDateTime> times = rows.stream().skip(1).map(r -> LocalDateTime.parse(r.get(0), CSV_TIME)).toList();
        assertThat(times).isSorted();
        assertThat(times.get(0)).as("regency time").isBetween(startedAt.minusSeconds(1), startedAt.plusMinutes(5));
        assertThat(Duration.between(times.get(0), times.get(times.size() - 1))).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void theEngineHistory_whoStartedClaimedAndCompletedEachTask() throws Exception {
        List<List<String>> rows = exported();

        row(rows, BKPSDM, "Periode dimulai", periodCode, "Penghargaan ASN Berprestasi Tahun 2026");
        assertThat(rows).filteredOn(r -> r.subList(1, 5).equals(List.of(head(ALPHA), "Tugas diselesaikan",
                alpha.getCode(), "Kepala OPD: nilai Team Work dan setujui"))).as("sent back, then approved").hasSize(2);
        assertThat(rows).filteredOn(r -> r.subList(1, 4).equals(List.of(head(ALPHA), "Tugas diklaim", alpha.getCode())))
                .as("claimed before each review").hasSize(2)
                .allSatisfy(r -> assertThat(r.get(4)).contains("penerima tugas: " + head(ALPHA)));
        row(rows, head(ALPHA), "Tugas diselesaikan", periodCode, "Kepala OPD: usulkan calon — Dinas Uji Alpha");
        row(rows, PANEL.get(0), "Tugas diselesaikan", alpha.getCode(), "Panel: nilai presentasi dan wawancara");
        assertThat(rows).filteredOn(r -> r.subList(1, 5).equals(List.of(BUPATI, "Tugas diselesaikan", periodCode,
                "Bupati: tetapkan SK"))).as("sent back, then approved").hasSize(2);
        row(rows, AuditEntry.SYSTEM, "Tugas dibatalkan", periodCode, "Kepala OPD: usulkan calon — Kantor Uji Gamma — dihentikan oleh proses");
        row(rows, TestFixtures.REST_USER, "Tugas diselesaikan", periodCode, "BKPSDM: catat upacara penyerahan"
                + " (penerima tugas: " + BKPSDM + "); upacara 10 Desember 2026 di Pendopo Kabupaten");
        row(rows, AuditEntry.SYSTEM, "Nominasi ditutup sesuai jadwal", periodCode, "");
        row(rows, AuditEntry.SYSTEM, "Periode selesai", periodCode, "");
    }

    @Test
    void theServiceGivesTheSameEntries_andNothingForAnUnknownPeriod() throws Exception {
        assertThat(auditTrail.of(periodCode)).get().satisfies(entries ->
                assertThat(entries).hasSize(exported().size() - 1).isSortedAccordingTo(AuditEntry.CHRONOLOGICAL));
        assertThat(auditTrail.of("PRD-1999-99")).isEmpty();
        mvc.perform(get("/periode/{code}/jejak-audit.csv", "PRD-1999-99")).andExpect(status().isNotFound());
    }

    @Test
    void onlyBkpsdmExportsTheTrail_notAnOpdTheBupatiOrAPanelMember() throws Exception {
        for (String group : java.util.List.of(id.sipetruk.organization.OpdGroups.headGroup(TestFixtures.ALPHA),
                RoleGroups.BUPATI, RoleGroups.PANEL)) {
            WebAs.login(context, "lain", group).perform(get("/periode/{code}/jejak-audit.csv", periodCode))
                    .andExpect(status().isForbidden());
        }
        WebAs.anonymous(context).perform(get("/periode/{code}/jejak-audit.csv", periodCode))
                .andExpect(status().is3xxRedirection());
    }

    // --- the steps, each as its authenticated user

    private <T> T as(String user, String group, Supplier<T> action) {
        identity.setAuthentication(user, List.of(group));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** As Tasklist: the user, in the task's candidate group (or its assignee), claims and submits the form. */
    private void submit(ProcessInstance period, Task task, String user, String group, Map<String, Object> fields) {
        as(user, group, () -> {
            driver.submit(task, user, fields);
            return null;
        });
        driver.runDueJobs(period);
    }

    private void complete(ProcessInstance period, String taskKey, String group, String user, Map<String, Object> fields) {
        submit(period, driver.task(period, taskKey, group), user, group, fields);
    }

    private Nomination nominate(ProcessInstance period, String opd, String nip) {
        complete(period, "Task_NominateCandidates", OpdGroups.headGroup(opd), head(opd), Map.of("nomineeNips", List.of(nip)));
        return nominations.findByPeriodIdOrderById(periodId(period)).stream()
                .filter(n -> n.getEmployee().getNip().equals(nip)).findFirst().orElseThrow();
    }

    private Long periodId(ProcessInstance period) {
        return driver.period(period).getId();
    }

    private void fill(ProcessInstance period, String opd) {
        complete(period, "Task_FillAssessment", OpdGroups.adminGroup(opd), admin(opd), seedAssessment());
    }

    private void review(ProcessInstance period, String opd, Map<String, Object> form) {
        complete(period, "Task_ReviewAssessment", OpdGroups.headGroup(opd), head(opd), form);
    }

    private void verifyEligible(ProcessInstance period, Nomination nomination) {
        Task task = driver.openTasks(period, "Task_VerifyNomination").stream()
                .filter(t -> nomination.getId().equals(driver.subject(t).getNominationId()))
                .findFirst().orElseThrow();
        Map<String, Object> form = new HashMap<>();
        form.put("verificationDecision", "ELIGIBLE");
        form.put("verificationReason", null);
        submit(period, task, VERIFIER, RoleGroups.BKPSDM_VERIFIER, form);
    }

    private void score(ProcessInstance period, Nomination finalist, String member, Map<String, Object> form) {
        submit(period, driver.assignedTask(period, "Task_ScoreFinalist", member, finalist.getId()), member,
                RoleGroups.PANEL, form);
    }

    private void propose(ProcessInstance period, List<String> codes) {
        complete(period, "Task_ProposeAwardees", RoleGroups.BKPSDM_ADMIN, BKPSDM,
                Map.of("awardeeCodes", SpinValues.jsonValue(Spin.JSON(codes)).create()));
    }

    private void decideDecree(ProcessInstance period, String decision, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("decreeDecision", decision);
        form.put("decreeSendBackReason", reason);
        complete(period, "Task_ApproveDecree", RoleGroups.BUPATI, BUPATI, form);
    }

    // --- reading the export

    private List<List<String>> exported() throws Exception {
        String body = mvc.perform(get("/periode/{code}/jejak-audit.csv", periodCode)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return parse(body.substring(1));
    }

    /** The index of the one row with these columns (time aside). */
    private static int row(List<List<String>> rows, String actor, String action, String subject, String details) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).subList(1, 5).equals(List.of(actor, action, subject, details))) {
                found.add(i);
            }
        }
        assertThat(found).as("row %s | %s | %s | %s in%n%s", actor, action, subject, details, rows).hasSize(1);
        return found.get(0);
    }

    private static int indexOf(List<List<String>> rows, String actor, String action, String subject) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).subList(1, 4).equals(List.of(actor, action, subject))) {
                found.add(i);
            }
        }
        assertThat(found).as("row %s | %s | %s", actor, action, subject).hasSize(1);
        return found.get(0);
    }

    /** A strict reader of what AuditCsv writes: every field quoted, ';' between fields, CRLF between rows. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int i = 0;
        while (i < csv.length()) {
            assertThat(csv.charAt(i)).as("opening quote at %d", i).isEqualTo('"');
            StringBuilder field = new StringBuilder();
            i++;
            while (true) {
                char c = csv.charAt(i++);
                if (c == '"' && i < csv.length() && csv.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    break;
                } else {
                    field.append(c);
                }
            }
            row.add(field.toString());
            if (csv.startsWith(";", i)) {
                i++;
            } else {
                assertThat(csv.startsWith("\r\n", i)).as("line end at %d", i).isTrue();
                i += 2;
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return rows;
    }
}
