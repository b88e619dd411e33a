package id.sipetruk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.TestFixtures;
import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * BKPSDM's account file imported into the real engine and database: new logins with one-time passwords in the
 * groups of their role and OPD, the same file twice, a role change, deactivation, every bad row named, all or
 * nothing, the rights around administrators, and the API over HTTP Basic.
 */
@SpringBootTest
class AccountImportTest {

    private static final String HEADER = "LOGIN,NAMA,EMAIL,NIP,PERAN,OPD\n";

    @Autowired TestFixtures fixtures;
    @Autowired AccountImport accountImport;
    @Autowired ImportRunner runner;
    @Autowired IdentityService identity;
    @Autowired AccountRepository accounts;
    @Autowired WebApplicationContext context;

    private String s;
    private String nip;

    @BeforeEach
    void regency() {
        fixtures.ensureRegency();
        s = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        nip = fixtures.freeNip();
    }

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
        fixtures.removeUsersEndingWith("." + s);
    }

    private String login(String name) {
        return name + "." + s;
    }

    private byte[] fourPeople(String headRole, String headOpd) {
        return (HEADER
                + login("kepala") + ",Dr. Hj. Siti Nur'aini,siti." + s + "@balangankab.go.id,,"
                + headRole + "," + headOpd + "\n"
                + login("admin") + ",Andhani Arbischiria,andhani." + s + "@balangankab.go.id,,Admin OPD,Badan Uji Beta\n"
                + login("verif") + ",Rizki Maulana,rizki." + s + "@balangankab.go.id,"
                + nip + ",Verifikator BKPSDM,\n"
                + login("juri") + ",Bahrun,bahrun." + s + "@example.org,,juri,BKPSDM\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private ImportResult commit(byte[] file, PasswordHandOver handOver, boolean allOrNothing) {
        return runner.commit(accountImport.handingOverTo(handOver), file, allOrNothing, "bkpsdm.test");
    }

    @Test
    void newLoginsGetOneTimePasswordsAndTheirGroups_andTheSameFileTwiceChangesNothing() {
        byte[] file = fourPeople("Kepala OPD", TestFixtures.ALPHA);
        PasswordHandOver first = new PasswordHandOver();
        ImportResult created = commit(file, first, true);

        assertThat(created.kesalahan()).isEmpty();
        assertThat(created.baru()).isEqualTo(4);
        assertThat(created.diterapkan()).isTrue();
        assertThat(created.catatan()).containsExactly(Messages.get("account.import.passwordsIssued", 4));
        assertThat(created.catatan().toString()).as("no password in the notes (they are logged)")
                .doesNotContain(first.issued().get(0).password());
        assertThat(first.issued()).extracting(IssuedPassword::login).containsExactly(login("kepala"),
                login("admin"), login("verif"), login("juri"));
        for (IssuedPassword issued : first.issued()) {
            assertThat(identity.checkPassword(issued.login(), issued.password())).as(issued.login()).isTrue();
            assertThat(identity.checkPasswordAgainstPolicy(issued.password()).isValid()).isTrue();
            assertThat(accounts.findById(issued.login()).orElseThrow().isMustChangePassword()).isTrue();
        }
        assertThat(first.issued().stream().map(IssuedPassword::password).distinct()).hasSize(4);
        assertThat(groups(login("kepala"))).containsExactly(OpdGroups.headGroup(TestFixtures.ALPHA));
        assertThat(groups(login("admin"))).containsExactly(OpdGroups.adminGroup(TestFixtures.BETA));
        assertThat(groups(login("verif"))).containsExactly(RoleGroups.BKPSDM_VERIFIER);
        assertThat(groups(login("juri"))).as("the OPD of a regency-wide role is ignored")
                .containsExactly(RoleGroups.PANEL);
        User siti = identity.createUserQuery().userId(login("kepala")).singleResult();
        assertThat(siti.getFirstName() + " " + siti.getLastName()).isEqualTo("Dr. Hj. Siti Nur'aini");
        assertThat(siti.getEmail()).isEqualTo("siti." + s + "@balangankab.go.id");
        assertThat(accounts.findById(login("verif")).orElseThrow().getNip()).hasSize(18);

        PasswordHandOver second = new PasswordHandOver();
        ImportResult again = commit(file, second, true);
        assertThat(again.tetap()).isEqualTo(4);
        assertThat(again.baru() + again.berubah() + again.dinonaktifkan() + again.galat()).isZero();
        assertThat(second.issued()).as("an existing login keeps its password").isEmpty();
        assertThat(identity.checkPassword(login("kepala"), first.issued().get(0).password())).isTrue();
    }

    @Test
    void aRoleChangeReplacesTheOldRoleAndOpd_keepsOtherGroups_andStatusDeactivates() {
        commit(fourPeople("Kepala OPD", TestFixtures.ALPHA), new PasswordHandOver(), true);
        String head = login("kepala");
        identity.createMembership(head, RoleGroups.CAMUNDA_ADMIN);
        actAs("tadmin", RoleGroups.CAMUNDA_ADMIN);

        ImportResult moved = commit(fourPeople("admin kepegawaian", "kantor uji gamma"), new PasswordHandOver(), true);
        assertThat(moved.kesalahan()).isEmpty();
        assertThat(moved.berubah()).isEqualTo(1);
        assertThat(moved.tetap()).isEqualTo(3);
        assertThat(groups(head)).as("the old OPD role is gone; camunda-admin, not in the file, is kept")
                .containsExactlyInAnyOrder(OpdGroups.adminGroup(TestFixtures.GAMMA), RoleGroups.CAMUNDA_ADMIN);

        byte[] withStatus = ("LOGIN,NAMA,EMAIL,PERAN,STATUS\n" + login("juri") + ",Bahrun,bahrun." + s
                + "@example.org,panel,nonaktif\n").getBytes(StandardCharsets.UTF_8);
        ImportResult deactivated = commit(withStatus, new PasswordHandOver(), true);
        assertThat(deactivated.dinonaktifkan()).isEqualTo(1);
        assertThat(accounts.findById(login("juri")).orElseThrow().isActive()).isFalse();
        assertThat(commit(withStatus, new PasswordHandOver(), true).tetap()).isEqualTo(1);
        identity.deleteMembership(head, RoleGroups.CAMUNDA_ADMIN);
    }

    @Test
    void everyBadRowIsNamed_andAllOrNothingWritesNothing() {
        String good = login("baik");
        byte[] file = (HEADER
                + good + ",Pegawai Baik,baik." + s + "@example.org,,panel,\n"
                + "Budi Santoso,Budi,budi." + s + "@example.org,,panel,\n"
                + login("surel") + ",Surel Salah,budi@,,panel,\n"
                + login("peran") + ",Peran Salah,peran." + s + "@example.org,,kepala sekolah,\n"
                + login("opd") + ",OPD Salah,opd." + s + "@example.org,,kepala opd,Dinas Entah Berantah\n"
                + login("tanpa") + ",Tanpa OPD,tanpa." + s + "@example.org,,admin opd,\n"
                + good + ",Pegawai Kembar,kembar." + s + "@example.org,,panel,\n"
                + login("nip") + ",NIP Salah,nip." + s + "@example.org,12345,panel,\n")
                .getBytes(StandardCharsets.UTF_8);

        PasswordHandOver handOver = new PasswordHandOver();
        ImportResult refused = commit(file, handOver, true);
        assertThat(refused.diterapkan()).isFalse();
        assertThat(refused.galat()).isEqualTo(7);
        assertThat(refused.kesalahan()).containsExactly(
                new ImportProblem(3, "LOGIN", Messages.get("account.import.login", "Budi Santoso", 64)),
                new ImportProblem(4, "EMAIL", Messages.get("account.import.email", "budi@")),
                new ImportProblem(5, "PERAN", Messages.get("account.import.unknownRole", "kepala sekolah",
                        AccountRole.knownWords())),
                new ImportProblem(6, "OPD", Messages.get("account.import.unknownOpd", "Dinas Entah Berantah")),
                new ImportProblem(7, "OPD", Messages.get("account.import.opdRequired")),
                new ImportProblem(8, "LOGIN", Messages.get("account.import.duplicateLogin", good, 2)),
                new ImportProblem(9, "NIP", Messages.get("nip.format", "12345")));
        assertThat(identity.createUserQuery().userId(good).count()).as("all or nothing: nothing written").isZero();
        assertThat(accounts.findById(good)).isEmpty();

        ImportResult preview = runner.preview(accountImport, file);
        assertThat(preview.baru()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId(good).count()).as("a preview writes nothing").isZero();

        handOver = new PasswordHandOver();
        ImportResult goodRows = commit(file, handOver, false);
        assertThat(goodRows.diterapkan()).isTrue();
        assertThat(goodRows.baru()).isEqualTo(1);
        assertThat(handOver.issued()).extracting(IssuedPassword::login).containsExactly(good);
        assertThat(identity.createUserQuery().userId(good).count()).isEqualTo(1);

        ImportResult noRoleColumn = commit("LOGIN,NAMA,EMAIL\nx,y,z@example.org\n".getBytes(StandardCharsets.UTF_8),
                new PasswordHandOver(), true);
        assertThat(noRoleColumn.kesalahan()).containsExactly(
                new ImportProblem(1, "PERAN", Messages.get("import.missingColumn", "PERAN")));
    }

    @Test
    void theSetupAdministratorIsNeverChanged_andOnlyAnAdministratorMakesOrChangesOne() {
        byte[] setupAdmin = (HEADER + "tadmin,Orang Lain,lain@example.org,,panel,\n").getBytes(StandardCharsets.UTF_8);
        actAs("tadmin", RoleGroups.CAMUNDA_ADMIN);
        assertThat(commit(setupAdmin, new PasswordHandOver(), true).kesalahan()).containsExactly(
                new ImportProblem(2, "LOGIN", Messages.get("account.import.setupAdministrator", "tadmin")));
        assertThat(groups("tadmin")).contains(RoleGroups.CAMUNDA_ADMIN).doesNotContain(RoleGroups.PANEL);

        String made = login("sysadmin");
        byte[] administrator = (HEADER + made + ",Admin Sistem,sys." + s + "@example.org,,admin bkpsdm; administrator,\n")
                .getBytes(StandardCharsets.UTF_8);
        actAs(TestFixtures.BKPSDM_USER, RoleGroups.BKPSDM_ADMIN);
        assertThat(commit(administrator, new PasswordHandOver(), true).kesalahan()).containsExactly(
                new ImportProblem(2, "PERAN", Messages.get("account.import.makeAdministratorOnly")));
        assertThat(identity.createUserQuery().userId(made).count()).isZero();

        actAs("tadmin", RoleGroups.CAMUNDA_ADMIN);
        assertThat(commit(administrator, new PasswordHandOver(), true).baru()).isEqualTo(1);
        assertThat(groups(made)).containsExactlyInAnyOrder(RoleGroups.BKPSDM_ADMIN, RoleGroups.CAMUNDA_ADMIN);

        actAs(TestFixtures.BKPSDM_USER, RoleGroups.BKPSDM_ADMIN);
        byte[] demote = (HEADER + made + ",Admin Sistem,sys." + s + "@example.org,,panel,\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(commit(demote, new PasswordHandOver(), true).kesalahan()).containsExactly(
                new ImportProblem(2, "LOGIN", Messages.get("account.import.administratorOnly", made)));
        identity.deleteMembership(made, RoleGroups.CAMUNDA_ADMIN);
    }

    @Test
    void theApi_previewsWithoutPasswords_commitsWithThem_andOnlyForBkpsdm() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockMultipartFile file = new MockMultipartFile("berkas", "akun.csv", "text/csv",
                fourPeople("kepala", "Dinas Uji Alpha"));

        MvcResult preview = mvc.perform(multipart("/api/impor/akun").file(file).param("pratinjau", "true")
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn();
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        JsonNode previewed = json(preview);
        assertThat(previewed.get("baru").asInt()).isEqualTo(4);
        assertThat(previewed.get("diterapkan").asBoolean()).isFalse();
        assertThat(previewed.has("kataSandiSekali")).isFalse();
        assertThat(identity.createUserQuery().userId(login("kepala")).count()).isZero();

        MvcResult commit = mvc.perform(multipart("/api/impor/akun").file(file)
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn();
        assertThat(commit.getResponse().getStatus()).isEqualTo(200);
        assertThat(commit.getResponse().getHeader("Cache-Control")).contains("no-store");
        JsonNode done = json(commit);
        assertThat(done.get("baru").asInt()).isEqualTo(4);
        assertThat(done.get("kesalahan").isArray()).isTrue();
        JsonNode passwords = done.get("kataSandiSekali");
        assertThat(passwords).hasSize(4);
        assertThat(passwords.get(0).get("login").asText()).isEqualTo(login("kepala"));
        assertThat(identity.checkPassword(login("kepala"), passwords.get(0).get("kataSandi").asText())).isTrue();

        JsonNode again = json(mvc.perform(multipart("/api/impor/akun").file(file)
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn());
        assertThat(again.get("tetap").asInt()).isEqualTo(4);
        assertThat(again.has("kataSandiSekali")).isFalse();

        assertThat(mvc.perform(multipart("/api/impor/akun").file(file)
                .with(httpBasic("kepala." + TestFixtures.ALPHA, TestFixtures.PASSWORD))).andReturn().getResponse()
                .getStatus()).as("an OPD head").isEqualTo(403);
        assertThat(mvc.perform(multipart("/api/impor/akun").file(file)
                .with(httpBasic(TestFixtures.VERIFIER_USER, TestFixtures.PASSWORD))).andReturn().getResponse()
                .getStatus()).as("a BKPSDM verifier").isEqualTo(403);
    }

    private Set<String> groups(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    private static void actAs(String userId, String... groups) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId,
                null, List.of(groups).stream().map(SimpleGrantedAuthority::new).toList()));
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return new ObjectMapper().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
