package id.sipetruk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.TestFixtures;
import id.sipetruk.account.AccountImport;
import id.sipetruk.account.IssuedPassword;
import id.sipetruk.account.PasswordHandOver;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import id.sipetruk.organization.EmployeeImport;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.ProcessDriver;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts as their people meet them, over HTTP against the running application with the webapps on: the first
 * login with a one-time password, which reaches nothing but /akun until the password is changed; the policy on
 * the new one; deactivation at the login and in an open session; a role change at the next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.enabled=true")
class AccountLoginTest {

    private static final String STRONG = "Sandi#Baru2026x";

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;
    @Autowired AccountImport accountImport;
    @Autowired ImportRunner runner;
    @Autowired IdentityService identity;
    @Autowired EmployeeImport employeeImport;
    @Autowired ProcessDriver driver;

    private String s;

    @BeforeEach
    void regency() {
        fixtures.ensureRegency();
        s = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    }

    @AfterEach
    void removeTheirUsers() {
        fixtures.removeUsersEndingWith("." + s);
    }

    /** A new login imported by BKPSDM; its one-time password. */
    private IssuedPassword imported(String login, String role, String opd) {
        PasswordHandOver handOver = new PasswordHandOver();
        runner.commit(accountImport.handingOverTo(handOver), ("LOGIN,NAMA,EMAIL,PERAN,OPD\n" + login + ",Orang Uji,"
                + login + "@example.org," + role + "," + opd + "\n").getBytes(StandardCharsets.UTF_8), true, "uji");
        assertThat(handOver.issued()).hasSize(1);
        return handOver.issued().get(0);
    }

    /** A login made in Camunda Admin: no one-time password. */
    private String ordinary(String login, String group) {
        User user = identity.newUser(login);
        user.setFirstName("Orang");
        user.setLastName("Uji");
        user.setPassword(TestFixtures.PASSWORD);
        identity.saveUser(user);
        identity.createMembership(login, group);
        return login;
    }

    @Test
    void theFirstLoginWithAOneTimePassword_reachesOnlyAkun_untilThePasswordIsChanged() {
        IssuedPassword issued = imported("kepala.baru." + s, "kepala opd", TestFixtures.ALPHA);
        String login = issued.login();
        Http browser = new Http(port);
        assertThat(browser.login(login, issued.password()).headers().firstValue("Location").orElse(""))
                .doesNotContain("gagal");
        for (String page : new String[] {"/camunda/app/tasklist/default/", "/periode/X", "/impor/akun", "/"}) {
            HttpResponse<String> answer = browser.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/akun");
        }
        HttpResponse<String> tasklistApi = browser.get("/camunda/api/engine/engine/default/task?maxResults=5");
        assertThat(tasklistApi.statusCode()).isEqualTo(403);
        assertThat(tasklistApi.body()).contains(json(Messages.get("account.password.changeFirst")));
        HttpResponse<String> rest = new Http(port).basic(login, issued.password()).get("/engine-rest/task?maxResults=5");
        assertThat(rest.statusCode()).isEqualTo(403);
        assertThat(rest.body()).contains("PasswordChangeRequired", json(Messages.get("account.password.changeFirst")));

        HttpResponse<String> page = browser.get("/akun");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("kata sandi sekali pakai", "Ganti kata sandi");

        HttpResponse<String> weak = change(browser, issued.password(), "lemah", "lemah");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("paling sedikit 10 karakter", "paling sedikit 1 huruf besar");
        HttpResponse<String> ownName = change(browser, issued.password(), "Kepala.baru." + s + "#1", "Kepala.baru." + s + "#1");
        assertThat(ownName.statusCode()).isEqualTo(400);
        assertThat(ownName.body()).contains(escaped(Messages.get("account.password.rule.PASSWORD_POLICY_USER_DATA")));
        assertThat(change(browser, issued.password(), STRONG, STRONG + "y").statusCode()).isEqualTo(400);
        HttpResponse<String> wrongCurrent = change(browser, "Salah#Sandi2026", STRONG, STRONG);
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains(escaped(Messages.get("account.password.wrongCurrent")));
        assertThat(identity.checkPassword(login, issued.password())).as("a refusal changes nothing").isTrue();
        assertThat(browser.get("/periode/X").statusCode()).isEqualTo(302);

        HttpResponse<String> changed = change(browser, issued.password(), STRONG, STRONG);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/akun?diganti");
        assertThat(browser.get("/akun?diganti").body()).contains(escaped(Messages.get("account.password.changed")));
        assertThat(identity.checkPassword(login, issued.password())).isFalse();
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(200);
        assertThat(new Http(port).basic(login, STRONG).get("/engine-rest/task?maxResults=5").statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyoneChangesHisOwnPassword_underThePolicy() {
        String login = ordinary("panel.sandi." + s, RoleGroups.PANEL);
        Http browser = new Http(port);
        browser.login(login, TestFixtures.PASSWORD);
        assertThat(browser.get("/periode/X").statusCode()).as("no one-time password: works at once").isEqualTo(403);
        HttpResponse<String> noDigit = change(browser, TestFixtures.PASSWORD, "Sandi#Tanpa#Angka", "Sandi#Tanpa#Angka");
        assertThat(noDigit.statusCode()).isEqualTo(400);
        assertThat(noDigit.body()).contains("paling sedikit 1 angka");
        assertThat(change(browser, TestFixtures.PASSWORD, TestFixtures.PASSWORD, TestFixtures.PASSWORD).body())
                .contains(escaped(Messages.get("account.password.same")));
        assertThat(change(browser, TestFixtures.PASSWORD, STRONG, STRONG).statusCode()).isEqualTo(302);
        assertThat(identity.checkPassword(login, STRONG)).isTrue();
    }

    @Test
    void aDeactivatedAccount_isRefusedAtLogin_andItsOpenSessionEndsAtTheNextRequest() {
        String login = ordinary("panel.keluar." + s, RoleGroups.PANEL);
        Http person = new Http(port);
        person.login(login, TestFixtures.PASSWORD);
        assertThat(person.get("/akun").statusCode()).isEqualTo(200);
        assertThat(person.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        Http panelMember = new Http(port);
        panelMember.login(TestFixtures.PANEL.get(0), TestFixtures.PASSWORD);
        assertThat(panelMember.get("/akun/daftar").statusCode()).as("not BKPSDM").isEqualTo(403);

        Http bkpsdm = new Http(port);
        bkpsdm.login(TestFixtures.BKPSDM_USER, TestFixtures.PASSWORD);
        String list = bkpsdm.get("/akun/daftar").body();
        assertThat(list).contains("Daftar akun", "Nonaktifkan");
        HttpResponse<String> self = bkpsdm.postForm("/akun/daftar/" + TestFixtures.BKPSDM_USER + "/nonaktifkan",
                Map.of("_csrf", Http.csrfToken(list)), Map.of());
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains(escaped(Messages.get("account.deactivateSelf")));
        assertThat(bkpsdm.postForm("/akun/daftar/tadmin/nonaktifkan", Map.of("_csrf", Http.csrfToken(list)), Map.of())
                .statusCode()).as("the setup's administrator").isEqualTo(403);
        assertThat(bkpsdm.postForm("/akun/daftar/" + login + "/nonaktifkan", Map.of(), Map.of()).statusCode())
                .as("no CSRF token").isEqualTo(403);
        HttpResponse<String> deactivated = bkpsdm.postForm("/akun/daftar/" + login + "/nonaktifkan",
                Map.of("_csrf", Http.csrfToken(list)), Map.of());
        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(deactivated.body()).contains(escaped(Messages.get("account.deactivatedNow", login)));

        HttpResponse<String> next = person.get("/akun");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/masuk?nonaktif");
        assertThat(person.get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode())
                .as("the session is gone").isEqualTo(401);
        assertThat(new Http(port).login(login, TestFixtures.PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/masuk?nonaktif");
        assertThat(new Http(port).get("/masuk?nonaktif").body()).contains("dinonaktifkan oleh BKPSDM");
        assertThat(new Http(port).postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", login, "password", TestFixtures.PASSWORD), Map.of()).statusCode()).isEqualTo(401);
        HttpResponse<String> rest = new Http(port).basic(login, TestFixtures.PASSWORD).get("/engine-rest/task");
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.body()).contains(json(Messages.get("account.deactivated")));
        assertThat(identity.createUserQuery().userId(login).count()).as("kept, not deleted").isEqualTo(1);

        String again = bkpsdm.get("/akun/daftar").body();
        assertThat(bkpsdm.postForm("/akun/daftar/" + login + "/aktifkan", Map.of("_csrf", Http.csrfToken(again)),
                Map.of()).statusCode()).isEqualTo(200);
        Http back = new Http(port);
        assertThat(back.login(login, TestFixtures.PASSWORD).headers().firstValue("Location").orElse(""))
                .doesNotContain("nonaktif", "gagal");
        assertThat(back.get("/akun").statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleChange_takesEffectAtTheNextRequest_onOurPagesTasklistAndTheApis() {
        String login = ordinary("pindah.peran." + s, RoleGroups.PANEL);
        Http browser = new Http(port);
        browser.login(login, TestFixtures.PASSWORD);
        browser.get("/camunda/app/tasklist/default/");
        assertThat(browser.get("/impor/akun").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).doesNotContain("cockpit");
        Http api = new Http(port).basic(login, TestFixtures.PASSWORD);
        assertThat(api.postMultipart("/api/impor/akun?pratinjau=true", Map.of("berkas.csv", "LOGIN\n")).statusCode())
                .isEqualTo(403);

        identity.createMembership(login, RoleGroups.BKPSDM_ADMIN);
        identity.createMembership(login, RoleGroups.CAMUNDA_ADMIN);
        assertThat(browser.get("/impor/akun").statusCode()).as("our pages").isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).as("the webapps")
                .contains("cockpit", "admin");
        assertThat(api.postMultipart("/api/impor/akun?pratinjau=true", Map.of("berkas.csv", "LOGIN\n")).statusCode())
                .as("SI PETRUK's API").isNotEqualTo(403);

        identity.deleteMembership(login, RoleGroups.BKPSDM_ADMIN);
        identity.deleteMembership(login, RoleGroups.CAMUNDA_ADMIN);
        assertThat(browser.get("/impor/akun").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).doesNotContain("cockpit");
        assertThat(api.postMultipart("/api/impor/akun?pratinjau=true", Map.of("berkas.csv", "LOGIN\n")).statusCode())
                .isEqualTo(403);
    }

    private static HttpResponse<String> change(Http browser, String current, String newPassword, String repeated) {
        String page = browser.get("/akun").body();
        return browser.postForm("/akun", Map.of("_csrf", Http.csrfToken(page), "sandiSaatIni", current,
                "sandiBaru", newPassword, "ulangiSandiBaru", repeated), Map.of());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String json(String text) {
        return text.replace("\"", "\\\"");
    }

    @Test
    void aNewOpdsHead_importedWithHisOpd_logsInAndFindsHisNominateTask_withoutARestart() throws Exception {
        String opdName = "Dinas Baru Uji " + s;
        String nip = fixtures.freeNip();
        String siasn = "NIP BARU,NAMA,UNOR ID,UNOR NAMA,SATUAN KERJA KERJA NAMA\n"
                + nip + ",Pegawai Dinas Baru,UB" + s + ",Bidang Baru," + opdName + "\n";
        assertThat(runner.commit(employeeImport, siasn.getBytes(StandardCharsets.UTF_8), true, "uji").catatan())
                .containsExactly(Messages.get("import.newOpd", opdName));
        String login = "kepala.dinasbaru." + s;
        IssuedPassword issued = imported(login, "kepala opd", opdName);
        Http browser = new Http(port);
        browser.login(login, issued.password());
        assertThat(change(browser, issued.password(), STRONG, STRONG).statusCode()).isEqualTo(302);

        ProcessInstance period = driver.startPeriodAs(TestFixtures.BKPSDM_USER, driver.periodForm());
        driver.runDueJobs(period);
        Http head = new Http(port).basic(login, STRONG);
        HttpResponse<String> tasks = head.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey="
                + driver.period(period).getCode());
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        assertThat(tasks.body()).contains("Kepala OPD: usulkan calon");
        String taskId = new ObjectMapper().readTree(tasks.body()).get(0).get("id").asText();
        assertThat(head.get("/engine-rest/task/" + taskId + "/form-variables").body()).contains(nip);
    }
}
