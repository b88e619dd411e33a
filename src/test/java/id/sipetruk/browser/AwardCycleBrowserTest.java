package id.sipetruk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.process.ProcessDriver;
import id.sipetruk.process.ProcessKeys;
import id.sipetruk.regency.RegencySetting;
import id.sipetruk.regency.RegencySettingRepository;
import id.sipetruk.regency.RegencySettingsService;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One whole award cycle in headless Chromium, every step in the UI its role uses (Tasklist and Camunda Forms,
 * Cockpit, SI PETRUK's own pages), on the application with the demo profile; only the clock is driven through
 * the engine (the opening timer and the job executor's work are run by the test, at the moment they are due).
 * Between the steps it checks what must not be seen, form validation as a person meets it, an incident in
 * Cockpit and the panel's form on a tablet. Screenshots of every step: target/screenshots/.
 *
 * <p>The steps build on each other (one period goes through its life), so they run in order and a failed step
 * skips the rest; the failing page is kept as FAILED-*.png/.html beside the screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sipetruk-browser;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.webapp.enabled=true"})
@ActiveProfiles("demo")
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwardCycleBrowserTest {

    static final String PASSWORD = DemoUsers.PASSWORD;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final ZoneId REGENCY = ZoneId.of("Asia/Makassar");
    static final String PROCESS_NAME = "Penghargaan ASN Berprestasi (periode)";

    /** OPD A nominates; OPD B's head must see none of it. */
    static final String OPD_A = "diskominfo";
    static final String OPD_A_NAME = "Dinas Komunikasi dan Informatika";
    static final String OPD_B = "dinkes";
    static final String NOMINEE = "Ahmad Fauzi, S.Kom.";

    @LocalServerPort int port;
    @Autowired ProcessDriver processDriver;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired EmployeeRepository employees;
    @Autowired AwardPeriodRepository periods;
    @Autowired RegencySettingsService regencySettings;
    @Autowired RegencySettingRepository regencySettingRows;

    Browser browser;
    Tasklist tasklist;
    ProcessInstance period;
    String nominationCode;

    @RegisterExtension
    final StopAtFirstFailure steps = new StopAtFirstFailure();

    @BeforeAll
    void openBrowser() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        browser = new Browser("http://localhost:" + port, SCREENSHOTS);
        tasklist = new Tasklist(browser);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void previousStepsPassed() {
        assumeTrue(!steps.failed, "an earlier step failed; this one builds on it");
        browser.resize(1366, 900);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aLoggedOutVisitor_reachesOnlyTheLoginAndVerificationPages() {
        browser.logout();
        for (String path : List.of("/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/",
                "/periode/PRD-2026-01", "/berkas/PRD-2026-01-DISKOMINFO-1", "/dokumen/1", "/pengaturan")) {
            browser.open(path);
            browser.waiting().until(d -> browser.currentPath().startsWith("/masuk"));
            assertThat(browser.pageText()).as(path).contains("Masuk");
        }
        browser.screenshot("00-pengunjung-halaman-masuk");
        browser.open("/verifikasi");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Verifikasi dokumen");
    }

    @Test
    @Order(2)
    void bkpsdm_startsThePeriodFromTasklistsStartForm() {
        tasklistAs("bkpsdm");
        CamundaForm form = tasklist.startProcess(PROCESS_NAME);
        LocalDate tomorrow = LocalDate.now(REGENCY).plusDays(1);
        form.type("Judul periode", "x").type("Judul periode", "").type("Jumlah calon per OPD", 0);
        assertThat(form.errors("Judul periode")).isEqualTo("Wajib diisi.");
        assertThat(form.errors("Jumlah calon per OPD")).isEqualTo("Nilai paling kecil 1.");
        assertThat(tasklist.startButton().isEnabled()).isFalse();

        form.type("Judul periode", "Penghargaan ASN Berprestasi Tahun 2026")
                .choose("Bulan acuan data e-Kinerja dan kehadiran", "Oktober")
                .typeDate("Nominasi dibuka (tanggal)", tomorrow)
                .type("Jam dibuka", "08:00")
                .typeDate("Nominasi ditutup (tanggal)", tomorrow.plusDays(14))
                .type("Jam ditutup", "16:00")
                .type("Jumlah calon per OPD", 1)
                .type("Jumlah penerima penghargaan", 1)
                .type("Jumlah finalis", 3);
        browser.screenshot("01-bkpsdm-form-mulai-periode");
        WebElement start = tasklist.startButton();
        browser.waiting().until(d -> start.isEnabled());
        start.click();
        browser.waiting().until(d -> browser.all(By.cssSelector(".modal .fjs-form")).isEmpty());

        period = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AWARD_PERIOD).singleResult();
        assertThat(period).as("the period's process instance").isNotNull();
        assertThat(period.getBusinessKey()).isEqualTo("PRD-2026-01");
        assertThat(periods.findByCode("PRD-2026-01")).hasValueSatisfying(p -> {
            assertThat(p.getTitle()).isEqualTo("Penghargaan ASN Berprestasi Tahun 2026");
            assertThat(p.getNomineesPerOpd()).isEqualTo(1);
            assertThat(p.getAwardeeCount()).isEqualTo(1);
        });
    }

    @Test
    @Order(3)
    void theNominationWindowOpensOnItsTimer() {
        Job opening = management.createJobQuery().processInstanceId(period.getId())
                .activityId("Timer_NominationWindowOpens").singleResult();
        assertThat(opening).as("the opening timer waits").isNotNull();
        assertThat(opening.getDuedate()).isInTheFuture();
        management.executeJob(opening.getId());
        processDriver.runDueJobs(period);
        assertThat(processDriver.openTasks(period, "Task_NominateCandidates")).hasSize(12);
    }

    @Test
    @Order(4)
    void anOpdHead_nominatesFromHisFilter_andAnOverQuotaNominationIsRefusedInWords() {
        tasklistAs(DemoUsers.headUserId(OPD_A));
        assertThat(tasklist.filters()).contains("Tugas OPD saya").doesNotContain("Administrasi BKPSDM");
        tasklist.filter("Tugas OPD saya");
        assertThat(tasklist.tasks()).hasSize(1).first().asString().contains("Kepala OPD: usulkan calon");
        CamundaForm form = tasklist.openTask("Kepala OPD: usulkan calon");
        assertThat(form.text()).contains(OPD_A_NAME);
        Employee second = employees.findByOpdCodeAndActiveTrueOrderByName(OPD_A).stream()
                .filter(e -> !e.getName().equals(NOMINEE)).findFirst().orElseThrow();
        form.addTag("Calon yang diusulkan", "Ahmad", NOMINEE)
                .addTag("Calon yang diusulkan", second.getName().substring(0, 5), second.getName());
        browser.screenshot("02-kepala-opd-usulkan-calon");

        String refusal = tasklist.completeRefused();
        browser.screenshot("03-kepala-opd-kuota-terlampaui");
        tasklist.dismissNotifications();
        assertThat(refusal).contains("hanya boleh mengusulkan 1 calon, tetapi 2 NIP diisi").doesNotContain("Exception").doesNotContain("at id.sipetruk");
        assertThat(processDriver.openTasks(period, "Task_NominateCandidates")).hasSize(12);

        form.removeTag(second.getName());
        assertThat(form.tags("Calon yang diusulkan")).singleElement().asString().startsWith(NOMINEE);
        completeAndRunDueJobs();
        assertThat(processDriver.openTasks(period, "Task_FillAssessment")).hasSize(1);
        nominationCode = "PRD-2026-01-" + OPD_A.toUpperCase() + "-1";
    }

    @Test
    @Order(5)
    void anotherOpdsHead_seesNoneOfItsTasksOrItsDossier() {
        tasklistAs(DemoUsers.headUserId(OPD_B));
        assertNoTaskInAnyFilter(t -> t.contains(OPD_A_NAME) || t.contains(NOMINEE));
        tasklist.filter("Tugas OPD saya");
        assertThat(tasklist.tasks()).hasSize(1);
        browser.screenshot("04-kepala-opd-lain-hanya-tugasnya");
        browser.open("/berkas/" + nominationCode);
        assertThat(browser.pageText()).contains("Tidak berhak").doesNotContain(NOMINEE);
        browser.screenshot("05-kepala-opd-lain-berkas-ditolak");
    }

    @Test
    @Order(6)
    void theOpdAdmin_fillsTheInstrument_aScoreOutOfRangeIsStoppedInTheForm_andUploadsEvidence() throws Exception {
        tasklistAs(DemoUsers.adminUserId(OPD_A)).filter("Tugas OPD saya");
        CamundaForm form = tasklist.openTask("Admin OPD: isi instrumen penilaian");
        assertThat(form.text()).contains(NOMINEE);

        form.type("Nilai e-Kinerja bulan acuan", 101);
        browser.waiting().until(d -> !form.errors("Nilai e-Kinerja bulan acuan").isEmpty());
        assertThat(form.errors("Nilai e-Kinerja bulan acuan")).isEqualTo("Nilai paling besar 100.");
        assertThat(tasklist.completeButton().isEnabled()).isFalse();
        browser.screenshot("06-admin-opd-nilai-di-luar-rentang");

        form.type("Nilai e-Kinerja bulan acuan", 91)
                .type("Persentase kehadiran bulan acuan", 97)
                .type("Nama inovasi / prestasi", "SIPANDU: layanan pengaduan daring")
                .type("Uraian inovasi / prestasi", "Kanal pengaduan warga terpadu dengan waktu tanggap 1 hari.")
                .choose("Skor inovasi", "40")
                .pick("Hasil e-Perilaku 360°", "Di atas ekspektasi");
        assertThat(form.errors("Nilai e-Kinerja bulan acuan")).isEmpty();
        browser.screenshot("07-admin-opd-isi-instrumen");
        completeAndRunDueJobs();

        browser.open("/berkas/" + nominationCode);
        Path evidence = Files.createTempFile("sertifikat-inovasi-", ".pdf");
        Files.write(evidence, SamplePdf.withText("Sertifikat inovasi SIPANDU"));
        browser.visible(By.id("berkas-data-dukung")).sendKeys(evidence.toAbsolutePath().toString());
        browser.click(By.xpath("//button[normalize-space(.)='Unggah']"));
        browser.waiting().until(d -> browser.pageText().contains(evidence.getFileName().toString()));
        browser.screenshot("08-admin-opd-data-dukung");
        Files.delete(evidence);
    }

    @Test
    @Order(7)
    void theHead_ratesTeamWorkAndSignsOff_butTheAssessmentPdfFails_becauseTheStoredLogoIsDamaged() {
        damageTheStoredLogo();
        tasklistAs(DemoUsers.headUserId(OPD_A)).filter("Tugas OPD saya");
        CamundaForm form = tasklist.openTask("Kepala OPD: nilai Team Work dan setujui");
        form.pick("Nilai Team Work", "20").pick("Keputusan", "Setujui dan tanda tangani");
        browser.screenshot("09-kepala-opd-team-work");
        tasklist.complete();

        Job generation = failingJob("Task_GenerateAssessmentResult");
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(generation.getId());
            } catch (RuntimeException expected) {
                // the job executor would retry on its own (R3/PT5M); the test runs the three attempts now
            }
        }
        Incident incident = runtime.createIncidentQuery().activityId("Task_GenerateAssessmentResult").singleResult();
        assertThat(incident).as("an incident after three failed attempts").isNotNull();
        assertThat(incident.getIncidentMessage()).startsWith("Logo tidak dapat dicetak");
    }

    @Test
    @Order(8)
    void cockpit_showsThePeriodItsNominationAndTheIncident_whichIsRetriedAfterTheLogoIsFixed() {
        browser.loginAs("admin", PASSWORD);
        Cockpit cockpit = new Cockpit(browser);
        cockpit.openProcess(PROCESS_NAME);
        assertThat(cockpit.instanceRows()).anyMatch(row -> row.endsWith("PRD-2026-01"));
        assertThat(cockpit.diagramElements()).as("the period's diagram: a lane per role, the milestones")
                .contains("Lane_Bkpsdm", "Lane_System", "Lane_Opd", "Lane_Panel", "Lane_Bupati",
                        "Milestone_NominationStageEnded", "Milestone_DecreeIssued", "Task_IssueDecree");
        browser.screenshot("10-admin-cockpit-periode");
        cockpit.openProcess("Nominasi satu calon ASN Berprestasi");
        assertThat(cockpit.instanceRows()).anyMatch(row -> row.endsWith(nominationCode));
        assertThat(cockpit.diagramElements()).as("the nomination's diagram: a lane per role, one scoring step")
                .contains("Lane_OpdAdmin", "Lane_OpdHead", "Lane_System", "Lane_BkpsdmVerifier")
                .doesNotContain("Task_ScoreAssessment");
        browser.screenshot("10b-admin-cockpit-nominasi");
        // both diagrams on a wide screen, where their lanes and labels can be read
        browser.resize(2800, 1500);
        cockpit.openProcess(PROCESS_NAME);
        browser.screenshot("10c-admin-cockpit-diagram-periode");
        cockpit.openProcess("Nominasi satu calon ASN Berprestasi");
        browser.screenshot("10d-admin-cockpit-diagram-nominasi");
        browser.resize(1366, 900);
        cockpit.openProcess("Nominasi satu calon ASN Berprestasi");
        cockpit.openInstance(nominationCode);
        String incidents = cockpit.incidents();
        assertThat(incidents).contains("Logo tidak dapat dicetak");
        browser.screenshot("11-admin-cockpit-insiden");
        assertThat(cockpit.firstIncidentInFull())
                .contains("Logo tidak dapat dicetak; unggah ulang logo di halaman Pengaturan, lalu ulangi.");
        browser.screenshot("11b-admin-cockpit-pesan-insiden");
        cockpit.closeModal();

        // BKPSDM fixes the cause: back to the application's configured logo
        browser.loginAs("bkpsdm", PASSWORD);
        browser.open("/pengaturan");
        browser.click(By.xpath("//button[normalize-space(.)='Kembalikan ke konfigurasi aplikasi']"));
        browser.driver().switchTo().alert().accept();
        browser.waiting().until(d -> browser.all(By.xpath("//button[normalize-space(.)='Kembalikan ke konfigurasi aplikasi']"))
                .isEmpty());
        assertThat(regencySettings.stored()).isEmpty();

        browser.loginAs("admin", PASSWORD);
        cockpit.openProcess("Nominasi satu calon ASN Berprestasi");
        cockpit.openInstance(nominationCode);
        assertThat(cockpit.retryFirstIncident()).contains("berhasil diselesaikan");
        browser.screenshot("12-admin-cockpit-coba-lagi");
        cockpit.closeDialog();
        Job retried = failingJob("Task_GenerateAssessmentResult");
        assertThat(retried.getRetries()).as("Cockpit gave the job another attempt").isEqualTo(1);
        management.executeJob(retried.getId()); // as the job executor does with a job that has retries left
        processDriver.runDueJobs(period);
        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertThat(processDriver.openTasks(period, "Task_VerifyNomination")).hasSize(1);
    }

    @Test
    @Order(9)
    void theVerifier_sendsTheNominationBackOnce() {
        tasklistAs("verifikator").filter("Verifikasi");
        CamundaForm form = tasklist.openTask("BKPSDM: verifikasi internal");
        form.pick("Hasil verifikasi", "Kembalikan ke OPD untuk diperbaiki");
        assertThat(tasklist.completeRefused()).as("the server asks for the reason")
                .contains("Alasan wajib diisi bila usulan dikembalikan atau ditolak.");
        tasklist.dismissNotifications();
        assertThat(processDriver.openTasks(period, "Task_VerifyNomination")).hasSize(1);
        form.type("Alasan", "Lampirkan surat keterangan dari atasan untuk inovasi SIPANDU.");
        browser.screenshot("13-verifikator-kembalikan");
        completeAndRunDueJobs();
        assertThat(processDriver.openTasks(period, "Task_FillAssessment")).hasSize(1);
    }

    @Test
    @Order(10)
    void theOpdCorrectsAndSignsOffAgain() {
        tasklistAs(DemoUsers.adminUserId(OPD_A)).filter("Tugas OPD saya");
        CamundaForm form = tasklist.openTask("Admin OPD: isi instrumen penilaian");
        assertThat(form.text()).contains("Lampirkan surat keterangan dari atasan");
        form.type("Uraian inovasi / prestasi", "Kanal pengaduan warga terpadu dengan waktu tanggap 1 hari; "
                + "surat keterangan atasan terlampir.");
        browser.screenshot("14-admin-opd-perbaiki");
        completeAndRunDueJobs();

        tasklistAs(DemoUsers.headUserId(OPD_A)).filter("Tugas OPD saya");
        tasklist.openTask("Kepala OPD: nilai Team Work dan setujui")
                .pick("Nilai Team Work", "20").pick("Keputusan", "Setujui dan tanda tangani");
        completeAndRunDueJobs();
        assertThat(processDriver.openTasks(period, "Task_VerifyNomination")).hasSize(1);
    }

    @Test
    @Order(11)
    void theVerifier_acceptsTheNomination_andBkpsdmClosesTheWindowEarly() {
        tasklistAs("verifikator").filter("Verifikasi");
        tasklist.openTask("BKPSDM: verifikasi internal").pick("Hasil verifikasi", "Memenuhi syarat");
        browser.screenshot("15-verifikator-memenuhi-syarat");
        completeAndRunDueJobs();

        tasklistAs("bkpsdm").filter("Administrasi BKPSDM");
        tasklist.openTask("BKPSDM: tutup nominasi lebih awal").tick("Saya menutup nominasi sekarang");
        completeAndRunDueJobs();
        assertThat(processDriver.openTasks(period, "Task_ScoreFinalist")).hasSize(3);
    }

    @Test
    @Order(12)
    void thePanel_scoresOnATablet_twoMembersScoreAndOneAbstains() {
        browser.loginAs("panel1", PASSWORD);
        browser.resize(768, 1024);
        assertThat(browser.js("return window.innerWidth;")).isEqualTo(768L);
        tasklist.open();
        CamundaForm form = tasklist.openTask("Panel: nilai presentasi dan wawancara");
        assertThat(form.text()).contains(NOMINEE);
        assertThat(horizontalOverflow()).as("page wider than the tablet").isLessThanOrEqualTo(0);
        assertThat(clippedLabels()).as("labels cut off").isEmpty();
        for (String label : List.of("Saya tidak menilai finalis ini", "Nilai presentasi (0–100)",
                "Nilai wawancara (0–100)")) {
            assertReachableWithoutHorizontalScroll(form.container(label));
        }
        form.type("Nilai presentasi (0–100)", 88).type("Nilai wawancara (0–100)", 84);
        assertReachableWithoutHorizontalScroll(tasklist.completeButton());
        browser.screenshot("16-panel-tablet-nilai");
        tasklist.complete();
        browser.resize(1366, 900);

        tasklistAs("panel2");
        tasklist.openTask("Panel: nilai presentasi dan wawancara")
                .type("Nilai presentasi (0–100)", 80).type("Nilai wawancara (0–100)", 86);
        tasklist.complete();

        tasklistAs("panel3");
        CamundaForm abstaining = tasklist.openTask("Panel: nilai presentasi dan wawancara");
        abstaining.tick("Saya tidak menilai finalis ini");
        browser.waiting().until(d -> !abstaining.isShown("Nilai presentasi"));
        abstaining.type("Alasan konflik kepentingan", "Finalis adalah saudara kandung saya.");
        browser.screenshot("17-panel-abstain");
        completeAndRunDueJobs();
        assertThat(processDriver.openTasks(period, "Task_ProposeAwardees")).hasSize(1);
    }

    @Test
    @Order(13)
    void bkpsdm_proposes_andThePanelHasNoDecreeTask_andTheBupatiSendsTheDecreeBack() {
        proposeAwardee("18-bkpsdm-usulkan-penerima");

        tasklistAs("panel1");
        assertNoTaskInAnyFilter(t -> t.contains("Bupati"));
        assertThat(tasklist.filters()).doesNotContain("Keputusan Bupati");

        tasklistAs("bupati");
        CamundaForm form = tasklist.openTask("Bupati: tetapkan SK");
        assertThat(form.value("Penerima penghargaan dalam lampiran")).contains(NOMINEE);
        form.pick("Keputusan", "Kembalikan ke BKPSDM")
                .type("Alasan pengembalian", "Mohon lampirkan berita acara tim penilai pada usulan.");
        browser.screenshot("19-bupati-kembalikan");
        completeAndRunDueJobs();
        assertThat(processDriver.openTasks(period, "Task_ProposeAwardees")).hasSize(1);
    }

    @Test
    @Order(14)
    void bkpsdm_proposesAgain_theBupatiApproves_andTheCeremonyIsRecorded() {
        proposeAwardee("20-bkpsdm-usulkan-lagi");

        tasklistAs("bupati");
        tasklist.openTask("Bupati: tetapkan SK").pick("Keputusan", "Tetapkan");
        browser.screenshot("21-bupati-tetapkan");
        completeAndRunDueJobs();

        tasklistAs("bkpsdm").filter("Administrasi BKPSDM");
        tasklist.openTask("BKPSDM: catat upacara penyerahan")
                .typeDate("Tanggal upacara", LocalDate.now(REGENCY).plusDays(20))
                .type("Tempat upacara", "Pendopo Kabupaten Sukamaju Raya");
        browser.screenshot("22-bkpsdm-catat-upacara");
        completeAndRunDueJobs();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(period.getId()).count()).isZero();
        assertThat(periods.findByCode("PRD-2026-01")).hasValueSatisfying(
                p -> assertThat(p.getStatus()).isEqualTo(AwardPeriodStatus.COMPLETED));
    }

    @Test
    @Order(15)
    void theAwardeesCertificate_opensFromTheDossier_andItsCodeVerifiesOnThePublicPage() throws Exception {
        browser.loginAs(DemoUsers.headUserId(OPD_A), PASSWORD);
        browser.open("/berkas/" + nominationCode);
        WebElement certificateLink = browser.visible(By.xpath("//a[starts-with(normalize-space(.), 'Piagam')]"));
        browser.screenshot("23-kepala-opd-berkas-dengan-piagam");
        // times are shown on the regency's clock, whatever zone the server runs in (CI runs in UTC)
        Matcher nominated = Pattern.compile("Diusulkan oleh\\s+kepala\\.diskominfo, .* pukul (\\d\\d)\\.(\\d\\d)")
                .matcher(browser.pageText());
        assertThat(nominated.find()).isTrue();
        int shown = Integer.parseInt(nominated.group(1)) * 60 + Integer.parseInt(nominated.group(2));
        LocalTime now = LocalTime.now(REGENCY);
        int apart = Math.abs(now.getHour() * 60 + now.getMinute() - shown);
        assertThat(Math.min(apart, 24 * 60 - apart)).as("minutes between the time shown and the regency's clock")
                .isLessThan(30);
        String href = certificateLink.getAttribute("href").substring(browser.url("").length());
        Browser.Download certificate = browser.fetch(href);
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(certificate.contentType()).startsWith("application/pdf");
        String code;
        try (PDDocument pdf = Loader.loadPDF(certificate.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Ahmad Fauzi");
            Matcher matcher = Pattern.compile("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}").matcher(text);
            assertThat(matcher.find()).as("a verification code on the certificate").isTrue();
            code = matcher.group();
            javax.imageio.ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 60), "png",
                    SCREENSHOTS.resolve("24-piagam.png").toFile());
        }

        browser.logout();
        browser.open("/verifikasi");
        browser.visible(By.id("kode")).sendKeys(code);
        browser.click(By.xpath("//button[normalize-space(.)='Periksa']"));
        assertThat(browser.text(By.cssSelector(".verdict-label"))).isEqualTo("ASLI");
        assertThat(browser.pageText()).contains(code).contains("Ahmad Fauzi");
        browser.screenshot("25-pengunjung-verifikasi-asli");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void proposeAwardee(String screenshot) {
        tasklistAs("bkpsdm").filter("Administrasi BKPSDM");
        CamundaForm form = tasklist.openTask("BKPSDM: usulkan penerima penghargaan");
        assertThat(form.text()).contains(NOMINEE);
        assertThat(form.isTicked("1. " + NOMINEE)).as("the best finalist is pre-ticked").isTrue();
        browser.screenshot(screenshot);
        completeAndRunDueJobs();
        assertThat(processDriver.openTasks(period, "Task_ApproveDecree")).hasSize(1);
    }

    /** Logs in on /masuk as the person does; the login lands on Tasklist, with the person's filters. */
    private Tasklist tasklistAs(String user) {
        browser.loginAs(user, PASSWORD);
        assertThat(browser.currentPath()).startsWith("/camunda/app/tasklist");
        return tasklist;
    }

    /** Completes the open task, then runs what the job executor would run next (async continuations). */
    private void completeAndRunDueJobs() {
        tasklist.complete();
        processDriver.runDueJobs(period);
    }

    private void assertNoTaskInAnyFilter(Predicate<String> forbidden) {
        for (String filter : tasklist.filters()) {
            tasklist.filter(filter);
            assertThat(tasklist.tasks()).as(filter).noneMatch(forbidden);
        }
    }

    /** A restore gone wrong: the logo stored in BKPSDM's settings is cut short; every document that prints it fails. */
    private void damageTheStoredLogo() {
        regencySettings.save(regencySettings.form(), null, "uji");
        RegencySetting setting = regencySettingRows.findById(RegencySetting.ID).orElseThrow();
        byte[] truncated = Arrays.copyOf(setting.getLogo(), 40);
        setting.setLogo(truncated, "image/png");
        regencySettingRows.save(setting);
    }

    private Job failingJob(String activityId) {
        return processDriver.instanceTree(period).stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).activityId(activityId).list().stream())
                .findFirst().orElseThrow(() -> new AssertionError("no job at " + activityId));
    }

    /** Form labels whose text does not fit their box (form-js cuts them off unless they wrap). */
    @SuppressWarnings("unchecked")
    private List<String> clippedLabels() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('.fjs-form .fjs-form-field-label'))"
                + ".filter(l => l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1).map(l => l.textContent);");
    }

    private long horizontalOverflow() {
        return ((Number) browser.js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    @SuppressWarnings("unchecked")
    private void assertReachableWithoutHorizontalScroll(WebElement element) {
        browser.scrollIntoView(element);
        Map<String, Number> box = (Map<String, Number>) browser.js("const r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, right: r.right, width: window.innerWidth, scrollX: window.scrollX};", element);
        assertThat(box.get("scrollX").doubleValue()).isZero();
        assertThat(box.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("right").doubleValue()).isLessThanOrEqualTo(box.get("width").doubleValue());
    }

    /** Keeps the failing page and skips the later steps, which build on this one. */
    final class StopAtFirstFailure implements TestWatcher {
        volatile boolean failed;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
            if (browser != null) {
                browser.keepEvidence("FAILED-" + context.getRequiredTestMethod().getName());
            }
        }
    }

    /** A small real PDF, the kind of scan an OPD admin uploads. */
    static final class SamplePdf {
        static byte[] withText(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            com.lowagie.text.Document document = new com.lowagie.text.Document();
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(new com.lowagie.text.Paragraph(text));
            document.close();
            return out.toByteArray();
        }
    }
}
