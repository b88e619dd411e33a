package id.sipetruk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.demo.DemoUsers;
import id.sipetruk.process.ProcessDriver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
 * Tasklist, Admin and the welcome page speak Bahasa Indonesia (Camunda's locale mechanism: our locales/id.json and
 * scripts/config.js override the webjar's), whatever language the browser asks for; an OPD head is offered neither
 * "Mulai proses" nor "Buat tugas" and sees no English banner about Camunda 8, while BKPSDM still starts a period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sipetruk-locale;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.webapp.enabled=true"})
@ActiveProfiles("demo")
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
class WebappLanguageBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String OPD_HEAD = DemoUsers.headUserId("disdik");
    /** Camunda's English words a person would meet in Tasklist, and the Camunda 8 banner. */
    static final List<String> ENGLISH = List.of("Claim", "Complete", "Start process", "Create task", "Camunda 8",
            "migrate", "Add a simple filter", "Sort by", "Created");

    @LocalServerPort int port;
    @Autowired ProcessDriver processDriver;
    @Autowired ManagementService management;

    Browser browser;

    /** Closes each test's browser; a failed test first keeps its page as FAILED-language-*.png/.html. */
    @RegisterExtension
    final TestWatcher closeBrowser = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.keepEvidence("FAILED-language-" + context.getRequiredTestMethod().getName());
            }
            close();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            close();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            close();
        }

        private void close() {
            if (browser != null) {
                browser.close();
                browser = null;
            }
        }
    };

    @Test
    void theWebappsServeOurIndonesianLocaleAndConfig() {
        browser = new Browser("http://localhost:" + port, SCREENSHOTS);
        browser.loginAs("admin", DemoUsers.PASSWORD);
        for (String app : List.of("tasklist", "admin", "welcome")) {
            Browser.Download config = browser.fetch("/camunda/app/" + app + "/scripts/config.js");
            assertThat(config.status()).as(app + " config.js").isEqualTo(200);
            assertThat(new String(config.body(), StandardCharsets.UTF_8)).as(app + " config.js")
                    .contains("availableLocales: ['id']").contains("fallbackLocale: 'id'");
            Browser.Download locale = browser.fetch("/camunda/app/" + app + "/locales/id.json");
            assertThat(locale.status()).as(app + " id.json").isEqualTo(200);
            assertThat(new String(locale.body(), StandardCharsets.UTF_8)).as(app + " id.json").contains("\"Keluar\"");
        }
        assertThat(new String(browser.fetch("/camunda/app/tasklist/locales/id.json").body(), StandardCharsets.UTF_8))
                .contains("\"CLAIM_TASK\": \"Ambil\"", "\"COMPLETE\": \"Selesaikan\"", "\"START_PROCESS\": \"Mulai proses\"");
    }

    @Test
    void anOpdHead_meetsTasklistInIndonesian_withoutStartProcessCreateTaskOrTheCamunda8Banner() {
        ProcessInstance period = openedPeriod();
        browser = new Browser("http://localhost:" + port, SCREENSHOTS, "id-ID");
        browser.loginAs(OPD_HEAD, DemoUsers.PASSWORD);
        Tasklist tasklist = new Tasklist(browser).open();
        tasklist.filter("Tugas OPD saya");
        WebElement task = browser.visible(By.cssSelector(".tasks-list li.task h4 a, .tasks-list li.task a"));
        task.click();
        browser.visible(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form"));

        WebElement claim = browser.visible(By.xpath("//button[normalize-space(.)='" + Tasklist.CLAIM + "']"));
        assertIndonesianOnly();
        claim.click();
        browser.visible(By.xpath("//button[normalize-space(.)='" + Tasklist.COMPLETE + "']"));
        assertIndonesianOnly();
        assertThat(browser.pageText()).contains("Dibuat", "Tugas OPD saya");
        browser.screenshot("13a-tasklist-bahasa-indonesia");
        assertThat(processDriver.openTasks(period, "Task_NominateCandidates")).isNotEmpty();
    }

    @Test
    void anEnglishBrowser_getsIndonesianToo() {
        openedPeriod();
        browser = new Browser("http://localhost:" + port, SCREENSHOTS, "en-US");
        assertThat(browser.js("return navigator.languages[0];")).asString().startsWith("en");
        browser.loginAs(OPD_HEAD, DemoUsers.PASSWORD);
        new Tasklist(browser).open().filter("Tugas OPD saya");
        browser.waiting().until(d -> browser.pageText().contains("Pilih tugas di daftar."));
        assertIndonesianOnly();
        browser.screenshot("13b-tasklist-browser-inggris");
    }

    @Test
    void bkpsdm_isStillOfferedMulaiProses_andTheWelcomePageIsIndonesian() {
        browser = new Browser("http://localhost:" + port, SCREENSHOTS, "id-ID");
        browser.loginAs("bkpsdm", DemoUsers.PASSWORD);
        new Tasklist(browser).open();
        browser.visible(Tasklist.startProcessEntry());
        assertThat(browser.all(Tasklist.createTaskEntry()).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(browser.all(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed)).isEmpty();
        browser.click(Tasklist.startProcessEntry());
        browser.visible(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='"
                + "Penghargaan ASN Berprestasi (periode)" + "']"));
        assertThat(browser.pageText()).contains("Klik proses yang akan dimulai.").doesNotContain("Click on the process");
        browser.screenshot("13c-tasklist-bkpsdm-mulai-proses");

        browser.open("/camunda/app/welcome/default/");
        browser.waiting().until(d -> browser.pageText().contains("Aplikasi"));
        assertThat(browser.pageText()).doesNotContain("Applications", "Camunda 8", "migrate");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void assertIndonesianOnly() {
        String text = browser.pageText();
        assertThat(ENGLISH).as("English words on Tasklist:\n" + text).noneMatch(text::contains);
        assertThat(browser.all(Tasklist.startProcessEntry()).stream().filter(WebElement::isDisplayed))
                .as("'Mulai proses' offered").isEmpty();
        assertThat(browser.all(By.cssSelector("li.start-process-action")).stream().filter(WebElement::isDisplayed))
                .as("start process entry shown").isEmpty();
        assertThat(browser.all(Tasklist.createTaskEntry()).stream().filter(WebElement::isDisplayed))
                .as("'Buat tugas' offered").isEmpty();
        assertThat(browser.all(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("the Camunda 8 banner").isEmpty();
    }

    /** A period whose nomination window is open (one nomination task per OPD), started once for the class. */
    private ProcessInstance openedPeriod() {
        synchronized (WebappLanguageBrowserTest.class) {
            ProcessInstance period = processDriver.runtime().createProcessInstanceQuery()
                    .processDefinitionKey(id.sipetruk.process.ProcessKeys.AWARD_PERIOD).list().stream().findFirst()
                    .orElseGet(() -> processDriver.startPeriodAs("bkpsdm", processDriver.periodForm()));
            for (Job opening : management.createJobQuery().processInstanceId(period.getId())
                    .activityId("Timer_NominationWindowOpens").list()) {
                management.executeJob(opening.getId());
            }
            processDriver.runDueJobs(period);
            return period;
        }
    }

    static {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
