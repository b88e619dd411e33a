package id.sipetruk.security;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.BETA;
import static id.sipetruk.TestFixtures.PASSWORD;
import static id.sipetruk.process.AwardLifecycle.seedAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.TestFixtures;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import id.sipetruk.setup.AdminAccountSetup;
import id.sipetruk.setup.AuthorizationSetup;
import id.sipetruk.setup.StartupSetup;
import id.sipetruk.setup.TasklistFilterSetup;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The rules of docs/security.md, tried from outside as an attacker would: over HTTP against the running
 * application (REST API with HTTP Basic, the login page, the Camunda webapps' API), with the webapps on.
 * Each test fails if its rule breaks; runs on H2 and, with -Ppostgres-tests, on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.enabled=true")
@Import(ExpressionProbe.class)
class SecurityTest {

    static final String ALPHA_HEAD = AwardLifecycle.head(ALPHA);
    static final String BETA_HEAD = AwardLifecycle.head(BETA);

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired FilterService filters;
    @Autowired NominationRepository nominations;
    @Autowired ExpressionProbe probe;
    @Autowired AuthorizationSetup authorizationSetup;
    @Autowired AdminAccountSetup adminAccountSetup;
    @Autowired StartupSetup startupSetup;

    @BeforeEach
    void regency() {
        fixtures.ensureRegency();
    }

    Http rest(String user) {
        return new Http(port).basic(user, PASSWORD);
    }

    @Test
    void theRestApi_answersOnlyToAKnownUserWithTheRightPassword() {
        assertThat(new Http(port).get("/engine-rest/task?maxResults=10").statusCode()).isEqualTo(401);
        assertThat(new Http(port).get("/engine-rest/engine/default/task?maxResults=10").statusCode()).isEqualTo(401);
        // a wrong password on a user of its own: Camunda throttles that user's logins after a failure
        assertThat(new Http(port).basic(TestFixtures.PANEL.get(2), "Salah#Sandi2026").get("/engine-rest/task?maxResults=10")
                .statusCode()).isEqualTo(401);
        assertThat(new Http(port).basic("tidak.ada", PASSWORD).get("/engine-rest/task?maxResults=10").statusCode())
                .isEqualTo(401);
        assertThat(rest(TestFixtures.BKPSDM_USER).get("/engine-rest/task?maxResults=10").statusCode()).isEqualTo(200);
    }

    @Test
    void anOpdHead_cannotSeeClaimCompleteOrReadAnotherOpdsTask_orItsVariablesAndHistory() {
        ProcessInstance period = lifecycle.openPeriod();
        Task alphaTask = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        Task betaTask = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA));
        Http beta = rest(BETA_HEAD);

        String list = beta.get("/engine-rest/task?processInstanceId=" + period.getId() + "&maxResults=100").body();
        assertThat(list).contains(betaTask.getId()).doesNotContain(alphaTask.getId());
        String taskUrl = "/engine-rest/task/" + alphaTask.getId();
        assertThat(beta.get(taskUrl).statusCode()).isIn(403, 404);
        assertThat(beta.get(taskUrl + "/variables").statusCode()).isIn(403, 404);
        assertThat(beta.get(taskUrl + "/form-variables").statusCode()).isIn(403, 404);
        assertThat(beta.postJson(taskUrl + "/claim", "{\"userId\":\"" + BETA_HEAD + "\"}").statusCode()).isEqualTo(403);
        assertThat(beta.postJson(taskUrl + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(beta.postJson(taskUrl + "/submit-form", "{\"variables\":{\"nomineeNips\":{\"value\":\""
                + ALPHA_NIP_1 + "\"}}}").statusCode()).isEqualTo(403);
        assertThat(beta.get("/engine-rest/process-instance/" + period.getId() + "/variables").statusCode())
                .isIn(403, 404);
        assertThat(beta.get("/engine-rest/history/task?processInstanceId=" + period.getId() + "&maxResults=100")
                .body()).isEqualTo("[]");
        assertThat(beta.get("/engine-rest/history/variable-instance?processInstanceId=" + period.getId()
                + "&maxResults=100").body()).isEqualTo("[]");
        assertThat(beta.get("/engine-rest/process-instance?maxResults=100").body()).isEqualTo("[]");
        assertThat(tasks.createTaskQuery().taskId(alphaTask.getId()).singleResult().getAssignee()).isNull();
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA)).isEmpty();

        // the task's own OPD head can: and the nomination records him, the authenticated user
        Http alpha = rest(ALPHA_HEAD);
        assertThat(alpha.get(taskUrl).statusCode()).isEqualTo(200);
        assertThat(alpha.postJson(taskUrl + "/claim", "{\"userId\":\"" + ALPHA_HEAD + "\"}").statusCode()).isEqualTo(204);
        assertThat(alpha.postJson(taskUrl + "/submit-form", "{\"variables\":{\"nomineeNips\":{\"value\":\""
                + ALPHA_NIP_1 + "\"}}}").statusCode()).isEqualTo(204);
        List<Nomination> nominated = nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA);
        assertThat(nominated).extracting(Nomination::getNominatedBy).containsExactly(ALPHA_HEAD);
    }

    @Test
    void onlyBkpsdmAdmin_startsAPeriod_andOnlyAdministratorsDeploy() {
        String start = "/engine-rest/process-definition/key/AwardPeriodProcess/start";
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("AwardPeriodProcess").count();
        for (String user : List.of(ALPHA_HEAD, TestFixtures.VERIFIER_USER, TestFixtures.PANEL.get(0),
                TestFixtures.BUPATI_USER)) {
            assertThat(rest(user).postJson(start, "{}").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("AwardPeriodProcess").count())
                .isEqualTo(before);
        String bpmn = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"x\"><process id=\"Injected\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "</process></definitions>";
        HttpResponse<String> deploy = rest(TestFixtures.BKPSDM_USER).postMultipart("/engine-rest/deployment/create",
                Map.of("deployment-name", "injected", "injected.bpmn", bpmn));
        assertThat(deploy.statusCode()).as(deploy.body()).isEqualTo(403);
        assertThat(deploy.body()).doesNotContain("\"deployedProcessDefinitions\"");
    }

    @Test
    void aPanelMember_cannotTakeOrDecideTheDecree() {
        ProcessInstance period = lifecycle.openPeriod();
        Nomination finalist = lifecycle.eligibleNomination(period, ALPHA, ALPHA_NIP_1, seedAssessment(), 20);
        driver.closeWindowOnSchedule(period);
        // while the panel scores, a member sees the finalist's dossier, without the other members' scores
        Http member = new Http(port);
        member.login(TestFixtures.PANEL.get(0), PASSWORD);
        HttpResponse<String> dossier = member.get("/berkas/" + finalist.getCode());
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.body()).contains("hanya dapat dilihat oleh BKPSDM dan Bupati")
                .doesNotContain("Nilai tim penilai", "Peringkat akhir");
        // every panel member scores (on a shared PostgreSQL database the panel group may hold more than ours)
        for (Task score : driver.openTasks(period, "Task_ScoreFinalist")) {
            driver.submit(score, score.getAssignee(), Map.of("abstain", false, "presentationScore", 80,
                    "interviewScore", 80));
        }
        driver.runDueJobs(period);
        lifecycle.propose(period, List.of(finalist.getCode()));
        Task decree = driver.task(period, "Task_ApproveDecree", RoleGroups.BUPATI);
        assertThat(member.get("/berkas/" + finalist.getCode()).statusCode()).as("after the panel stage").isEqualTo(403);
        String url = "/engine-rest/task/" + decree.getId();

        Http panel = rest(TestFixtures.PANEL.get(0));
        assertThat(panel.postJson(url + "/claim", "{\"userId\":\"tpanel1\"}").statusCode()).isEqualTo(403);
        assertThat(panel.postJson(url + "/submit-form",
                "{\"variables\":{\"decreeDecision\":{\"value\":\"APPROVE\"}}}").statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(decree.getId()).count()).isEqualTo(1);
        assertThat(rest(TestFixtures.BUPATI_USER).postJson(url + "/claim", "{\"userId\":\"bupati.test\"}").statusCode())
                .isEqualTo(204);
    }

    @Test
    void aTaskQueryWithAnExpression_isRefusedWith400_andNothingIsEvaluated() {
        Http bkpsdm = rest(TestFixtures.BKPSDM_USER);
        List<HttpResponse<String>> attacks = List.of(
                bkpsdm.postJson("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"${expressionProbe.touch()}\"}]}"),
                bkpsdm.postJson("/engine-rest/task/count", "{\"orQueries\":[{\"candidateUserExpression\":\"#{expressionProbe.touch()}\"}]}"),
                bkpsdm.postJson("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{expressionProbe.touch()}\"}]}"),
                bkpsdm.postJson("/engine-rest/engine/default/task", "{\"assigneeExpression\":\"${expressionProbe.touch()}\"}"),
                bkpsdm.get("/engine-rest/task?maxResults=5&assigneeExpression=%24%7BexpressionProbe.touch()%7D"),
                bkpsdm.get("/engine-rest/history/task?maxResults=5&taskAssigneeExpression=%24%7BexpressionProbe.touch()%7D"),
                bkpsdm.postJson("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"serang\","
                        + "\"query\":{\"assigneeExpression\":\"${expressionProbe.touch()}\"}}"));
        for (HttpResponse<String> attack : attacks) {
            assertThat(attack.statusCode()).as(attack.uri().toString()).isEqualTo(400);
            assertThat(attack.body()).contains("tidak boleh memuat ekspresi");
        }
        // the webapps' own engine API (Tasklist), logged in through the login page
        Http browser = new Http(port);
        browser.login(TestFixtures.BKPSDM_USER, PASSWORD);
        assertThat(browser.get("/camunda/api/engine/engine/default/task?maxResults=5&assigneeExpression="
                + "%24%7BexpressionProbe.touch()%7D").statusCode()).isEqualTo(400);
        String filterId = filters.createTaskFilterQuery().list().get(0).getId();
        assertThat(browser.get("/camunda/api/engine/engine/default/filter/" + filterId
                + "/list?maxResults=5&assigneeExpression=%24%7BexpressionProbe.touch()%7D").statusCode()).isEqualTo(400);

        HttpResponse<String> huge = bkpsdm.postJson("/engine-rest/task", "{\"assignee\":\"" + "x".repeat(1024 * 1024) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("terlalu besar");

        assertThat(probe.calls()).as("expression evaluations").isZero();
        assertThat(filters.createTaskFilterQuery().filterName("serang").count()).isZero();
        // the same queries without an expression are answered
        assertThat(bkpsdm.postJson("/engine-rest/task?maxResults=5", "{\"orQueries\":[{\"assignee\":\"x\"}]}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aNonAdministrator_cannotStoreAFilter() {
        HttpResponse<String> created = rest(TestFixtures.BKPSDM_USER).postJson("/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"filter-sendiri\",\"query\":{\"assignee\":\"bkpsdm.test\"}}");
        assertThat(created.statusCode()).isEqualTo(403);
        assertThat(filters.createTaskFilterQuery().filterName("filter-sendiri").count()).isZero();
    }

    @Test
    void startUpSurvivesADuplicateFilterName_andGrantsBothFilters() {
        Filter copy = filters.newTaskFilter(TasklistFilterSetup.FILTER_VERIFICATION).setQuery(tasks.createTaskQuery());
        filters.saveFilter(copy);
        try {
            startupSetup.run();
            assertThat(authorizations.isUserAuthorized(TestFixtures.VERIFIER_USER, List.of(RoleGroups.BKPSDM_VERIFIER),
                    Permissions.READ, Resources.FILTER, copy.getId())).isTrue();
        } finally {
            filters.deleteFilter(copy.getId());
        }
    }

    @Test
    void twoNodesStartingAtOnce_takeTurns_andCreateEachFilterOnce() throws Exception {
        filters.createTaskFilterQuery().filterName(TasklistFilterSetup.FILTER_VERIFICATION).list()
                .forEach(f -> filters.deleteFilter(f.getId()));
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (java.util.concurrent.Future<Object> node : nodes.invokeAll(List.<java.util.concurrent.Callable<Object>>of(
                    () -> { startupSetup.run(); return null; }, () -> { startupSetup.run(); return null; }))) {
                node.get();
            }
        } finally {
            nodes.shutdown();
        }
        assertThat(filters.createTaskFilterQuery().filterName(TasklistFilterSetup.FILTER_VERIFICATION).count()).isEqualTo(1);
    }

    @Test
    void theFirstRunSetupEndpoint_cannotCreateAnAdministrator() {
        String body = "{\"profile\":{\"id\":\"penyusup\",\"firstName\":\"P\",\"lastName\":\"P\"},"
                + "\"credentials\":{\"password\":\"Penyusup#2026x\"}}";
        assertThat(new Http(port).postJson("/camunda/api/admin/setup/default/user/create", body).statusCode())
                .isIn(401, 403);
        Http admin = new Http(port);
        admin.login("tadmin", "Uji#Admin2026x");
        assertThat(admin.postJson("/camunda/api/admin/setup/default/user/create", body).statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("penyusup").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup(RoleGroups.CAMUNDA_ADMIN).count()).isPositive();
    }

    @Test
    void theAdministratorsGroup_getsItsMemberBack_whenItWasEmptied() {
        List<String> members = identity.createUserQuery().memberOfGroup(RoleGroups.CAMUNDA_ADMIN).list().stream()
                .map(User::getId).toList();
        members.forEach(member -> identity.deleteMembership(member, RoleGroups.CAMUNDA_ADMIN));
        try {
            adminAccountSetup.run();
            assertThat(identity.createUserQuery().memberOfGroup(RoleGroups.CAMUNDA_ADMIN).list())
                    .extracting(User::getId).containsExactly("tadmin");
        } finally {
            members.stream().filter(m -> identity.createUserQuery().userId(m).memberOfGroup(RoleGroups.CAMUNDA_ADMIN)
                    .count() == 0).forEach(m -> identity.createMembership(m, RoleGroups.CAMUNDA_ADMIN));
        }
    }

    @Test
    void oneLogin_coversOurPagesAndTasklist_andTheApplicationsFollowTheRole() {
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/verifikasi").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/css/sipetruk.css").statusCode()).isEqualTo(200);
        for (String closed : List.of("/berkas/X", "/periode/X", "/dokumen/1", "/pengaturan", "/camunda/app/tasklist/")) {
            HttpResponse<String> answer = anonymous.get(closed);
            assertThat(answer.statusCode()).as(closed).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(closed).endsWith("/masuk");
        }
        assertThat(anonymous.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

        Http wrong = new Http(port);
        HttpResponse<String> refused = wrong.login(TestFixtures.PANEL.get(1), "Salah#Sandi2026");
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/masuk?gagal");

        Http head = new Http(port);
        assertThat(head.login(ALPHA_HEAD, PASSWORD).headers().firstValue("Location").orElse(""))
                .doesNotContain("gagal");
        assertThat(head.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200); // Tasklist opens, no 2nd login
        String me = head.get("/camunda/api/admin/auth/user/default").body();
        assertThat(me).contains("\"userId\":\"" + ALPHA_HEAD + "\"", "tasklist").doesNotContain("cockpit", "\"admin\"");
        assertThat(head.get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(200);
        assertThat(head.get("/pengaturan").statusCode()).isEqualTo(403);
        assertThat(head.get("/periode/X").statusCode()).isEqualTo(403);
        HttpResponse<String> verification = head.get("/verifikasi");
        assertThat(verification.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'");

        Http admin = new Http(port);
        admin.login("tadmin", "Uji#Admin2026x");
        admin.get("/camunda/app/cockpit/default/");
        assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("cockpit", "admin", "tasklist");

        // Tasklist's own logout button ends the one login; its own login form starts it again, for our pages too
        // (a wrong password is tried on a user of its own: Camunda throttles that user's next logins)
        Http tasklist = new Http(port);
        tasklist.login(TestFixtures.BKPSDM_USER, PASSWORD);
        tasklist.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.get("/periode/X").statusCode()).isEqualTo(404);
        assertThat(tasklist.postForm("/camunda/api/admin/auth/user/default/logout", Map.of(),
                Map.of("X-XSRF-TOKEN", tasklist.cookie("XSRF-TOKEN"))).statusCode()).isLessThan(300);
        assertThat(tasklist.get("/periode/X").statusCode()).isEqualTo(302);
        assertThat(tasklist.get("/camunda/api/engine/engine/").statusCode()).isEqualTo(200);
        assertThat(tasklist.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", TestFixtures.PANEL.get(2), "password", "Salah#Sandi2026"), Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(tasklist.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", TestFixtures.BKPSDM_USER, "password", PASSWORD), Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(tasklist.get("/periode/X").statusCode()).isEqualTo(404);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(200);

        // logging out ends the session for our pages and the webapps alike
        String csrf = Http.csrfToken(head.get("/verifikasi").body());
        head.postForm(WebSecurityConfiguration.LOGOUT, Map.of("_csrf", csrf), Map.of());
        assertThat(head.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void hardening_passwordPolicy_noJavaSerialization_boundedQueries_idempotentGrants() {
        User weak = identity.newUser("lemah");
        weak.setPassword("demo");
        assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("policy");

        ProcessInstance period = lifecycle.openPeriod();
        HttpResponse<String> serialized = new Http(port).basic("tadmin", "Uji#Admin2026x").putJson(
                "/engine-rest/process-instance/" + period.getId() + "/variables/serang",
                "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                        + "\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");
        assertThat(serialized.statusCode()).as(serialized.body()).isEqualTo(400);
        assertThat(serialized.body()).contains("tidak diterima");
        assertThat(runtime.getVariable(period.getId(), "serang")).isNull();

        assertThat(rest(TestFixtures.BKPSDM_USER).get("/engine-rest/task").statusCode()).as("unbounded").isEqualTo(400);
        assertThat(rest(TestFixtures.BKPSDM_USER).get("/engine-rest/task?maxResults=5000").statusCode()).isEqualTo(400);

        long grants = authorizations.createAuthorizationQuery().count();
        authorizationSetup.run();
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
        assertThat(authorizations.isUserAuthorized(TestFixtures.BKPSDM_USER, List.of(RoleGroups.BKPSDM_ADMIN),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "AwardPeriodProcess")).isTrue();
        assertThat(authorizations.isUserAuthorized(ALPHA_HEAD, List.of(OpdGroups.headGroup(ALPHA)),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "AwardPeriodProcess")).isFalse();
    }

    @Test
    void theRootIsOurHomePage_andAnUnknownAddressAnswersOurIndonesian404() {
        fixtures.ensureRegency();
        Http anonymous = new Http(port);
        HttpResponse<String> root = anonymous.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/masuk");

        Http head = new Http(port);
        head.login("kepala." + TestFixtures.ALPHA, TestFixtures.PASSWORD);
        HttpResponse<String> home = head.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Pekerjaan Anda").doesNotContain("Welcome", "Camunda Platform");
        HttpResponse<String> unknown = head.page("/halaman-yang-tidak-ada");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Halaman tidak ditemukan", "Ke beranda").doesNotContain("Whitelabel");
    }

    @Test
    void bkpsdmWatchesThePeriodsInCockpit_readOnly_andHasNoAdminApp() {
        ProcessInstance period = lifecycle.openPeriod();
        Http bkpsdm = new Http(port);
        bkpsdm.login(TestFixtures.BKPSDM_USER, PASSWORD);
        bkpsdm.get("/camunda/app/cockpit/default/");
        String me = bkpsdm.get("/camunda/api/admin/auth/user/default").body();
        assertThat(me).contains("cockpit", "tasklist").doesNotContain("\"admin\"");
        String cockpit = "/camunda/api/engine/engine/default";
        HttpResponse<String> instances = bkpsdm.get(cockpit + "/process-instance?maxResults=500");
        assertThat(instances.statusCode()).isEqualTo(200);
        assertThat(instances.body()).contains(period.getId());
        assertThat(bkpsdm.get(cockpit + "/incident?maxResults=5").statusCode()).isEqualTo(200);
        HttpResponse<String> suspend = bkpsdm.webappJson("PUT", cockpit + "/process-instance/" + period.getId()
                + "/suspended", "{\"suspended\":true}");
        assertThat(suspend.statusCode()).as(suspend.body()).isBetween(400, 499);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(period.getId()).singleResult()
                .isSuspended()).as("read-only").isFalse();
        assertThat(bkpsdm.get(cockpit + "/user?maxResults=5").body()).doesNotContain("tadmin");
    }
}
