package id.sipetruk.security;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.BETA_NIP_1;
import static id.sipetruk.TestFixtures.BKPSDM_USER;
import static id.sipetruk.TestFixtures.GAMMA;
import static id.sipetruk.TestFixtures.GAMMA_NIP_1;
import static id.sipetruk.TestFixtures.PASSWORD;
import static id.sipetruk.TestFixtures.VERIFIER_USER;
import static id.sipetruk.process.AwardLifecycle.seedAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.TestFixtures;
import id.sipetruk.audit.AuditEntry;
import id.sipetruk.audit.PeriodAuditTrail;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.DeadlineChange;
import id.sipetruk.period.PeriodStage;
import id.sipetruk.period.PeriodTimelineService;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, a timeline per period, through the real HTTP stack: BKPSDM changes the verification deadline on the period
 * page, with a reason; the open verification tasks get the new due date at once (tasks of other stages keep theirs),
 * a verification task created later gets it too, the reminder and late-report timers of the open tasks move with
 * it, and the change and its reason are in the period's audit trail.
 * A verifier (not BKPSDM's admin) is refused with 403; a missing reason, a bad date, the nomination stage and a
 * timeline out of order with 400 and the Indonesian message, nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineChangeTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired AwardPeriodRepository periods;
    @Autowired PeriodTimelineService timeline;
    @Autowired PeriodAuditTrail auditTrail;
    @Autowired Clock clock;

    @BeforeEach
    void regency() {
        fixtures.ensureRegency();
    }

    private Http loggedIn(String user) {
        Http http = new Http(port);
        assertThat(http.login(user, PASSWORD).statusCode()).as("login of " + user).isEqualTo(302);
        return http;
    }

    private HttpResponse<String> change(Http user, String code, String stage, String deadline, String reason) {
        String page = user.get("/periode/" + code).body();
        return user.postForm("/periode/" + code + "/jadwal", Map.of("tahap", stage, "bataswaktu", deadline,
                "alasan", reason, "_csrf", Http.csrfToken(page)), Map.of());
    }

    private Date due(AwardPeriod period, PeriodStage stage) {
        return Date.from(period.deadline(stage).atZone(clock.getZone()).toInstant());
    }

    private Date dueOf(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate();
    }

    @Test
    void dueDatesFollowAChangedDeadline() {
        LocalDateTime verificationDue = LocalDateTime.now(clock).plusDays(20).withHour(16).withMinute(0)
                .withSecond(0).withNano(0);
        ProcessInstance process = lifecycle.openPeriod(Map.of("verificationDueAt", verificationDue.format(INPUT)));
        String code = driver.period(process).getCode();
        Nomination alpha = lifecycle.nominate(process, ALPHA, ALPHA_NIP_1);
        lifecycle.fillAssessment(process, ALPHA, seedAssessment());
        lifecycle.approveByHead(process, ALPHA, 15);
        Nomination beta = lifecycle.nominate(process, BETA, BETA_NIP_1);
        lifecycle.fillAssessment(process, BETA, seedAssessment());
        lifecycle.approveByHead(process, BETA, 15);
        Nomination gamma = lifecycle.nominate(process, GAMMA, GAMMA_NIP_1);
        List<Task> verifications = List.of(lifecycle.verificationTask(process, alpha),
                lifecycle.verificationTask(process, beta));
        Task gammaFill = lifecycle.taskAbout(process, "Task_FillAssessment", gamma);
        AwardPeriod before = periods.findByCode(code).orElseThrow();
        assertThat(before.deadline(PeriodStage.VERIFICATION)).as("the start form's entry").isEqualTo(verificationDue);
        assertThat(verifications).allSatisfy(task -> assertThat(dueOf(task)).isEqualTo(due(before, PeriodStage.VERIFICATION)));
        Date assessmentDue = due(before, PeriodStage.ASSESSMENT);
        assertThat(dueOf(gammaFill)).isEqualTo(assessmentDue);

        // a verifier sees the period page, without the form, and may not change the timeline
        Http verifier = loggedIn(VERIFIER_USER);
        HttpResponse<String> page = verifier.get("/periode/" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Jadwal tahapan").doesNotContain("name=\"alasan\"");
        LocalDateTime moved = verificationDue.minusDays(3).withHour(15);
        assertThat(change(verifier, code, "VERIFICATION", moved.format(INPUT), "Rapat tim diundur").statusCode())
                .isEqualTo(403);

        Http bkpsdm = loggedIn(BKPSDM_USER);
        assertThat(bkpsdm.get("/periode/" + code).body()).contains("name=\"alasan\"");
        assertRefused(change(bkpsdm, code, "VERIFICATION", moved.format(INPUT), "  "),
                Messages.get("timeline.reasonRequired", "verifikasi BKPSDM"));
        assertRefused(change(bkpsdm, code, "VERIFICATION", "besok sore", "Rapat tim diundur"),
                Messages.get("timeline.badDate", "verifikasi BKPSDM"));
        assertRefused(change(bkpsdm, code, "NOMINATION", moved.format(INPUT), "Rapat tim diundur"),
                Messages.get("timeline.nominationFixed"));
        LocalDateTime beforeAssessment = before.deadline(PeriodStage.ASSESSMENT).minusDays(1);
        assertRefused(change(bkpsdm, code, "VERIFICATION", beforeAssessment.format(INPUT), "Rapat tim diundur"),
                Messages.get("timeline.order", "verifikasi BKPSDM", IndonesianDates.dateTime(beforeAssessment),
                        "penilaian dan persetujuan OPD", IndonesianDates.dateTime(before.deadline(PeriodStage.ASSESSMENT))));
        assertThat(periods.findByCode(code).orElseThrow().deadline(PeriodStage.VERIFICATION)).as("nothing changed")
                .isEqualTo(verificationDue);
        assertThat(timeline.changesOf(before.getId())).as("nothing recorded").isEmpty();
        assertThat(verifications).allSatisfy(task -> assertThat(dueOf(task)).isEqualTo(due(before, PeriodStage.VERIFICATION)));

        HttpResponse<String> done = change(bkpsdm, code, "VERIFICATION", moved.format(INPUT), "Rapat tim diundur");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        AwardPeriod after = periods.findByCode(code).orElseThrow();
        assertThat(after.deadline(PeriodStage.VERIFICATION)).isEqualTo(moved);
        Date newDue = due(after, PeriodStage.VERIFICATION);
        assertThat(verifications).as("the open verification tasks follow")
                .allSatisfy(task -> assertThat(dueOf(task)).isEqualTo(newDue));
        assertThat(dueOf(gammaFill)).as("another stage's task keeps its due date").isEqualTo(assessmentDue);
        assertThat(timersOf(process, "Timer_Reminder_VerifyNomination")).as("the reminders move with the deadline")
                .hasSize(2).containsOnly(after.reminderAt(PeriodStage.VERIFICATION));
        assertThat(timersOf(process, "Timer_Overdue_VerifyNomination")).as("so do the late reports")
                .hasSize(2).containsOnly(moved);
        assertThat(timersOf(process, "Timer_Overdue_FillAssessment")).as("another stage's timer stays")
                .containsExactly(before.deadline(PeriodStage.ASSESSMENT));
        List<DeadlineChange> changes = timeline.changesOf(after.getId());
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.getStage()).isEqualTo(PeriodStage.VERIFICATION);
            assertThat(c.getOldDueAt()).isEqualTo(verificationDue);
            assertThat(c.getNewDueAt()).isEqualTo(moved);
            assertThat(c.getReason()).isEqualTo("Rapat tim diundur");
            assertThat(c.getChangedBy()).isEqualTo(BKPSDM_USER);
            assertThat(c.getMovedTasks()).isEqualTo(2);
        });
        assertThat(auditTrail.of(code).orElseThrow()).extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("Batas waktu tahap diubah", BKPSDM_USER));
        assertThat(auditTrail.of(code).orElseThrow()).anySatisfy(e -> assertThat(e.details())
                .contains("verifikasi BKPSDM").contains("Rapat tim diundur"));
        assertThat(bkpsdm.get("/periode/" + code).body()).contains("Rapat tim diundur");

        // a verification task created after the change is due at the new deadline too
        lifecycle.fillAssessment(process, GAMMA, seedAssessment());
        lifecycle.approveByHead(process, GAMMA, 15);
        assertThat(dueOf(lifecycle.verificationTask(process, gamma))).isEqualTo(newDue);
    }

    /** When the period's timers of this id will fire, in the regency's time. */
    private List<LocalDateTime> timersOf(ProcessInstance process, String timerId) {
        return driver.instanceTree(process).stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
                .activityId(timerId).timers().list().stream())
                .map(job -> LocalDateTime.ofInstant(job.getDuedate().toInstant(), clock.getZone())).toList();
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(message));
    }
}
