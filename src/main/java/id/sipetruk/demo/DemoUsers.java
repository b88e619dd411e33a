package id.sipetruk.demo;

import id.sipetruk.demo.DemoRegency.DemoOpd;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: Camunda users for every role, all with password {@value #PASSWORD}. The head and HR
 * admin of each demo OPD are named after the employees who hold those posts in the demo data.
 *
 * <p>Idempotent: an existing user keeps its password and profile; missing memberships are added. Needs the
 * groups ({@link id.sipetruk.setup.IdentitySetup}) and the demo employees ({@link DemoDataLoader}) first;
 * {@link id.sipetruk.setup.StartupSetup} runs it after both.
 */
@Component
@Profile("demo")
public class DemoUsers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    public static final String PASSWORD = "Sipetruk#2026";
    public static final String EMAIL_DOMAIN = "example.org";

    /** A demo login. */
    public record DemoUser(String id, String firstName, String lastName, List<String> groups) {
        public String email() {
            return id + "@" + EMAIL_DOMAIN;
        }
    }

    private static final List<DemoUser> ROLE_USERS = List.of(
            new DemoUser("admin", "Fikri", "Ramadhan", List.of(RoleGroups.CAMUNDA_ADMIN, RoleGroups.BKPSDM_ADMIN)),
            new DemoUser("bkpsdm", "Nurul", "Hidayati", List.of(RoleGroups.BKPSDM_ADMIN)),
            new DemoUser("verifikator", "Muhammad", "Arifin", List.of(RoleGroups.BKPSDM_VERIFIER)),
            new DemoUser("panel1", "Hasanuddin", "Syarif", List.of(RoleGroups.PANEL)),
            new DemoUser("panel2", "Lailatul", "Fitriah", List.of(RoleGroups.PANEL)),
            new DemoUser("panel3", "Bambang", "Supriyanto", List.of(RoleGroups.PANEL)),
            new DemoUser("bupati", "Syahrani", "Mukti", List.of(RoleGroups.BUPATI)));

    private final IdentityService identityService;
    private final EmployeeRepository employeeRepository;

    public DemoUsers(IdentityService identityService, EmployeeRepository employeeRepository) {
        this.identityService = identityService;
        this.employeeRepository = employeeRepository;
    }

    /** User id of an OPD's head, e.g. "kepala.disdik". */
    public static String headUserId(String opdCode) {
        return "kepala." + opdCode;
    }

    /** User id of an OPD's HR admin, e.g. "admin.disdik". */
    public static String adminUserId(String opdCode) {
        return "admin." + opdCode;
    }

    /** The ids of every demo login (production refuses to run while one of them still has the demo password). */
    public static List<String> loginIds() {
        List<String> ids = new ArrayList<>(ROLE_USERS.stream().map(DemoUser::id).toList());
        for (DemoOpd opd : DemoRegency.OPDS) {
            ids.add(headUserId(opd.code()));
            ids.add(adminUserId(opd.code()));
        }
        return ids;
    }

    /** Every demo login: the role users, then head and HR admin of each demo OPD. */
    public List<DemoUser> users() {
        List<DemoUser> users = new ArrayList<>(ROLE_USERS);
        for (DemoOpd opd : DemoRegency.OPDS) {
            users.add(opdUser(headUserId(opd.code()), opd, opd.headPosition(), "Kepala",
                    OpdGroups.headGroup(opd.code())));
            users.add(opdUser(adminUserId(opd.code()), opd, opd.adminPosition(), "Admin Kepegawaian",
                    OpdGroups.adminGroup(opd.code())));
        }
        return users;
    }

    public void run() {
        if (identityService.isReadOnly()) {
            LOG.warn("Identity service is read-only: demo users are not created");
            return;
        }
        int created = 0;
        int memberships = 0;
        List<DemoUser> users = users();
        for (DemoUser demoUser : users) {
            if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
                User user = identityService.newUser(demoUser.id());
                user.setFirstName(demoUser.firstName());
                user.setLastName(demoUser.lastName());
                user.setEmail(demoUser.email());
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
                created++;
            }
            for (String group : demoUser.groups()) {
                boolean member = identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(group)
                        .count() > 0;
                if (!member) {
                    identityService.createMembership(demoUser.id(), group);
                    memberships++;
                }
            }
        }
        LOG.info("Demo users: {} logins present (password '{}'), {} created, {} memberships added", users.size(),
                PASSWORD, created, memberships);
    }

    /** Named after the employee holding {@code position}; "Kepala" + OPD name if nobody does. */
    private DemoUser opdUser(String id, DemoOpd opd, String position, String fallbackFirstName, String group) {
        Optional<Employee> holder = employeeRepository.findByOpdCodeAndActiveTrueOrderByName(opd.code()).stream()
                .filter(e -> e.getPosition().equals(position))
                .findFirst();
        String firstName = fallbackFirstName;
        String lastName = opd.name();
        if (holder.isPresent()) {
            String bare = DemoNames.bareName(holder.get().getName());
            int space = bare.indexOf(' ');
            firstName = space < 0 ? bare : bare.substring(0, space);
            lastName = space < 0 ? "" : bare.substring(space + 1);
        }
        return new DemoUser(id, firstName, lastName, List.of(group));
    }
}
