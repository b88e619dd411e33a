package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.Messages;
import id.sipetruk.organization.RoleGroups;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * /impor/akun as BKPSDM uses it: the preview issues no password, "terapkan" offers the one-time passwords of the new
 * logins as one download, which works once; other roles are kept out.
 */
@SpringBootTest
class AccountImportPageTest {

    @Autowired TestFixtures fixtures;
    @Autowired IdentityService identity;
    @Autowired WebApplicationContext context;

    private final String s = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);

    @AfterEach
    void removeTheirUsers() {
        fixtures.removeUsersEndingWith("." + s);
    }

    @Test
    void theOneTimePasswordsAreOfferedOnceAfterTheImportIsApplied() throws Exception {
        fixtures.ensureRegency();
        String csv = "LOGIN;NAMA;EMAIL;PERAN;OPD\n"
                + "kepala.hal." + s + ";Kepala Halaman;kh." + s + "@example.org;kepala opd;" + TestFixtures.BETA + "\n"
                + "juri.hal." + s + ";Juri Halaman;jh." + s + "@example.org;juri;\n";
        MockMultipartFile file = new MockMultipartFile("berkas", "akun.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockMvc bkpsdm = WebAs.login(context, TestFixtures.BKPSDM_USER, RoleGroups.BKPSDM_ADMIN);
        MockHttpSession session = new MockHttpSession();

        assertThat(html(bkpsdm.perform(get("/impor/akun").session(session)).andReturn()))
                .contains(Messages.get("import.akun.title"));
        String preview = html(bkpsdm.perform(multipart("/impor/akun/pratinjau").file(file).session(session))
                .andReturn());
        assertThat(preview).contains("<tr><th>Baru</th><td>2</td></tr>").doesNotContain("kata-sandi\"");
        assertThat(identity.createUserQuery().userId("juri.hal." + s).count()).isZero();

        MvcResult applied = bkpsdm.perform(post("/impor/akun/terapkan").session(session).param("kunci", key(preview))
                .param("semuaAtauTidak", "true")).andReturn();
        assertThat(applied.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(applied)).contains("Impor diterapkan.", "Unduh kata sandi sekali pakai");

        MvcResult download = bkpsdm.perform(post("/impor/akun/kata-sandi").session(session)).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
        List<String> lines = download.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFLOGIN,NAMA,KATA SANDI SEKALI PAKAI");
        assertThat(lines).hasSize(3);
        String[] juri = lines.get(2).split(",");
        assertThat(juri[0]).isEqualTo("juri.hal." + s);
        assertThat(identity.checkPassword(juri[0], juri[2])).isTrue();

        MvcResult again = bkpsdm.perform(post("/impor/akun/kata-sandi").session(session)).andReturn();
        assertThat(again.getResponse().getStatus()).as("once only").isEqualTo(410);
        assertThat(html(again)).contains(Messages.get("account.passwordsGone"));

        MockMvc verifier = WebAs.login(context, TestFixtures.VERIFIER_USER, RoleGroups.BKPSDM_VERIFIER);
        assertThat(verifier.perform(get("/impor/akun")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(verifier.perform(post("/impor/akun/kata-sandi")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(verifier.perform(get("/akun/daftar")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private static String key(String page) {
        Matcher key = Pattern.compile("name=\"kunci\" value=\"([^\"]+)\"").matcher(page);
        assertThat(key.find()).isTrue();
        return key.group(1);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
