package id.sipetruk.operations;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sipetruk.TestFixtures;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.period.PeriodStage;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Operations through the real security chain: health without login, readiness that waits for the start-up setup,
 * Prometheus only for an administrator with HTTP Basic, and SI PETRUK's gauges counting what the engine holds.
 * (AutoConfigureObservability: Spring Boot's tests leave the Prometheus registry out otherwise.)
 */
@SpringBootTest
@AutoConfigureObservability
class OperationsEndpointsTest {

    /** The administrator of the tests' start-up (application-test.yml). */
    private static final String ADMIN = "tadmin";
    private static final String ADMIN_PASSWORD = "Uji#Admin2026x";

    @Autowired WebApplicationContext context;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired EngineMetrics metrics;

    private MockMvc web() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void health_answersWithoutLogin_andAnAdministratorSeesReadinessWaitForTheEngineTheDatabaseAndTheSetup()
            throws Exception {
        MockMvc web = web();
        web.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        web.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        web.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        web.perform(get("/actuator/health/readiness").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.startupSetup.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
        // the rest of the actuator stays closed, for everyone
        for (String closed : new String[] {"/actuator", "/actuator/env", "/actuator/metrics", "/actuator/beans"}) {
            web.perform(get(closed)).andExpect(status().isUnauthorized());
            web.perform(get(closed).with(httpBasic(ADMIN, ADMIN_PASSWORD))).andExpect(status().isForbidden());
        }
    }

    @Test
    void readiness_isDownUntilTheStartUpSetupHasFinished() {
        StartupReadiness readiness = new StartupReadiness(repository);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(readiness.health().getDetails()).containsEntry("waitingFor", "start-up setup");
        readiness.setupCompleted(); // StartupSetup publishes StartupSetupCompletedEvent at the end of its run
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(context.getBean(StartupReadiness.class).health().getStatus()).as("this application's")
                .isEqualTo(Status.UP);
    }

    @Test
    void prometheus_onlyForAnAdministratorWithBasic_andCountsTasksPerStageOverdueTasksIncidentsAndFailedJobs()
            throws Exception {
        MockMvc web = web();
        metrics.refresh();
        Map<String, Double> before = scrape(web);

        // a new period's open tasks, one overdue; an incident in a nomination; a timer job out of retries
        ProcessInstance period = lifecycle.openPeriod();
        Nomination nominee = lifecycle.nominate(period, ALPHA, ALPHA_NIP_1);
        Task late = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(TestFixtures.BETA));
        tasks.setDueDate(late.getId(), Date.from(Instant.now().minus(Duration.ofHours(5))));
        Task fill = lifecycle.taskAbout(period, "Task_FillAssessment", nominee);
        Incident failure = runtime.createIncident("sipetruk-test", fill.getExecutionId(), null,
                "Logo tidak dapat dicetak (uji)");
        Job closing = management.createJobQuery().processInstanceId(period.getId())
                .activityId("Timer_NominationWindowCloses").singleResult();
        management.setJobRetries(closing.getId(), 0);
        try {
            metrics.refresh();
            Map<String, Double> after = scrape(web);

            for (PeriodStage stage : PeriodStage.values()) {
                long ofThisPeriod = stage.taskKeys().stream().mapToLong(key -> driver.openTasks(period, key).size())
                        .sum();
                assertThat(after.get("open:" + stage) - before.get("open:" + stage)).as("open tasks of %s", stage)
                        .isEqualTo(ofThisPeriod);
            }
            assertThat(after.get("open:NOMINATION") - before.get("open:NOMINATION")).isGreaterThan(1);
            assertThat(after.get("open:ASSESSMENT") - before.get("open:ASSESSMENT")).isEqualTo(1);
            assertThat(after.get("overdue") - before.get("overdue")).isEqualTo(1);
            assertThat(after.get("incidents") - before.get("incidents")).as("the nomination's and the timer's")
                    .isEqualTo(2);
            assertThat(after.get("failed") - before.get("failed")).isEqualTo(1);

            web.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"SI PETRUK\""));
            web.perform(get("/actuator/prometheus").with(httpBasic(TestFixtures.BKPSDM_USER, TestFixtures.PASSWORD)))
                    .andExpect(status().isForbidden());
            web.perform(get("/actuator/prometheus").with(httpBasic(ADMIN, "Salah#Sandi2026")))
                    .andExpect(status().isUnauthorized());
        } finally {
            runtime.resolveIncident(failure.getId());
            management.setJobRetries(closing.getId(), 1);
        }
    }

    private static final Pattern OPEN = Pattern.compile(
            "(?m)^sipetruk_tasks_open\\{[^}]*stage=\"(\\w+)\"[^}]*} (\\S+)$");

    /** SI PETRUK's gauges as Prometheus reads them. */
    private static Map<String, Double> scrape(MockMvc web) throws Exception {
        String text = web.perform(get("/actuator/prometheus").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, Double> values = new java.util.HashMap<>();
        Matcher open = OPEN.matcher(text);
        Map<PeriodStage, Double> stages = new EnumMap<>(PeriodStage.class);
        while (open.find()) {
            stages.put(PeriodStage.valueOf(open.group(1)), Double.parseDouble(open.group(2)));
        }
        assertThat(stages).as("a gauge per stage").hasSize(PeriodStage.values().length);
        stages.forEach((stage, value) -> values.put("open:" + stage, value));
        values.put("overdue", single(text, "sipetruk_tasks_overdue"));
        values.put("incidents", single(text, "sipetruk_incidents_open"));
        values.put("failed", single(text, "sipetruk_jobs_failed"));
        return values;
    }

    private static double single(String text, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(text);
        assertThat(matcher.find()).as(name).isTrue();
        return Double.parseDouble(matcher.group(2));
    }
}
