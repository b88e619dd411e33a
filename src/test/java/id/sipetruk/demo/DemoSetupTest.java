package id.sipetruk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.notification.NotificationSender;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Nip;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.ProcessDriver;
import id.sipetruk.setup.StartupSetup;
import id.sipetruk.setup.TasklistFilterSetup;
import id.sipetruk.setup.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo profile on top of whatever profiles surefire activates ("test", or "test,postgres"): demo regency,
 * demo logins, groups and filters. Assertions count demo rows only, so a persistent database may hold others.
 */
@SpringBootTest(properties = "spring.profiles.include=demo")
class DemoSetupTest {

    /** The demo OPD codes the demo script and docs/demo-data.md promise. */
    private static final List<String> EXPECTED_CODES = List.of("disdik", "dinkes", "bkpsdm", "bappeda",
            "diskominfo", "pupr", "dinsos", "rsud", "dpmptsp", "inspektorat", "setda", "bpkpad");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.privateH2UnlessPostgres(registry, "sipetruk-demo");
    }

    @Autowired Environment environment;
    @Autowired OpdRepository opdRepository;
    @Autowired EmployeeRepository employeeRepository;
    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;
    @Autowired StartupSetup startupSetup;
    @Autowired DemoUsers demoUsers;
    @Autowired DemoMailbox mailbox;
    @Autowired NotificationSender sender;
    @Autowired ProcessDriver driver;

    @Test
    void demoProfileIsAddedToTheTestProfile() {
        assertThat(environment.acceptsProfiles(Profiles.of("demo"))).isTrue();
        assertThat(environment.acceptsProfiles(Profiles.of("test"))).isTrue();
    }

    @Test
    void demoRegencyHasTheOpdsAndTheirStaff() {
        assertThat(DemoDataLoader.opdCodes()).containsExactlyInAnyOrderElementsOf(EXPECTED_CODES);
        long total = 0;
        for (String code : EXPECTED_CODES) {
            Opd opd = opdRepository.findByCode(code).orElseThrow(() -> new AssertionError("no OPD " + code));
            assertThat(opd.isActive()).isTrue();
            assertThat(opd.getName()).isNotBlank();
            assertThat(code).matches("[a-z]+");
            long staff = employeeRepository.countByOpdCode(code);
            assertThat(staff).as("staff of %s", code).isGreaterThanOrEqualTo(20);
            total += staff;
        }
        assertThat(EXPECTED_CODES).hasSizeGreaterThanOrEqualTo(10);
        assertThat(total).isGreaterThanOrEqualTo(240);
        assertThat(opdRepository.findByCode("disdik").orElseThrow().getName()).isEqualTo("Dinas Pendidikan");
        assertThat(opdRepository.findByCode("rsud").orElseThrow().getName()).isEqualTo("Rumah Sakit Umum Daerah");
    }

    @Test
    void everyDemoEmployeeHasAValidNipMatchingTheNameAndAUniqueName() {
        assertThat(DemoNames.MALE_GIVEN).doesNotContainAnyElementsOf(DemoNames.FEMALE_GIVEN);
        List<Employee> employees = demoEmployees();
        assertThat(employees).hasSizeGreaterThanOrEqualTo(240);
        Set<String> names = new HashSet<>();
        Set<String> nips = new HashSet<>();
        for (Employee employee : employees) {
            Nip nip = Nip.parse(employee.getNip());
            assertThat(nip.value()).hasSize(18).isEqualTo(employee.getNip());
            assertThat(nip.appointment().isAfter(java.time.YearMonth.from(nip.birthDate()))).isTrue();
            String bare = DemoNames.bareName(employee.getName());
            String given = bare.split(" ")[0];
            boolean male = DemoNames.MALE_GIVEN.contains(given);
            boolean female = DemoNames.FEMALE_GIVEN.contains(given);
            assertThat(male ^ female).as("gender of given name in %s", employee.getName()).isTrue();
            assertThat(nip.sex()).as("sex digit of %s (%s)", employee.getName(), nip.formatted())
                    .isEqualTo(male ? 1 : 2);
            if (employee.getName().contains("Hj. ")) {
                assertThat(nip.sex()).isEqualTo(2);
            }
            if (employee.getName().matches("^(dr\\. |Dr\\. )?H\\. .*")) {
                assertThat(nip.sex()).isEqualTo(1);
            }
            assertThat(employee.getPosition()).isNotBlank();
            assertThat(employee.getRankGrade()).matches("[A-Za-z .]+ \\((II|III|IV)/[a-e]\\)");
            assertThat(names.add(bare)).as("unique name %s", employee.getName()).isTrue();
            assertThat(nips.add(employee.getNip())).as("unique NIP %s", employee.getNip()).isTrue();
        }
        assertThat(employees).extracting(Employee::getName)
                .contains("Dr. Hj. Siti Nur'aini, S.Pd., M.M.", "Ahmad Fauzi, S.Kom.", "Rina Marlina, A.Md.Kep.",
                        "H. Muhammad Rizki, S.T., M.T.");
        assertThat(employees).extracting(Employee::getPosition)
                .contains("Kepala Sub Bagian Umum dan Kepegawaian", "Guru Ahli Muda", "Perawat Ahli Pertama",
                        "Pranata Komputer Ahli Muda", "Analis Kebijakan Ahli Muda");
        assertThat(employees).extracting(Employee::getRankGrade).contains("Penata Muda (III/a)");
        assertThat(employees.stream().filter(e -> e.getNip().charAt(14) == '2').count())
                .as("women among the demo staff").isGreaterThan(employees.size() / 4);
    }

    @Test
    void demoDataIsDeterministicAndEqualsWhatWasStored() {
        List<DemoDataLoader.DemoEmployee> generated = DemoDataLoader.generate();
        assertThat(DemoDataLoader.generate()).isEqualTo(generated);
        Map<String, String> stored = demoEmployees().stream()
                .collect(Collectors.toMap(Employee::getNip, Employee::getName));
        Map<String, String> expected = generated.stream()
                .collect(Collectors.toMap(DemoDataLoader.DemoEmployee::nip, DemoDataLoader.DemoEmployee::name));
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void everyDemoUserExistsWithPasswordDemoAndExactlyItsGroups() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("admin", Set.of("camunda-admin", "bkpsdm-admin"));
        expected.put("bkpsdm", Set.of("bkpsdm-admin"));
        expected.put("verifikator", Set.of("bkpsdm-verifier"));
        expected.put("panel1", Set.of("panel"));
        expected.put("panel2", Set.of("panel"));
        expected.put("panel3", Set.of("panel"));
        expected.put("bupati", Set.of("bupati"));
        for (String code : EXPECTED_CODES) {
            expected.put("kepala." + code, Set.of("opd-" + code + "-head"));
            expected.put("admin." + code, Set.of("opd-" + code + "-admin"));
        }
        assertThat(demoUsers.users()).extracting(DemoUsers.DemoUser::id)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        for (Map.Entry<String, Set<String>> entry : expected.entrySet()) {
            String id = entry.getKey();
            User user = identityService.createUserQuery().userId(id).singleResult();
            assertThat(user).as("user %s", id).isNotNull();
            assertThat(user.getFirstName()).as("first name of %s", id).isNotBlank();
            assertThat(user.getLastName()).as("last name of %s", id).isNotBlank();
            assertThat(user.getEmail()).isEqualTo(id + "@example.org");
            assertThat(identityService.checkPassword(id, DemoUsers.PASSWORD)).as("password of %s", id).isTrue();
            Set<String> groups = identityService.createGroupQuery().groupMember(id).list().stream()
                    .map(Group::getId).collect(Collectors.toSet());
            assertThat(groups).as("groups of %s", id).isEqualTo(entry.getValue());
        }
        // the OPD head login is named after the employee who heads the OPD
        User head = identityService.createUserQuery().userId("kepala.disdik").singleResult();
        assertThat(head.getFirstName() + " " + head.getLastName()).isEqualTo("Siti Nur'aini");
    }

    @Test
    void roleAndOpdGroupsExist() {
        for (RoleGroups.RoleGroup role : RoleGroups.ALL) {
            Group group = identityService.createGroupQuery().groupId(role.id()).singleResult();
            assertThat(group).as("group %s", role.id()).isNotNull();
            assertThat(group.getName()).isEqualTo(role.name());
            assertThat(group.getType()).isEqualTo(role.id().equals("camunda-admin") ? "SYSTEM" : "WORKFLOW");
        }
        for (String code : EXPECTED_CODES) {
            String opdName = opdRepository.findByCode(code).orElseThrow().getName();
            Group head = identityService.createGroupQuery().groupId("opd-" + code + "-head").singleResult();
            Group admin = identityService.createGroupQuery().groupId("opd-" + code + "-admin").singleResult();
            assertThat(head.getName()).isEqualTo("Kepala " + opdName);
            assertThat(admin.getName()).isEqualTo("Admin Kepegawaian " + opdName);
            assertThat(head.getType()).isEqualTo("WORKFLOW");
        }
    }

    @Test
    void runningTheWholeSetupAgainChangesNothing() {
        Map<String, Long> staff = new LinkedHashMap<>();
        EXPECTED_CODES.forEach(code -> staff.put(code, employeeRepository.countByOpdCode(code)));
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long memberships = membershipCount();

        startupSetup.run();
        startupSetup.run();

        EXPECTED_CODES.forEach(code -> {
            assertThat(opdRepository.findByCode(code)).isPresent();
            assertThat(employeeRepository.countByOpdCode(code)).isEqualTo(staff.get(code));
        });
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(membershipCount()).isEqualTo(memberships);
        for (TasklistFilterSetup.FilterDefinition definition : TasklistFilterSetup.definitions()) {
            assertThat(filterService.createTaskFilterQuery().filterName(definition.name()).count())
                    .as("filter %s", definition.name()).isEqualTo(1);
        }
    }

    private long membershipCount() {
        return identityService.createUserQuery().list().stream()
                .mapToLong(u -> identityService.createGroupQuery().groupMember(u.getId()).count()).sum();
    }

    private List<Employee> demoEmployees() {
        List<Employee> employees = new ArrayList<>();
        for (String code : EXPECTED_CODES) {
            employees.addAll(employeeRepository.findByOpdCodeAndActiveTrueOrderByName(code));
        }
        return employees;
    }

    @Test
    void theDemoMailbox_showsTheEmailsAPeriodsOpeningSends() {
        ProcessInstance period = driver.startPeriodAs("bkpsdm", driver.periodForm());
        driver.runDueJobs(period);
        sender.sendDue();
        String head = DemoUsers.headUserId("disdik");
        String address = identityService.createUserQuery().userId(head).singleResult().getEmail();
        assertThat(mailbox.recent()).filteredOn(m -> List.of(m.getTo()).contains(address)).isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.getSubject()).isEqualTo("[SI PETRUK] Tugas baru: Kepala OPD: usulkan calon");
                    assertThat(m.getText()).contains("Dinas Pendidikan", "/camunda/app/tasklist/default/#/?task=");
                });
    }
}
