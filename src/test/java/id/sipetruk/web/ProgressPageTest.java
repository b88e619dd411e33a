package id.sipetruk.web;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.GAMMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.notification.Notification;
import id.sipetruk.notification.NotificationRepository;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * (The properties are TaskNotificationTest's, so that both share one application: a mail server is configured, which
 * a reminder needs; nothing is sent, the test's scheduler waits an hour.)
 *
 * BKPSDM's progress page of a period (/periode/{code}/kemajuan), through the real engine and database: every OPD's
 * stage, the open tasks with holder and due date, an overdue task marked and counted; only BKPSDM's admins and
 * administrators; a reminder only for an open task of this period.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "sipetruk.notification.send-interval=PT1H", "sipetruk.notification.retry-delay=PT0S",
        "sipetruk.notification.send-after-commit=false",
        "sipetruk.public-url=https://sipetruk.example.go.id"})
class ProgressPageTest {

    private static final String BKPSDM = TestFixtures.BKPSDM_USER;

    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired WebApplicationContext context;
    @Autowired NotificationRepository notifications;
    @Autowired IdentityService identity;
    @Autowired Clock clock;

    @Test
    void bkpsdmSeesEveryOpd_theOpenTasksWithHolderAndDueDate_andTheOverdueOneFirstAndMarked() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        String code = driver.period(period).getCode();
        Nomination nominee = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        lifecycle.fillAssessment(period, ALPHA, AwardLifecycle.seedAssessment());
        Task review = lifecycle.taskAbout(period, "Task_ReviewAssessment", nominee);
        Task beta = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA));
        Task gamma = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(GAMMA));
        tasks.setDueDate(beta.getId(), Date.from(Instant.now().minus(Duration.ofDays(2).plusHours(3))));
        tasks.claim(review.getId(), AwardLifecycle.head(ALPHA));
        String gammaDue = IndonesianDates.dateTime(LocalDateTime.ofInstant(gamma.getDueDate().toInstant(),
                clock.getZone()));

        String page = page(code, BKPSDM, RoleGroups.BKPSDM_ADMIN);

        assertThat(page).contains("Kemajuan periode", code, "Dinas Uji Alpha", "Badan Uji Beta", "Kantor Uji Gamma",
                "Mengusulkan 1 calon", "Belum mengusulkan", "Isian instrumen (Admin OPD)", "Persetujuan Kepala OPD",
                "Verifikasi BKPSDM", "Penetapan SK Bupati");
        assertThat(row(page, "tugas-" + review.getId())).contains("Kepala OPD: nilai Team Work dan setujui",
                nominee.getCode() + " · " + nominee.getEmployee().getName(), "(" + AwardLifecycle.head(ALPHA) + ")",
                "menit)")
                .doesNotContain("Terlambat");
        assertThat(row(page, "tugas-" + gamma.getId())).contains(code + " · Kantor Uji Gamma", "Grup "
                + identity.createGroupQuery().groupId(OpdGroups.headGroup(GAMMA)).singleResult().getName(), gammaDue, "Kirim pengingat").doesNotContain("Terlambat");
        assertThat(row(page, "tugas-" + beta.getId())).contains("Terlambat 2 hari", "late-mark", "negative");
        assertThat(between(page, "id=\"jumlah-terlambat\"", "</dd>")).contains(">1<");
        assertThat(page.indexOf("tugas-" + beta.getId())).as("the overdue task first")
                .isLessThan(page.indexOf("tugas-" + review.getId())).isLessThan(page.indexOf("tugas-" + gamma.getId()));
        // Alpha's nominee has passed the instrument and waits for the head's sign-off
        assertThat(row(page, "opd-" + ALPHA)).contains("1 / 1", "1 menunggu");
        assertThat(row(page, "opd-" + BETA)).contains("step late");

        String lateOnly = WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN)
                .perform(get("/periode/" + code + "/kemajuan?terlambat=1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(lateOnly).contains("tugas-" + beta.getId()).doesNotContain("tugas-" + gamma.getId());

        String admin = page(code, "tadmin", RoleGroups.CAMUNDA_ADMIN);
        assertThat(admin).contains("tugas-" + beta.getId());
        assertThat(WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN).perform(get("/periode/" + code))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/periode/" + code + "/kemajuan");
        assertThat(WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN).perform(get("/"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/periode/" + code + "/kemajuan");
    }

    /**
     * A failed step reaches BKPSDM without Cockpit: the progress page lists the period's open incidents (the step, the
     * engine's message, since when), a nomination's incident included (the engine propagates it to the period), and
     * the home page counts them with a link to the page.
     */
    @Test
    void theOpenIncidentsOfThePeriod_areShownOnItsProgressPage_andCountedOnBkpsdmsHomePage() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        String code = driver.period(period).getCode();
        Nomination nominee = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        Task fill = lifecycle.taskAbout(period, "Task_FillAssessment", nominee);
        assertThat(page(code, BKPSDM, RoleGroups.BKPSDM_ADMIN)).doesNotContain("id=\"insiden\"");
        org.camunda.bpm.engine.runtime.Incident failure = driver.runtime().createIncident("sipetruk-test",
                fill.getExecutionId(), null, "Logo tidak dapat dicetak: berkas logo rusak (uji)");
        try {
            String page = page(code, BKPSDM, RoleGroups.BKPSDM_ADMIN);
            assertThat(row(page, "insiden-" + failure.getId())).contains("Admin OPD: isi instrumen penilaian",
                    "Task_FillAssessment", "Logo tidak dapat dicetak: berkas logo rusak (uji)",
                    IndonesianDates.dateTime(LocalDateTime.ofInstant(failure.getIncidentTimestamp().toInstant(),
                            clock.getZone())));
            assertThat(between(page, "id=\"jumlah-insiden\"", "</dd>")).contains(">1<");

            String home = WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN).perform(get("/"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(home).contains("Insiden terbuka", "/periode/" + code + "/kemajuan#insiden",
                    "Periode " + code + ": 1 insiden");
            String opdHead = WebAs.login(context, AwardLifecycle.head(ALPHA), OpdGroups.headGroup(ALPHA))
                    .perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(opdHead).as("not for an OPD").doesNotContain("Insiden terbuka");
        } finally {
            driver.runtime().resolveIncident(failure.getId());
        }
    }

    @Test
    void othersThanBkpsdmAdminsAreRefused_andAnUnknownPeriodIsNotFound() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        String code = driver.period(period).getCode();
        Task task = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        for (String[] who : new String[][]{{AwardLifecycle.head(ALPHA), OpdGroups.headGroup(ALPHA)},
                {AwardLifecycle.admin(ALPHA), OpdGroups.adminGroup(ALPHA)}, {"tpanel1", RoleGroups.PANEL},
                {TestFixtures.VERIFIER_USER, RoleGroups.BKPSDM_VERIFIER}, {TestFixtures.BUPATI_USER, RoleGroups.BUPATI}}) {
            MockMvc web = WebAs.login(context, who[0], who[1]);
            web.perform(get("/periode/" + code + "/kemajuan")).andExpect(status().isForbidden());
            web.perform(post("/periode/" + code + "/kemajuan/pengingat").param("tugas", task.getId()))
                    .andExpect(status().isForbidden());
        }
        WebAs.anonymous(context).perform(get("/periode/" + code + "/kemajuan"))
                .andExpect(status().is3xxRedirection());
        String missing = WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN)
                .perform(get("/periode/PRD-1999-99/kemajuan")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("PRD-1999-99");
    }

    @Test
    void aReminderForATaskOfAnotherPeriodOrADoneTaskIsRefused() throws Exception {
        ProcessInstance first = lifecycle.openPeriod();
        ProcessInstance second = lifecycle.openPeriod();
        String code = driver.period(first).getCode();
        Task other = driver.task(second, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        Task done = driver.task(first, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        lifecycle.nominate(first, ALPHA, ALPHA_NIP_1);
        int before = notifications.findByTaskIdOrderById(other.getId()).size()
                + notifications.findByTaskIdOrderById(done.getId()).size();
        MockMvc web = WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN);
        String refusal = "Tugas ini bukan tugas terbuka periode " + code + "; pengingat tidak dikirim.";
        for (String taskId : new String[]{other.getId(), done.getId(), "tidak-ada", ""}) {
            web.perform(post("/periode/" + code + "/kemajuan/pengingat").param("tugas", taskId))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/periode/" + code + "/kemajuan#tugas"))
                    .andExpect(flash().attribute("reminderError", refusal));
        }
        assertThat(notifications.findByTaskIdOrderById(other.getId()).size()
                + notifications.findByTaskIdOrderById(done.getId()).size()).as("nothing queued").isEqualTo(before);
        web.perform(post("/periode/PRD-1999-99/kemajuan/pengingat").param("tugas", other.getId()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReminderQueuesANotificationForTheHolders_andNotTwiceWithinTheHour() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        String code = driver.period(period).getCode();
        User head = identity.createUserQuery().userId(AwardLifecycle.head(BETA)).singleResult();
        head.setEmail("kepala." + BETA + "@example.go.id");
        identity.saveUser(head);
        Task task = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA));
        MockMvc web = WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN);

        web.perform(post("/periode/" + code + "/kemajuan/pengingat").param("tugas", task.getId()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("reminderSent", "Pengingat dikirim ke 1 orang."));
        assertThat(notifications.findByTaskIdOrderById(task.getId()))
                .filteredOn(n -> n.getKind() == Notification.Kind.REMINDER)
                .extracting(Notification::getRecipient).containsExactly(AwardLifecycle.head(BETA));

        web.perform(post("/periode/" + code + "/kemajuan/pengingat").param("tugas", task.getId()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("reminderError",
                        org.hamcrest.Matchers.startsWith("Pemegang tugas ini baru saja diingatkan.")));
        assertThat(notifications.findByTaskIdOrderById(task.getId()))
                .filteredOn(n -> n.getKind() == Notification.Kind.REMINDER).hasSize(1);

        String page = WebAs.login(context, BKPSDM, RoleGroups.BKPSDM_ADMIN)
                .perform(get("/periode/" + code + "/kemajuan").flashAttr("reminderSent", "Pengingat dikirim ke 1 orang."))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Pengingat dikirim ke 1 orang.");
    }

    private String page(String code, String user, String group) throws Exception {
        return WebAs.login(context, user, group).perform(get("/periode/" + code + "/kemajuan"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table row with this id. */
    static String row(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("row " + id).isGreaterThanOrEqualTo(0);
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }

    static String between(String page, String from, String to) {
        int at = page.indexOf(from);
        assertThat(at).as(from).isGreaterThanOrEqualTo(0);
        return page.substring(at, page.indexOf(to, at));
    }
}
