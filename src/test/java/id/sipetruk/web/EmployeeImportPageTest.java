package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.Messages;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.RoleGroups;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * /impor/pegawai as BKPSDM uses it: upload, a preview that writes nothing and lists every bad row, "terapkan" all
 * or nothing (refused with a bad row) or the good rows, a stale preview refused, other roles kept out; an import
 * that takes longer than the request waits answers its progress page, whose status address it polls.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class EmployeeImportPageTest {

    @Autowired TestFixtures fixtures;
    @Autowired EmployeeRepository employees;
    @Autowired WebApplicationContext context;
    @Autowired ImportJobs jobs;

    @Test
    void bkpsdmPreviewsThenApplies_allOrNothingRefusesABadFile_andAStalePreviewIsRefused(CapturedOutput output)
            throws Exception {
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
        String previewKey = key(page);
        assertThat(html(bkpsdm.perform(get("/impor/pegawai/kemajuan").param("kunci", previewKey).session(session))
                .andReturn())).as("a preview done within the request's patience: its status says so")
                .contains("\"keadaan\":\"SELESAI\"", "\"baris\":2", "\"jumlah\":2", "\"persen\":100");
        assertThat(html(bkpsdm.perform(get("/impor/pegawai/hasil").param("kunci", previewKey).session(session))
                .andReturn())).contains("Pratinjau: belum ada yang disimpan", "<tr><th>Baru</th><td>1</td></tr>");

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
        assertThat(output).as("the background commit knows who asked for it")
                .contains("Import 'pegawai' by bkpsdm.uji: 1 new");

        MvcResult stale = bkpsdm.perform(post("/impor/pegawai/terapkan").session(session).param("kunci", key))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(stale)).contains(escaped(Messages.get("import.expired")));
    }

    @Test
    void aLongImport_answersWithItsProgress_whichThePagePollsUntilTheResultIsThere() throws Exception {
        String nip = fixtures.freeNip();
        String csv = "NIP BARU,NAMA,UNOR ID,UNOR NAMA\n" + nip + ",Pegawai Menunggu,UW1,Bidang Uji\n";
        MockMvc bkpsdm = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        MockHttpSession session = new MockHttpSession();
        CountDownLatch otherImports = occupyEveryImportThread();
        try {
            MvcResult waiting = bkpsdm.perform(multipart("/impor/pegawai/pratinjau").file(new MockMultipartFile(
                    "berkas", "besar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).session(session))
                    .andReturn();
            assertThat(waiting.getResponse().getStatus()).as("still running after the request's patience")
                    .isEqualTo(202);
            String page = html(waiting);
            Matcher status = Pattern.compile("data-status=\"([^\"]+)\"").matcher(page);
            assertThat(status.find()).isTrue();
            assertThat(page).contains("Pratinjau sedang disiapkan", "besar.csv", "<progress",
                    Messages.get("import.progress.waiting"), "/js/impor.js", "muat ulang")
                    .doesNotContain("name=\"kunci\"");
            String key = status.group(1).replaceAll(".*kunci=", "");
            assertThat(html(bkpsdm.perform(get(status.group(1)).session(session)).andReturn()))
                    .contains("\"keadaan\":\"MENUNGGU\"", "\"jumlah\":0");

            MockMvc head = WebAs.login(context, "kepala.uji", "opd-uji-head");
            assertThat(head.perform(get(status.group(1)).session(session)).andReturn().getResponse().getStatus())
                    .as("same security as the page").isEqualTo(403);
            MvcResult unknown = bkpsdm.perform(get("/impor/pegawai/kemajuan").param("kunci", "tidak-ada")
                    .session(session)).andReturn();
            assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
            assertThat(html(unknown)).contains(Messages.get("import.progress.unknown"));
            assertThat(bkpsdm.perform(get("/impor/pegawai/kemajuan").param("kunci", key)).andReturn().getResponse()
                    .getStatus()).as("another session does not see it").isEqualTo(404);

            otherImports.countDown();
            String done = "";
            for (int i = 0; i < 100 && !done.contains("SELESAI"); i++) {
                Thread.sleep(100);
                done = html(bkpsdm.perform(get(status.group(1)).session(session)).andReturn());
            }
            assertThat(done).contains("\"keadaan\":\"SELESAI\"", "\"baris\":1", "\"jumlah\":1");
            MvcResult result = bkpsdm.perform(get("/impor/pegawai/hasil").param("kunci", key).session(session))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(html(result)).contains("Pratinjau: belum ada yang disimpan", "<tr><th>Baru</th><td>1</td></tr>",
                    "name=\"kunci\" value=\"" + key + "\"");
            assertThat(employees.findByNip(nip)).isEmpty();
        } finally {
            otherImports.countDown();
        }
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

    /** Every import thread busy with another import until the latch opens: a new import has to wait. */
    private CountDownLatch occupyEveryImportThread() throws InterruptedException {
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(ImportJobs.THREADS);
        for (int i = 0; i < ImportJobs.THREADS; i++) {
            jobs.start("andere-" + i, "pegawai", "lain.csv", true, progress -> {
                started.countDown();
                try {
                    open.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ImportResult.refused(List.of());
            });
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return open;
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
