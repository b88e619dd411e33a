package id.sipetruk.notification;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * E-mail through a real SMTP server (GreenMail, in the test): a period's opening tells each OPD head of his own
 * nominate task, with its link, and nobody of another OPD's; never twice; a failing server leaves the process
 * moving and the send is retried. Sending after the commit is switched off: the test sends when it says so.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "sipetruk.notification.send-interval=PT1H", "sipetruk.notification.retry-delay=PT0S",
        "sipetruk.notification.send-after-commit=false",
        "sipetruk.public-url=https://sipetruk.example.go.id"})
class TaskNotificationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

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

    @BeforeEach
    void headsHaveAddresses() {
        fixtures.ensureRegency();
        for (String opd : List.of(ALPHA, BETA, TestFixtures.GAMMA)) {
            User head = identity.createUserQuery().userId(AwardLifecycle.head(opd)).singleResult();
            head.setEmail("kepala." + opd + "@example.go.id");
            identity.saveUser(head);
        }
        sender.sendDue();
        SMTP.reset();
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

        mailServer.setPort(ServerSetupTest.SMTP.getPort());
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
