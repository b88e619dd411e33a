package id.sipetruk.notification;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.PeriodStage;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * E-mail through a real SMTP server (GreenMail, in the test) and WhatsApp through a real HTTP gateway (the JDK's
 * HTTP server, in the test): a period's opening tells each OPD head of his own nominate task, with its link, and
 * nobody of another OPD's; never twice; a failing server or gateway leaves the process moving and the send is
 * retried; the deadline timers remind the holders and tell BKPSDM of a late task; BKPSDM's "kirim pengingat" is
 * not repeated within the pause. Sending after the commit is switched off: the test sends when it says so.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost",
        "sipetruk.notification.send-interval=PT1H", "sipetruk.notification.retry-delay=PT0S",
        "sipetruk.notification.send-after-commit=false",
        "sipetruk.notification.whatsapp.headers.Authorization=token-uji",
        "sipetruk.public-url=https://sipetruk.example.go.id"})
class TaskNotificationTest {

    /** On a free port, so that another build on the machine cannot take it. */
    static final ServerSetup SMTP_SETUP = new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    /** The WhatsApp gateway: keeps every request, answers {@link #gatewayStatus}. */
    static final List<String> GATEWAY_REQUESTS = new CopyOnWriteArrayList<>();
    static volatile int gatewayStatus = 200;
    static final HttpServer GATEWAY = gateway();

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP_SETUP::getPort);
        registry.add("sipetruk.notification.whatsapp.url",
                () -> "http://localhost:" + GATEWAY.getAddress().getPort() + "/send");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/send", exchange -> {
                GATEWAY_REQUESTS.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(gatewayStatus, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired TestFixtures fixtures;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired IdentityService identity;
    @Autowired NotificationSender sender;
    @Autowired NotificationRepository notifications;
    @Autowired WebApplicationContext context;
    @Autowired JavaMailSenderImpl mailServer;
    @Autowired NotificationPreferences preferences;
    @Autowired Clock clock;
    @Autowired Reminders reminders;
    @Autowired ObjectMapper json;

    @BeforeEach
    void headsHaveAddresses() {
        fixtures.ensureRegency();
        for (String opd : List.of(ALPHA, BETA, TestFixtures.GAMMA)) {
            User head = identity.createUserQuery().userId(AwardLifecycle.head(opd)).singleResult();
            head.setEmail("kepala." + opd + "@example.go.id");
            identity.saveUser(head);
        }
        User bkpsdm = identity.createUserQuery().userId(TestFixtures.BKPSDM_USER).singleResult();
        bkpsdm.setEmail("bkpsdm@example.go.id");
        identity.saveUser(bkpsdm);
        sender.sendDue();
        SMTP.reset();
        GATEWAY_REQUESTS.clear();
        gatewayStatus = 200;
    }

    @Test
    void theDeadlineTimers_remindTheHoldersByEMailAndWhatsApp_andTellBkpsdmOfTheLateTask() throws Exception {
        preferences.setWhatsapp(AwardLifecycle.head(ALPHA), "0812-3456-7890");
        User admin = identity.createUserQuery().userId(AwardLifecycle.admin(ALPHA)).singleResult();
        admin.setEmail("admin." + ALPHA + "@example.go.id");
        identity.saveUser(admin);
        try {
            ProcessInstance period = lifecycle.openPeriod(Map.of("nominationClosesAt",
                    LocalDateTime.now(clock).plusDays(5).withSecond(0).withNano(0).toString()));
            AwardPeriod record = driver.period(period);
            Task alphaTask = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
            sender.sendDue();
            assertThat(GATEWAY_REQUESTS).as("the arrival, by WhatsApp too").singleElement().asString()
                    .contains("token-uji", "\"target\":\"6281234567890\"", "Tugas baru");
            SMTP.reset();
            GATEWAY_REQUESTS.clear();

            driver.moveClockTo(record.reminderAt(PeriodStage.NOMINATION).plusMinutes(1));
            driver.runDueJobs(period);
            sender.sendDue();
            String due = IndonesianDates.dateTime(record.getNominationClosesAt());
            assertThat(to("kepala." + ALPHA + "@example.go.id")).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("[SI PETRUK] Pengingat: Kepala OPD: usulkan calon, batas waktu "
                        + due);
                assertThat(body(m)).contains("belum selesai", "https://sipetruk.example.go.id/camunda/app/tasklist/"
                        + "default/#/?task=" + alphaTask.getId());
            });
            assertThat(to("kepala." + BETA + "@example.go.id")).as("each head of his own task").singleElement()
                    .satisfies(m -> assertThat(body(m)).doesNotContain(alphaTask.getId()));
            assertThat(GATEWAY_REQUESTS).singleElement().satisfies(request -> {
                JsonNode sent = json.readTree(request.substring(request.indexOf(' ') + 1));
                assertThat(sent.get("target").asText()).isEqualTo("6281234567890");
                assertThat(sent.get("message").asText()).startsWith("*[SI PETRUK] Pengingat: Kepala OPD: usulkan calon")
                        .contains(alphaTask.getId());
            });

            // the instrument is late: its holder is reminded, BKPSDM is told, with the period's progress page
            Nomination nomination = lifecycle.nominate(period, ALPHA, TestFixtures.ALPHA_NIP_1);
            Task fill = lifecycle.taskAbout(period, "Task_FillAssessment", nomination);
            sender.sendDue();
            SMTP.reset();
            GATEWAY_REQUESTS.clear();
            driver.passDeadline(period, PeriodStage.ASSESSMENT);
            sender.sendDue(record.deadline(PeriodStage.ASSESSMENT).plusMinutes(2));
            assertThat(to("admin." + ALPHA + "@example.go.id")).singleElement()
                    .satisfies(m -> assertThat(m.getSubject())
                            .startsWith("[SI PETRUK] Pengingat: Admin OPD: isi instrumen"));
            assertThat(to("bkpsdm@example.go.id")).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("[SI PETRUK] Terlambat: Admin OPD: isi instrumen penilaian ("
                        + nomination.getCode() + " · " + nomination.getEmployee().getName() + ")");
                assertThat(body(m)).contains("melewati batas waktunya", "Admin OPD",
                        "https://sipetruk.example.go.id/periode/" + record.getCode() + "/kemajuan");
            });
            assertThat(notifications.findByTaskIdOrderById(fill.getId())).as("BKPSDM's members without e-mail skipped")
                    .filteredOn(n -> n.getStatus() != Notification.Status.SKIPPED).extracting(Notification::getKind,
                    Notification::getStatus).containsExactlyInAnyOrder(
                    tuple(Notification.Kind.TASK, Notification.Status.SENT),
                    tuple(Notification.Kind.REMINDER, Notification.Status.SENT),
                    tuple(Notification.Kind.OVERDUE, Notification.Status.SENT));
            assertThat(sender.sendDue(record.deadline(PeriodStage.ASSESSMENT).plusMinutes(3))).as("never twice")
                    .isZero();
        } finally {
            driver.resetClock();
            preferences.setWhatsapp(AwardLifecycle.head(ALPHA), "");
        }
    }

    @Test
    void bkpsdmRemindsNow_notAgainWithinTheHour_andAFailingGatewayIsRetried() throws Exception {
        preferences.setWhatsapp(AwardLifecycle.head(BETA), "+62 813-1111-2222");
        try {
            ProcessInstance period = lifecycle.openPeriod();
            Task beta = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA));
            sender.sendDue();
            SMTP.reset();
            GATEWAY_REQUESTS.clear();

            gatewayStatus = 500;
            assertThat(reminders.remindNow(beta.getId(), TestFixtures.BKPSDM_USER)).as("people reminded").isEqualTo(1);
            assertThatThrownBy(() -> reminders.remindNow(beta.getId(), TestFixtures.BKPSDM_USER))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("Pemegang tugas ini baru saja diingatkan")
                    .satisfies(e -> assertThat(((ValidationException) e).status()).isEqualTo(409));
            sender.sendDue();
            assertThat(to("kepala." + BETA + "@example.go.id")).singleElement()
                    .satisfies(m -> assertThat(m.getSubject()).startsWith("[SI PETRUK] Pengingat: Kepala OPD"));
            assertThat(notifications.findByTaskIdOrderById(beta.getId())).filteredOn(n -> n.getRound() == 1)
                    .extracting(Notification::getChannel, Notification::getStatus).containsExactlyInAnyOrder(
                            tuple(Notification.Channel.EMAIL, Notification.Status.SENT),
                            tuple(Notification.Channel.WHATSAPP, Notification.Status.PENDING));
            assertThat(notifications.findByTaskIdOrderById(beta.getId())).filteredOn(n -> n.getRound() == 1
                    && n.getChannel() == Notification.Channel.WHATSAPP).singleElement()
                    .satisfies(n -> assertThat(n.getLastError()).contains("500"));

            gatewayStatus = 200;
            sender.sendDue();
            assertThat(GATEWAY_REQUESTS).hasSize(2).last().asString().contains("6281311112222", "Pengingat");
            assertThat(to("kepala." + BETA + "@example.go.id")).as("the e-mail is not sent again").hasSize(1);

            lifecycle.nominate(period, BETA, TestFixtures.BETA_NIP_1);
            assertThatThrownBy(() -> reminders.remindNow(beta.getId(), TestFixtures.BKPSDM_USER))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("sudah selesai");
        } finally {
            preferences.setWhatsapp(AwardLifecycle.head(BETA), null);
        }
    }

    @Test
    void aWhatsAppNumberIsReadAsPeopleWriteIt_andAnythingElseIsRefused() throws Exception {
        String gamma = AwardLifecycle.head(TestFixtures.GAMMA);
        MockMvc head = WebAs.login(context, gamma, OpdGroups.headGroup(TestFixtures.GAMMA));
        try {
            var refused = head.perform(post("/akun/pemberitahuan").param("mode", "PER_TASK")
                    .param("whatsapp", "0511-4771234").with(csrf())).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                    .contains("bukan nomor ponsel Indonesia yang sah", "0511-4771234");
            assertThat(preferences.whatsappOf(gamma)).as("nothing stored").isEmpty();

            assertThat(head.perform(post("/akun/pemberitahuan").param("mode", "PER_TASK")
                    .param("whatsapp", "0812 3456 7890").with(csrf())).andReturn().getResponse().getStatus())
                    .isEqualTo(302);
            assertThat(preferences.whatsappOf(gamma)).contains("6281234567890");
            assertThat(head.perform(get("/akun")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Nomor WhatsApp", "+62 812-3456-7890");
        } finally {
            preferences.setWhatsapp(gamma, null);
        }

        assertThat(NotificationPreferences.normalized("0812-3456-7890")).isEqualTo("6281234567890");
        assertThat(NotificationPreferences.normalized("+62 812 3456 7890")).isEqualTo("6281234567890");
        for (String bad : List.of("12345", "0511-4771234", "kepala dinas", "+1 202 555 0143")) {
            assertThatThrownBy(() -> NotificationPreferences.normalized(bad)).as(bad)
                    .isInstanceOf(ValidationException.class).hasMessageContaining("bukan nomor ponsel Indonesia");
        }
    }

    @Test
    void eachHeadIsToldOfHisOwnNominateTask_once_withTheLinkToIt() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        Task alpha = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        Task beta = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA));
        sender.sendDue();

        List<MimeMessage> toAlpha = to("kepala." + ALPHA + "@example.go.id");
        assertThat(toAlpha).as("one e-mail for the head's one task").hasSize(1);
        MimeMessage mail = toAlpha.get(0);
        assertThat(mail.getSubject()).isEqualTo("[SI PETRUK] Tugas baru: Kepala OPD: usulkan calon");
        String body = body(mail);
        assertThat(body).contains("Dinas Uji Alpha", driver.period(period).getCode(),
                "https://sipetruk.example.go.id/camunda/app/tasklist/default/#/?task=" + alpha.getId())
                .doesNotContain(beta.getId());
        assertThat(to("kepala." + BETA + "@example.go.id")).hasSize(1).allSatisfy(m ->
                assertThat(body(m)).contains(beta.getId()).doesNotContain(alpha.getId()));

        assertThat(sender.sendDue()).as("never twice").isZero();
        assertThat(to("kepala." + ALPHA + "@example.go.id")).hasSize(1);
        assertThat(notifications.findByTaskIdOrderById(alpha.getId())).extracting(Notification::getStatus)
                .containsExactly(Notification.Status.SENT);
    }

    @Test
    void aFailingMailServer_leavesTheProcessMoving_andTheSendIsRetried() throws Exception {
        mailServer.setPort(1); // nothing listens there: every send fails at once
        ProcessInstance period = lifecycle.openPeriod();
        Task alpha = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        assertThat(sender.sendDue()).isZero();
        assertThat(notifications.findByTaskIdOrderById(alpha.getId())).singleElement().satisfies(n -> {
            assertThat(n.getStatus()).isEqualTo(Notification.Status.PENDING);
            assertThat(n.getAttempts()).isPositive();
            assertThat(n.getLastError()).isNotBlank();
        });
        lifecycle.nominate(period, ALPHA, TestFixtures.ALPHA_NIP_1);

        mailServer.setPort(SMTP_SETUP.getPort());
        sender.sendDue();
        assertThat(notifications.findByTaskIdOrderById(alpha.getId())).singleElement()
                .satisfies(n -> assertThat(n.getStatus()).as("the task was done before the server came back")
                        .isEqualTo(Notification.Status.SKIPPED));
        Task beta = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA));
        assertThat(to("kepala." + BETA + "@example.go.id")).singleElement()
                .satisfies(m -> assertThat(body(m)).contains(beta.getId()));

        String page = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN).perform(get("/notifikasi"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Notifikasi tugas", alpha.getId(), "Tidak dikirim", beta.getId(), "Terkirim");
        assertThat(WebAs.login(context, AwardLifecycle.head(ALPHA), OpdGroups.headGroup(ALPHA))
                .perform(get("/notifikasi")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aHeadWhoChoseTheDailyDigest_getsOneEMailListingHisTasks_atItsTime() throws Exception {
        MockMvc betaHead = WebAs.login(context, AwardLifecycle.head(BETA), OpdGroups.headGroup(BETA));
        assertThat(betaHead.perform(post("/akun/pemberitahuan").param("mode", "DAILY_DIGEST").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/akun?pemberitahuan");
        assertThat(betaHead.perform(post("/akun/pemberitahuan").param("mode", "SETIAP_JAM").with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        try {
            ProcessInstance first = lifecycle.openPeriod();
            ProcessInstance second = lifecycle.openPeriod();
            sender.sendDue();
            assertThat(to("kepala." + ALPHA + "@example.go.id")).as("one e-mail per task").hasSize(2);
            assertThat(to("kepala." + BETA + "@example.go.id")).as("held for the digest").isEmpty();

            sender.sendDue(LocalDateTime.now(clock).plusDays(1));
            List<MimeMessage> digest = to("kepala." + BETA + "@example.go.id");
            assertThat(digest).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("[SI PETRUK] Ringkasan tugas Anda: 2 tugas menunggu");
                assertThat(body(m)).contains(
                        driver.task(first, "Task_NominateCandidates", OpdGroups.headGroup(BETA)).getId(),
                        driver.task(second, "Task_NominateCandidates", OpdGroups.headGroup(BETA)).getId());
            });
            assertThat(sender.sendDue(LocalDateTime.now(clock).plusDays(2))).as("never twice").isZero();
        } finally {
            preferences.choose(AwardLifecycle.head(BETA), NotificationMode.PER_TASK);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
