package id.sipetruk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.common.ImportResult;
import id.sipetruk.common.Messages;
import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.EmploymentType;
import id.sipetruk.organization.Nip;
import id.sipetruk.web.ImportJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * BKPSDM imports SIASN's employee export on /impor/pegawai in headless Chromium: chooses the file, sees the
 * import's progress while it waits for a free import thread (both are busy with other imports, held by the test),
 * then the preview (counts, the bad row with its row number and reason), applies the good rows and sees the result;
 * the employees exist afterwards. Its own application and database (the demo profile, like
 * {@link AwardCycleBrowserTest}, whose award cycle an import must not disturb). Screenshots 30–32 in
 * target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sipetruk-browser-import;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.webapp.enabled=true"})
@ActiveProfiles("demo")
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeImportBrowserTest {

    /** An OPD of the demo regency, so that the import creates none. */
    static final String OPD = "Dinas Komunikasi dan Informatika";

    @LocalServerPort int port;
    @Autowired EmployeeRepository employees;
    @Autowired ImportJobs jobs;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser("http://localhost:" + port, AwardCycleBrowserTest.SCREENSHOTS);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void bkpsdm_seesTheProgress_thenThePreviewWithTheBadRow_andAppliesTheGoodRows() throws Exception {
        try {
            importOnThePage();
        } catch (AssertionError | RuntimeException failed) {
            browser.keepEvidence("FAILED-impor-pegawai");
            throw failed;
        }
    }

    private void importOnThePage() throws Exception {
        List<String> nips = freeNips(3);
        Path file = Files.createTempDirectory("impor-pegawai-").resolve("ekspor-data-asn.csv");
        Files.writeString(file, "\uFEFFPNS ID,NIP BARU,NAMA,GELAR BELAKANG,JENIS PEGAWAI NAMA,KEDUDUKAN HUKUM ID,"
                + "KEDUDUKAN HUKUM NAMA,JABATAN NAMA,UNOR ID,UNOR NAMA,SATUAN KERJA KERJA NAMA\n"
                + "A1,'" + nips.get(0) + ",Rahmi Fadhilah,S.Kom.,PNS Daerah,01,Aktif,Pranata Komputer Ahli Muda,"
                + "UB-1,Bidang Aplikasi Informatika," + OPD + "\n"
                + "A2," + nips.get(1) + ",Syamsul Bahri,,PNS Daerah,01,Aktif,Pengelola Data,UB-1,"
                + "Bidang Aplikasi Informatika," + OPD + "\n"
                + "A3,12345,Nomor Salah,,PNS Daerah,01,Aktif,Analis,UB-1,Bidang Aplikasi Informatika," + OPD + "\n"
                + "A4," + nips.get(2) + ",Nadia Safitri,\"S.Tr.Kom., M.T.\",PPPK,01,Aktif,Pranata Komputer,UB-2,"
                + "Bidang Persandian," + OPD + "\n", StandardCharsets.UTF_8);

        browser.loginAs("bkpsdm", DemoUsers.PASSWORD);
        browser.open("/impor/pegawai");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Impor pegawai dari SIASN");

        CountDownLatch otherImports = occupyEveryImportThread();
        try {
            browser.visible(By.id("berkas")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.xpath("//button[normalize-space(.)='Pratinjau']"));

            WebElement progress = browser.visible(By.id("kemajuan"));
            assertThat(progress.getText()).contains("Pratinjau sedang disiapkan", file.getFileName().toString(),
                    Messages.get("import.progress.waiting"));
            assertThat(progress.findElements(By.tagName("progress"))).hasSize(1);
            String statusPath = progress.getAttribute("data-status").replaceFirst("^https?://[^/]+", "");
            Browser.Download status = browser.fetch(statusPath);
            assertThat(status.status()).isEqualTo(200);
            assertThat(new String(status.body(), StandardCharsets.UTF_8)).contains("\"keadaan\":\"MENUNGGU\"");
            browser.screenshot("30-bkpsdm-impor-pegawai-kemajuan");
        } finally {
            otherImports.countDown();
        }

        // the page polls the status and opens the preview by itself
        WebElement preview = browser.visible(By.id("hasil"));
        assertThat(browser.currentPath()).startsWith("/impor/pegawai/hasil?kunci=");
        assertThat(preview.getText()).contains("Pratinjau: belum ada yang disimpan");
        assertThat(count("Baru")).isEqualTo("3");
        assertThat(count("Baris galat")).isEqualTo("1");
        List<WebElement> problem = preview.findElements(By.cssSelector("table.problems tbody tr td"));
        assertThat(problem).extracting(WebElement::getText)
                .containsExactly("4", "NIP BARU", Messages.get("nip.format", "12345"));
        assertThat(employees.findByNip(nips.get(0))).as("a preview writes nothing").isEmpty();
        browser.screenshot("31-bkpsdm-impor-pegawai-pratinjau");

        WebElement allOrNothing = browser.visible(By.name("semuaAtauTidak"));
        assertThat(allOrNothing.isSelected()).isTrue();
        allOrNothing.click();
        browser.click(By.xpath("//button[normalize-space(.)='Terapkan']"));
        browser.waiting().until(d -> browser.pageText().contains("Hasil impor"));
        assertThat(browser.pageText()).contains("Impor diterapkan.");
        assertThat(count("Baru")).isEqualTo("3");
        browser.screenshot("32-bkpsdm-impor-pegawai-hasil");

        Employee rahmi = employees.findByNip(nips.get(0)).orElseThrow();
        assertThat(rahmi.getName()).isEqualTo("Rahmi Fadhilah, S.Kom.");
        assertThat(rahmi.getOpd().getName()).isEqualTo(OPD);
        assertThat(employees.findByNip(nips.get(1))).isPresent();
        assertThat(employees.findByNip(nips.get(2)).orElseThrow().getEmploymentType()).isEqualTo(EmploymentType.PPPK);
    }

    /** The number in the counts table's row {@code label}. */
    private String count(String label) {
        return browser.text(By.xpath("//table[@class='counts']//tr[th[normalize-space(.)='" + label + "']]/td"));
    }

    /** Every import thread busy with another import until the latch opens: the page's import has to wait. */
    private CountDownLatch occupyEveryImportThread() throws InterruptedException {
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(ImportJobs.THREADS);
        for (int i = 0; i < ImportJobs.THREADS; i++) {
            jobs.start("lain-" + i, "pegawai", "lain.csv", true, progress -> {
                started.countDown();
                try {
                    open.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ImportResult.refused(List.of());
            });
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return open;
    }

    /** Two PNS numbers and one PPPK number that no demo employee has. */
    private List<String> freeNips(int count) {
        List<String> nips = new ArrayList<>();
        for (int i = 1; nips.size() < count; i++) {
            String nip = nips.size() == count - 1 ? "19930517202321%d%03d".formatted(1 + i % 2, i)
                    : "19880214201103%d%03d".formatted(1 + i % 2, i);
            if (Nip.isValid(nip) && employees.findByNip(nip).isEmpty() && !nips.contains(nip)) {
                nips.add(nip);
            }
        }
        return nips;
    }
}
