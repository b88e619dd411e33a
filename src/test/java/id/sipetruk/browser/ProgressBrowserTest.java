package id.sipetruk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * Issue 13, BKPSDM watches the period: as {@code bkpsdm}, the progress page of a running demo period (13b), and
 * Cockpit, read-only (13c): SI PETRUK's processes and an instance of the period, but no Admin app and no change
 * through the engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sipetruk-progress-browser;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.webapp.enabled=true"})
@ActiveProfiles("demo")
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
class ProgressBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PERIOD_PROCESS = "Penghargaan ASN Berprestasi (periode)";

    @LocalServerPort int port;
    @Autowired ProcessDriver driver;
    @Autowired AwardLifecycle lifecycle;
    @Autowired TaskService tasks;
    @Autowired EmployeeRepository employees;
    @Autowired OpdRepository opds;

    Browser browser;

    @RegisterExtension
    final TestWatcher keepEvidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.keepEvidence("FAILED-progress-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void bkpsdmWatchesTheRunningPeriod_onItsProgressPage_andInCockpitReadOnly() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        ProcessInstance period = runningPeriod();
        String code = driver.period(period).getCode();

        browser = new Browser("http://localhost:" + port, SCREENSHOTS, "id-ID");
        browser.loginAs("bkpsdm", DemoUsers.PASSWORD);
        browser.resize(1400, 1900);
        browser.open("/periode/" + code + "/kemajuan");
        browser.visible(By.id("tugas"));
        assertThat(browser.pageText()).contains("Kemajuan periode " + code, "Kemajuan tiap OPD", "Tugas terbuka",
                "Dinas Komunikasi", "Mengusulkan 2 calon", "Terlambat 3 hari", "Kirim pengingat");
        assertThat(browser.text(By.id("jumlah-terlambat"))).startsWith("1");
        browser.screenshot("13b-kemajuan-periode");
        // the late head is reminded: back on the page's list of tasks with the answer
        browser.click(By.xpath("//tr[contains(@class,'negative')]//button[normalize-space(.)='Kirim pengingat']"));
        browser.waiting().until(d -> browser.all(By.cssSelector("#tugas .flash")).stream()
                .anyMatch(e -> e.getText().startsWith("Pengingat dikirim ke ")));
        browser.resize(1400, 1000);

        // Cockpit: the processes and the period's instance, read-only
        Cockpit cockpit = new Cockpit(browser).openProcess(PERIOD_PROCESS);
        assertThat(cockpit.instanceRows()).anyMatch(row -> row.contains(code));
        cockpit.openInstance(code);
        browser.waiting().until(d -> !browser.all(By.cssSelector(".djs-element[data-element-id]")).isEmpty());
        assertThat(browser.all(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("no Camunda 8 banner in BKPSDM's Cockpit").isEmpty();
        browser.screenshot("13c-cockpit-bkpsdm-baca-saja");
        String apps = new String(browser.fetch("/camunda/api/admin/auth/user/default").body(), StandardCharsets.UTF_8);
        assertThat(apps).contains("cockpit").doesNotContain("\"admin\"");
        browser.open("/camunda/app/admin/default/#/users");
        browser.waiting().until(d -> "complete".equals(browser.js("return document.readyState;")));
        assertThat(browser.all(By.xpath("//a[contains(@href,'#/user-create')]"))).isEmpty();
        // Cockpit draws its buttons (cancel, add variable, suspend) for everybody; the engine refuses BKPSDM every
        // change of the running period: a variable, suspending, deleting the instance
        assertThat(engineRest("PUT", "/process-instance/" + period.getId() + "/variables/probe",
                "{\"value\":\"x\",\"type\":\"String\"}")).isEqualTo(403);
        assertThat(engineRest("PUT", "/process-instance/" + period.getId() + "/suspended", "{\"suspended\":true}"))
                .isEqualTo(403);
        assertThat(engineRest("DELETE", "/process-instance/" + period.getId(), null)).isEqualTo(403);
        assertThat(driver.runtime().createProcessInstanceQuery().processInstanceId(period.getId()).count()).isOne();
    }

    /** A demo period whose window is open: Diskominfo nominated two (one instrument filled), one head is late. */
    private ProcessInstance runningPeriod() {
        ProcessInstance period = driver.startPeriodAs("bkpsdm", driver.periodForm());
        driver.runDueJobs(period);
        var diskominfo = opds.findByCode("diskominfo").orElseThrow();
        List<Employee> two = employees.saveAll(List.of(
                new Employee("198703122011011004", "Rahmat Hidayat, S.Kom.", "Pranata Komputer Ahli Muda",
                        "Penata (III/c)", diskominfo),
                new Employee("199105072015032006", "Nur Aisyah, S.I.Kom.", "Pranata Humas Ahli Pertama",
                        "Penata Muda Tingkat I (III/b)", diskominfo)));
        lifecycle.nominateAll(period, "diskominfo", two.stream().map(Employee::getNip).toList());
        Task fill = driver.openTasks(period, "Task_FillAssessment").get(0);
        driver.submit(fill, AwardLifecycle.admin("diskominfo"), AwardLifecycle.seedAssessment());
        Task late = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup("dinsos"));
        tasks.setDueDate(late.getId(), Date.from(Instant.now().minus(Duration.ofDays(3).plusHours(2))));
        return period;
    }

    private int engineRest(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest"
                        + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("bkpsdm:"
                        + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
