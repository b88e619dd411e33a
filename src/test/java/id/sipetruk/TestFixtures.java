package id.sipetruk;

import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Nip;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.RoleGroups;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small regency for tests: three OPDs (the only active ones), their employees with valid NIPs, and a
 * three-member external panel. Idempotent, so it also works on a PostgreSQL database kept between runs.
 */
@Component
public class TestFixtures {

    public static final String ALPHA = "talpha";
    public static final String BETA = "tbeta";
    public static final String GAMMA = "tgamma";
    public static final List<String> PANEL = List.of("tpanel1", "tpanel2", "tpanel3");
    /** A REST client's login (HTTP Basic); every test user's password is {@value #PASSWORD}. */
    public static final String REST_USER = "tbkpsdm";
    public static final String PASSWORD = "Rahasia#Kuat2026";
    /** Logins of the regency-wide roles; each OPD has "kepala.&lt;opd&gt;" and "admin.&lt;opd&gt;". */
    public static final String BKPSDM_USER = "bkpsdm.test";
    public static final String VERIFIER_USER = "verifikator.test";
    public static final String BUPATI_USER = "bupati.test";

    /** The seed's example nominee (NIP as printed in 001_*, corrected to a valid date). */
    public static final String ALPHA_NIP_1 = "198104072000011001";
    public static final String ALPHA_NIP_2 = "198502142010012002";
    public static final String BETA_NIP_1 = "197912302005011003";
    public static final String BETA_NIP_2 = "199001012015032001";
    public static final String GAMMA_NIP_1 = "198806152012121002";

    private final OpdRepository opds;
    private final EmployeeRepository employees;
    private final IdentityService identity;

    public TestFixtures(OpdRepository opds, EmployeeRepository employees, IdentityService identity) {
        this.opds = opds;
        this.employees = employees;
        this.identity = identity;
    }

    @Transactional
    public void ensureRegency() {
        opds.findAll().forEach(opd -> opd.setActive(List.of(ALPHA, BETA, GAMMA).contains(opd.getCode())));
        Opd alpha = opd(ALPHA, "Dinas Uji Alpha");
        Opd beta = opd(BETA, "Badan Uji Beta");
        Opd gamma = opd(GAMMA, "Kantor Uji Gamma");
        employee(ALPHA_NIP_1, "ANDHANI ARBISCHIRIA, S.Kom", "Kepala Sub Bidang Informasi Kepegawaian", alpha);
        employee(ALPHA_NIP_2, "Dr. Hj. Siti Nur'aini, S.Pd., M.M.", "Analis Kebijakan Ahli Muda", alpha);
        employee(BETA_NIP_1, "H. Muhammad Rizki, S.T., M.T.", "Perencana Ahli Muda", beta);
        employee(BETA_NIP_2, "Rina Marlina, A.Md.Kep.", "Perawat Terampil", beta);
        employee(GAMMA_NIP_1, "Ahmad Fauzi, S.Kom.", "Pranata Komputer Ahli Muda", gamma);
        group(RoleGroups.PANEL, "Tim Penilai Eksternal");
        group(RoleGroups.BKPSDM_ADMIN, "Admin BKPSDM");
        group(RoleGroups.BKPSDM_VERIFIER, "Tim Verifikasi Internal BKPSDM");
        group(RoleGroups.BUPATI, "Bupati");
        for (String member : PANEL) {
            user(member, "Panel", RoleGroups.PANEL);
        }
        user(REST_USER, "Admin", RoleGroups.BKPSDM_ADMIN);
        user(BKPSDM_USER, "Admin", RoleGroups.BKPSDM_ADMIN);
        user(VERIFIER_USER, "Verifikator", RoleGroups.BKPSDM_VERIFIER);
        user(BUPATI_USER, "Bupati", RoleGroups.BUPATI);
        for (String opd : List.of(ALPHA, BETA, GAMMA)) {
            group(OpdGroups.headGroup(opd), "Kepala " + opd);
            group(OpdGroups.adminGroup(opd), "Admin Kepegawaian " + opd);
            user("kepala." + opd, "Kepala", OpdGroups.headGroup(opd));
            user("admin." + opd, "Admin", OpdGroups.adminGroup(opd));
        }
    }

    private void user(String id, String firstName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(id, groupId);
        }
    }

    /**
     * Deletes the users a test created (their logins end with its random suffix): a user left in a role group
     * changes other tests' periods (every panel member scores every finalist).
     */
    public void removeUsersEndingWith(String suffix) {
        identity.clearAuthentication();
        identity.createUserQuery().list().stream().filter(user -> user.getId().endsWith(suffix))
                .forEach(user -> identity.deleteUser(user.getId()));
    }

    /** A valid NIP that no employee in the database has yet (tests that make their own employees). */
    public String freeNip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int birthYear = random.nextInt(1965, 1996);
            String nip = "%04d%02d%02d%04d%02d%d%03d".formatted(birthYear, random.nextInt(1, 13), random.nextInt(1, 29),
                    birthYear + 25, random.nextInt(1, 13), random.nextInt(1, 3), random.nextInt(1, 1000));
            if (Nip.isValid(nip) && employees.findByNip(nip).isEmpty()) {
                return nip;
            }
        }
    }

    public Map<String, String> nipsByOpd() {
        return Map.of(ALPHA, ALPHA_NIP_1, BETA, BETA_NIP_1, GAMMA, GAMMA_NIP_1);
    }

    private Opd opd(String code, String name) {
        Opd opd = opds.findByCode(code).orElseGet(() -> opds.save(new Opd(code, name)));
        opd.setActive(true);
        return opd;
    }

    private void employee(String nip, String name, String position, Opd opd) {
        if (employees.findByNip(nip).isEmpty()) {
            employees.save(new Employee(nip, name, position, "Penata (III/c)", opd));
        }
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
