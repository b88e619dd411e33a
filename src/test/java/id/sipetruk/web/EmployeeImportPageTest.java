package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.Messages;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.RoleGroups;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * /impor/pegawai as BKPSDM uses it: upload, a preview that writes nothing and lists every bad row, "terapkan" all
 * or nothing (refused with a bad row) or the good rows, a stale preview refused, other roles kept out.
 */
@SpringBootTest
class EmployeeImportPageTest {

    @Autowired TestFixtures fixtures;
    @Autowired EmployeeRepository employees;
    @Autowired WebApplicationContext context;

    @Test
    void bkpsdmPreviewsThenApplies_allOrNothingRefusesABadFile_andAStalePreviewIsRefused() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String good = fixtures.freeNip();
        String csv = "\uFEFFNIP BARU,NAMA,UNOR ID,UNOR NAMA,SATUAN KERJA KERJA NAMA\n"
                + "'" + good + ",Pegawai Halaman,UP" + suffix + ",Bidang Uji,Dinas Halaman Uji " + suffix + "\n"
                + "12345,Salah,UP" + suffix + ",Bidang Uji,Dinas Halaman Uji " + suffix + "\n";
        MockMultipartFile file = new MockMultipartFile("berkas", "ekspor-siasn.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockMvc bkpsdm = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        MockHttpSession session = new MockHttpSession();

        assertThat(html(bkpsdm.perform(get("/impor/pegawai").session(session)).andReturn()))
                .contains("Impor pegawai dari SIASN", "Pratinjau");
        MvcResult preview = bkpsdm.perform(multipart("/impor/pegawai/pratinjau").file(file).session(session))
                .andReturn();
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        String page = html(preview);
        assertThat(page).contains("Pratinjau: belum ada yang disimpan", "ekspor-siasn.csv",
                "<tr><th>Baru</th><td>1</td></tr>", "<tr><th>Baris galat</th><td>1</td></tr>",
                "<td>3</td><td>NIP BARU</td>", escaped(Messages.get("nip.format", "12345")),
                "Dinas Halaman Uji " + suffix);
        assertThat(employees.findByNip(good)).as("a preview writes nothing").isEmpty();

        MvcResult refused = bkpsdm.perform(post("/impor/pegawai/terapkan").session(session)
                .param("kunci", key(page)).param("semuaAtauTidak", "true")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(refused)).contains(escaped(Messages.get("import.notApplied", 1)));
        assertThat(employees.findByNip(good)).isEmpty();

        page = html(bkpsdm.perform(multipart("/impor/pegawai/pratinjau").file(file).session(session)).andReturn());
        String key = key(page);
        MvcResult applied = bkpsdm.perform(post("/impor/pegawai/terapkan").session(session).param("kunci", key))
                .andReturn();
        assertThat(applied.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(applied)).contains("Hasil impor", "Impor diterapkan.");
        assertThat(employees.findByNip(good)).isPresent();

        MvcResult stale = bkpsdm.perform(post("/impor/pegawai/terapkan").session(session).param("kunci", key))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(stale)).contains(escaped(Messages.get("import.expired")));
    }

    @Test
    void onlyBkpsdmAndAdministratorsReachThePage() throws Exception {
        MockMvc head = WebAs.login(context, "kepala.uji", "opd-uji-head");
        assertThat(head.perform(get("/impor/pegawai")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(head.perform(multipart("/impor/pegawai/pratinjau").file(new MockMultipartFile("berkas", "a.csv",
                "text/csv", "NIP BARU\n".getBytes(StandardCharsets.UTF_8)))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        MockMvc bupati = WebAs.login(context, "bupati.uji", RoleGroups.BUPATI);
        assertThat(bupati.perform(get("/impor/pegawai")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(WebAs.anonymous(context).perform(get("/impor/pegawai")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    private static String key(String page) {
        Matcher key = Pattern.compile("name=\"kunci\" value=\"([^\"]+)\"").matcher(page);
        assertThat(key.find()).as("the preview carries its key").isTrue();
        return key.group(1);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
