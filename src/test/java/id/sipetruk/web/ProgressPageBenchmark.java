package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.Opd;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import id.sipetruk.setup.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13's figure: BKPSDM's progress page of a province-sized period (60 OPDs, 600 nominations, open tasks in
 * several stages, some overdue) answers in under 1 s. A benchmark, not a test (its name keeps it out of
 * {@code ./mvnw verify}); run it with
 * {@code ./mvnw -q -ntp test -Dtest=ProgressPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (H2 in memory),
 * or with {@code -Ppostgres-tests} and {@code SIPETRUK_DB_URL} on a fresh PostgreSQL database (docs/performance.md).
 * Everything is made through the engine: the demo regency plus 48 OPDs, ten new employees in each of the 60, a
 * period opened by BKPSDM, every head nominating ten, and some nominations carried further (instrument filled,
 * signed off, verified). Then GET /periode/{code}/kemajuan over HTTP with BKPSDM's login, beside the reference
 * of a trivial page with the same login (/akun), in the same run: 5 warm-ups, then 30 requests each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.include=demo",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.webapp.enabled=false",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.id.sipetruk.web.ProgressPages=DEBUG"})
class ProgressPageBenchmark {

    private static final int OPDS = 60;
    private static final int PER_OPD = 10;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 30;
    /** OPDs whose nominees' instrument is filled; of them, those whose head signed off; of them, those verified. */
    private static final int FILLED_OPDS = 15;
    private static final int SIGNED_OPDS = 6;
    private static final int VERIFIED_OPDS = 2;

    @LocalServerPort int port;
    @Autowired ProcessDriver driver;
    @Autowired ProvincePeriod province;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired TaskSubjectRepository subjects;
    @Autowired EntityManagerFactory entityManagers;

    /** H2 in memory, or the database of the "postgres" profile (-Ppostgres-tests): a fresh one, see the class comment. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.privateH2UnlessPostgres(registry, "sipetruk-progress-benchmark");
    }

    @Test
    void progressPageOfAPeriodWith60OpdsAnd600Nominations() throws Exception {
        long seeding = System.nanoTime();
        ProvincePeriod.Opened opened = province.open(OPDS, PER_OPD);
        ProcessInstance period = opened.instance();
        String code = opened.code();
        List<Opd> all = opened.opds();
        int n = OPDS * PER_OPD;

        Map<String, Task> nominate = driver.openTasks(period, "Task_NominateCandidates").stream()
                .collect(Collectors.toMap(t -> driver.subject(t).getOpdCode(), t -> t));
        assertThat(nominate).hasSize(OPDS);
        for (Opd opd : all) {
            driver.submit(nominate.get(opd.getCode()), AwardLifecycle.head(opd.getCode()),
                    Map.of("nomineeNips", opened.nips().get(opd.getCode())));
        }
        List<String> carried = all.stream().limit(FILLED_OPDS).map(Opd::getCode).toList();
        for (Task task : tasksOf(period, "Task_FillAssessment", carried)) {
            driver.submit(task, AwardLifecycle.admin(opdOf(task)), AwardLifecycle.seedAssessment());
        }
        List<String> signed = carried.subList(0, SIGNED_OPDS);
        for (Task task : tasksOf(period, "Task_ReviewAssessment", signed)) {
            driver.submit(task, AwardLifecycle.head(opdOf(task)),
                    Map.of("headDecision", "APPROVE", "teamWorkScore", "20"));
        }
        runAllJobs();
        List<String> verified = signed.subList(0, VERIFIED_OPDS);
        for (Task task : tasksOf(period, "Task_VerifyNomination", verified)) {
            Map<String, Object> decision = new HashMap<>();
            decision.put("verificationDecision", "ELIGIBLE");
            decision.put("verificationReason", null);
            driver.submit(task, "verifikator", decision);
        }
        runAllJobs();
        // a third of the instruments still to fill are overdue
        List<Task> fill = driver.openTasks(period, "Task_FillAssessment");
        for (int i = 0; i < fill.size(); i += 3) {
            tasks.setDueDate(fill.get(i).getId(), Date.from(Instant.now().minus(Duration.ofDays(2))));
        }
        long open = tasks.createTaskQuery().count();
        long seeded = (System.nanoTime() - seeding) / 1_000_000;

        HttpClient http = login();
        Measured page = measure(http, "/periode/" + code + "/kemajuan");
        Measured reference = measure(http, "/akun");
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        http.send(HttpRequest.newBuilder(uri("/periode/" + code + "/kemajuan")).build(),
                HttpResponse.BodyHandlers.discarding());
        long statements = statistics.getPrepareStatementCount();
        Map<String, Long> byKey = tasks.createTaskQuery().list().stream()
                .collect(Collectors.groupingBy(Task::getTaskDefinitionKey, java.util.TreeMap::new,
                        Collectors.counting()));
        assertThat(page.body).contains("Dinas Uji Beban 59", "Terlambat 2 hari", "Kirim pengingat");

        System.out.printf("%n=== Progress page, %d OPDs, %d nominations, %d open tasks (seeded in %.1f s) ===%n",
                OPDS, n, open, seeded / 1000.0);
        System.out.printf("open tasks by kind: %s; overdue: %d%n", byKey, page.body.split("class=\"late-mark\"").length - 1);
        System.out.printf("GET /periode/%s/kemajuan, %d requests after %d warm-ups: p50 %d ms, p95 %d ms, max %d ms;"
                + " %,d bytes%n", code, ROUNDS, WARM_UP, page.percentile(50), page.percentile(95), page.max(),
                page.body.getBytes(StandardCharsets.UTF_8).length);
        System.out.printf("reference GET /akun (same login, same run): p50 %d ms, p95 %d ms, max %d ms%n",
                reference.percentile(50), reference.percentile(95), reference.max());
        System.out.printf("SQL statements of SI PETRUK's tables (JPA) for one page: %d%n", statements);
        System.out.printf("ratio p50 %.1fx, p95 %.1fx%n%n", (double) page.percentile(50)
                / Math.max(1, reference.percentile(50)), (double) page.percentile(95)
                / Math.max(1, reference.percentile(95)));
    }

    /** Open tasks of this key about nominations of these OPDs (one task query, one subject query). */
    private List<Task> tasksOf(ProcessInstance period, String taskKey, List<String> opdCodes) {
        List<Task> open = tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
        Map<String, TaskSubject> subjectOf = subjects.findByTaskIdIn(open.stream().map(Task::getId).toList()).stream()
                .collect(Collectors.toMap(TaskSubject::getTaskId, s -> s));
        nominationOpd.clear();
        return open.stream().filter(t -> {
            String opd = opdOfNomination(subjectOf.get(t.getId()));
            nominationOpd.put(t.getId(), opd);
            return opdCodes.contains(opd);
        }).toList();
    }

    private final Map<String, String> nominationOpd = new HashMap<>();

    private String opdOf(Task task) {
        return nominationOpd.get(task.getId());
    }

    @Autowired id.sipetruk.nomination.NominationRepository nominations;

    private String opdOfNomination(TaskSubject subject) {
        return nominations.findById(subject.getNominationId()).orElseThrow().getOpd().getCode();
    }

    /** Every executable job (the assessment documents), as the job executor would. */
    private void runAllJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> job.getExceptionMessage() == null).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private HttpClient login() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = http.send(HttpRequest.newBuilder(uri("/masuk")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on /masuk").isTrue();
        String form = "username=bkpsdm&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("gagal");
        return http;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private record Measured(List<Long> times, String body) {
        long percentile(int p) {
            List<Long> sorted = times.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        long max() {
            return times.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private Measured measure(HttpClient http, String path) throws Exception {
        List<Long> times = new ArrayList<>();
        HttpResponse<String> answer = null;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long start = System.nanoTime();
            answer = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            if (round >= WARM_UP) {
                times.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return new Measured(times, answer.body());
    }
}
