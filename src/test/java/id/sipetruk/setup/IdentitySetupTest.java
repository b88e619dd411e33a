package id.sipetruk.setup;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.TestFixtures;
import id.sipetruk.demo.DemoDataLoader;
import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without the demo profile: start-up creates the role groups and the Tasklist filters, and nothing else
 * (no OPDs, no OPD groups, no demo logins). Runs on a private in-memory database so that "nothing else" can be
 * asserted whatever other test contexts (or a persistent PostgreSQL database) hold.
 */
@SpringBootTest
class IdentitySetupTest {

    private static final List<String> DEMO_LOGINS = List.of("admin", "bkpsdm", "verifikator", "panel1", "panel2",
            "panel3", "bupati", "kepala.disdik", "admin.disdik", "kepala.rsud", "admin.setda");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.privateH2(registry, "sipetruk-identity");
    }

    @Autowired Environment environment;
    @Autowired ApplicationContext context;
    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired OpdRepository opdRepository;
    @Autowired IdentitySetup identitySetup;
    @Autowired TasklistFilterSetup tasklistFilterSetup;
    @Autowired StartupSetup startupSetup;
    @Autowired ProcessEngine processEngine;
    @Autowired AuthorizationService authorizationService;

    /**
     * Revokes are never checked (authorizationCheckRevokes: never), which is only right while nothing writes one:
     * the start-up grants are GRANTs and GLOBALs, and so are the engine's grants on tasks.
     */
    @Test
    void startUpWritesGrantsOnly_soTheRevokeCheckIsOff() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration();
        assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
        startupSetup.run();
        assertThat(authorizationService.createAuthorizationQuery().count()).isPositive();
        assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
                .count()).isZero();
    }

    @Test
    void roleGroupsExistWithIndonesianNamesAndTypes() {
        assertThat(environment.acceptsProfiles(Profiles.of("demo"))).isFalse();
        Map<String, String> names = Map.of(
                "bkpsdm-admin", "Admin BKPSDM",
                "bkpsdm-verifier", "Tim Verifikasi Internal BKPSDM",
                "panel", "Tim Penilai Eksternal",
                "bupati", "Bupati (penetap keputusan)",
                "camunda-admin", "Administrator Camunda");
        assertThat(RoleGroups.ALL).extracting(RoleGroups.RoleGroup::id)
                .containsExactlyInAnyOrderElementsOf(names.keySet());
        names.forEach((id, name) -> {
            Group group = identityService.createGroupQuery().groupId(id).singleResult();
            assertThat(group).as("group %s", id).isNotNull();
            assertThat(group.getName()).isEqualTo(name);
            assertThat(group.getType()).isEqualTo(id.equals("camunda-admin") ? "SYSTEM" : "WORKFLOW");
        });
    }

    @Test
    void withoutTheDemoProfileNoOpdsNoOpdGroupsAndNoDemoUsersAreCreated() {
        assertThat(context.getBeanNamesForType(id.sipetruk.demo.DemoDataLoader.class)).isEmpty();
        assertThat(context.getBeanNamesForType(id.sipetruk.demo.DemoUsers.class)).isEmpty();
        assertThat(opdRepository.count()).isZero();
        assertThat(identityService.createGroupQuery().groupIdIn("opd-disdik-head", "opd-disdik-admin").count())
                .isZero();
        assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
                .noneMatch(RoleGroups::isOpdGroup);
        for (String login : DEMO_LOGINS) {
            assertThat(identityService.createUserQuery().userId(login).count()).as("user %s", login).isZero();
        }
        // the only user is the administrator of sipetruk.admin.* (application-test.yml), member of camunda-admin
        assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("tadmin");
        assertThat(identityService.createUserQuery().memberOfGroup(RoleGroups.CAMUNDA_ADMIN).list())
                .extracting(User::getId).containsExactly("tadmin");
    }

    @Test
    void ensureOpdGroupsCreatesBothGroupsOnce() {
        Opd opd = new Opd("ujicoba", "Dinas Uji Coba");
        try {
            assertThat(identitySetup.ensureOpdGroups(opd)).isEqualTo(2);
            assertThat(identitySetup.ensureOpdGroups(opd)).isZero();
            Group head = identityService.createGroupQuery().groupId("opd-ujicoba-head").singleResult();
            Group admin = identityService.createGroupQuery().groupId("opd-ujicoba-admin").singleResult();
            assertThat(head.getName()).isEqualTo("Kepala Dinas Uji Coba");
            assertThat(admin.getName()).isEqualTo("Admin Kepegawaian Dinas Uji Coba");
            assertThat(head.getType()).isEqualTo("WORKFLOW");
            assertThat(admin.getType()).isEqualTo("WORKFLOW");
        } finally {
            identityService.deleteGroup("opd-ujicoba-head");
            identityService.deleteGroup("opd-ujicoba-admin");
        }
    }

    @Test
    void everyFilterExistsExactlyOnceEvenAfterRunningTheSetupAgain() {
        startupSetup.run();
        tasklistFilterSetup.run();
        List<String> expected = List.of("Tugas OPD saya", "Verifikasi", "Penilaian panel", "Keputusan Bupati",
                "Administrasi BKPSDM", "Semua tugas saya");
        assertThat(TasklistFilterSetup.definitions()).extracting(TasklistFilterSetup.FilterDefinition::name)
                .containsExactlyInAnyOrderElementsOf(expected);
        for (String name : expected) {
            List<Filter> filters = filterService.createTaskFilterQuery().filterName(name).list();
            assertThat(filters).as("filter %s", name).hasSize(1);
            Filter filter = filters.get(0);
            assertThat(filter.getResourceType()).isEqualTo("Task");
            assertThat(filter.getProperties()).containsKeys("description", "priority", "color", "refresh");
            assertThat(filter.getProperties().get("refresh")).isEqualTo(true);
            assertThat((String) filter.getProperties().get("description")).isNotBlank();
        }
        assertThat(identityService.createGroupQuery().count()).isEqualTo(RoleGroups.ALL.size());
    }

    /** Runs real user tasks through the stored filter queries, as three different users. */
    @Test
    void filtersSelectTheRightTasksForTheCurrentUser() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("FilterSetupTestProcess")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("fork")
                .userTask(ProcessKeys.TASK_FILL_ASSESSMENT).camundaCandidateGroups("opd-ujicoba-admin")
                .endEvent("end1")
                .moveToNode("fork")
                .userTask(ProcessKeys.TASK_SCORE_FINALIST).camundaAssignee("ujipanel")
                .endEvent("end2")
                .moveToNode("fork")
                .userTask("Task_VerifyNomination").camundaCandidateGroups(RoleGroups.BKPSDM_VERIFIER)
                .endEvent("end3")
                .done();
        String deploymentId = repositoryService.createDeployment().addModelInstance("filter-test.bpmn", model)
                .deploy().getId();
        identitySetup.ensureOpdGroups(new Opd("ujicoba", "Dinas Uji Coba"));
        createUser("ujiadmin", "opd-ujicoba-admin");
        createUser("ujipanel", RoleGroups.PANEL);
        createUser("ujiverif", RoleGroups.BKPSDM_VERIFIER);
        try {
            runtimeService.startProcessInstanceByKey("FilterSetupTestProcess");

            as("ujiadmin", "opd-ujicoba-admin");
            assertThat(count(TasklistFilterSetup.FILTER_OPD_TASKS)).isEqualTo(1);
            assertThat(count(TasklistFilterSetup.FILTER_MY_TASKS)).isEqualTo(1);
            assertThat(count(TasklistFilterSetup.FILTER_PANEL)).isZero();
            // neither the verification filter nor the verifier's task is for an OPD admin (authorizations)
            assertThat(count(TasklistFilterSetup.FILTER_VERIFICATION)).isZero();
            assertThat(count(TasklistFilterSetup.FILTER_BUPATI)).isZero();

            as("ujipanel", RoleGroups.PANEL);
            assertThat(count(TasklistFilterSetup.FILTER_PANEL)).isEqualTo(1);
            assertThat(count(TasklistFilterSetup.FILTER_MY_TASKS)).isEqualTo(1);
            assertThat(count(TasklistFilterSetup.FILTER_OPD_TASKS)).isZero();

            as("ujiverif", RoleGroups.BKPSDM_VERIFIER);
            assertThat(count(TasklistFilterSetup.FILTER_MY_TASKS)).isEqualTo(1);
            assertThat(count(TasklistFilterSetup.FILTER_OPD_TASKS)).isZero();
            assertThat(count(TasklistFilterSetup.FILTER_PANEL)).isZero();

            // a claimed task stays in the team's filter and in the claimer's own list
            Task verify = taskService.createTaskQuery().taskDefinitionKey("Task_VerifyNomination").singleResult();
            taskService.claim(verify.getId(), "ujiverif");
            assertThat(count(TasklistFilterSetup.FILTER_VERIFICATION)).isEqualTo(1);
            assertThat(count(TasklistFilterSetup.FILTER_MY_TASKS)).isEqualTo(1);
            as("ujiadmin", "opd-ujicoba-admin");
            Task fill = taskService.createTaskQuery().taskDefinitionKey(ProcessKeys.TASK_FILL_ASSESSMENT)
                    .singleResult();
            taskService.claim(fill.getId(), "ujiadmin");
            as("ujiadmin", "opd-ujicoba-admin");
            assertThat(count(TasklistFilterSetup.FILTER_OPD_TASKS)).isEqualTo(1);
            assertThat(count(TasklistFilterSetup.FILTER_MY_TASKS)).isEqualTo(1);
        } finally {
            identityService.clearAuthentication();
            repositoryService.deleteDeployment(deploymentId, true);
            for (String user : List.of("ujiadmin", "ujipanel", "ujiverif")) {
                identityService.deleteUser(user);
            }
            identityService.deleteGroup("opd-ujicoba-head");
            identityService.deleteGroup("opd-ujicoba-admin");
        }
    }

    private void createUser(String id, String group) {
        User user = identityService.newUser(id);
        user.setFirstName("Uji");
        user.setLastName(id);
        user.setPassword(TestFixtures.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
    }

    private void as(String userId, String group) {
        identityService.setAuthentication(userId, List.of(group));
    }

    /** Tasks the current user sees through the filter; 0 when the user may not even read the filter. */
    private long count(String filterName) {
        Filter filter = filterService.createTaskFilterQuery().filterName(filterName).singleResult();
        return filter == null ? 0 : filterService.count(filter.getId());
    }
}
