package id.sipetruk.security;

import static id.sipetruk.TestFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.TestFixtures;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed logins through the REST API and the login page: eleven wrong passwords lock the account for this address,
 * not for good; the right password works again once the (here three seconds short) lock lifted, or at once after an
 * administrator lifted it. Runs in a context of its own, so that its failures lock nobody in other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.webapp.enabled=true", "sipetruk.login.lock=PT3S"})
class LoginLockTest {

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;

    @BeforeEach
    void regency() {
        fixtures.ensureRegency();
    }

    @Test
    void elevenWrongPasswords_thenTheRightOne_afterTheLockLifted() throws Exception {
        String user = TestFixtures.PANEL.get(1);
        int refusedUnchecked = 0;
        for (int i = 0; i < 11; i++) {
            int status = new Http(port).basic(user, "Salah#Sandi2026").get("/engine-rest/task?maxResults=1").statusCode();
            assertThat(status).isIn(401, 429);
            refusedUnchecked += status == 429 ? 1 : 0;
        }
        assertThat(refusedUnchecked).as("attempts refused without checking the password").isEqualTo(6);
        HttpResponse<String> locked = new Http(port).basic(user, PASSWORD).get("/engine-rest/task?maxResults=1");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Terlalu banyak percobaan masuk");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();

        Thread.sleep(3_200);
        assertThat(new Http(port).basic(user, PASSWORD).get("/engine-rest/task?maxResults=1").statusCode())
                .as("the lock lifted by itself, and Camunda did not lock the account for good").isEqualTo(200);
    }

    @Test
    void theLoginPageLocksToo_andAnAdministratorUnlocksAtOnce() {
        String user = TestFixtures.PANEL.get(2);
        for (int i = 0; i < 5; i++) {
            assertThat(new Http(port).login(user, "Salah#Sandi2026").headers().firstValue("Location").orElse(""))
                    .endsWith("/masuk?gagal");
        }
        assertThat(new Http(port).login(user, PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/masuk?terkunci");
        assertThat(new Http(port).get("/masuk?terkunci").body()).contains("Terlalu banyak percobaan masuk");

        Http bkpsdm = new Http(port);
        bkpsdm.login(TestFixtures.BKPSDM_USER, PASSWORD);
        assertThat(bkpsdm.get(WebSecurityConfiguration.LOGIN_LOCKS_PAGE).statusCode()).as("administrators only").isEqualTo(403);

        Http admin = new Http(port);
        admin.login("tadmin", "Uji#Admin2026x");
        String page = admin.get(WebSecurityConfiguration.LOGIN_LOCKS_PAGE).body();
        assertThat(page).contains(user);
        assertThat(admin.postForm(WebSecurityConfiguration.LOGIN_LOCKS_PAGE + "/akun", Map.of("userId", user,
                "_csrf", Http.csrfToken(page)), Map.of()).statusCode()).isEqualTo(302);
        assertThat(new Http(port).login(user, PASSWORD).headers().firstValue("Location").orElse(""))
                .doesNotContain("gagal", "terkunci");
    }
}
