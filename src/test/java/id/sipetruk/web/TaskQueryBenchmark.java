package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import id.sipetruk.setup.StartupSetup;
import id.sipetruk.setup.TasklistFilterSetup;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a timed test (surefire excludes *Benchmark.java): a Tasklist task query for one user with 10,000 open tasks in
 * the system, p50/p95/max, beside references measured in the same run. The user is Dinas Kesehatan's HR admin
 * ({@code admin.dinkes}, demo regency); the query is his filter "Tugas OPD saya" as Tasklist sends it: logged in on
 * /masuk, Tasklist opened (its XSRF cookie), {@code POST …/filter/{id}/list?firstResult=0&maxResults=15} with
 * Tasklist's body (sorting by created, descending) and {@code POST …/filter/{id}/count}. References: the same
 * requests with few open tasks (before the bulk), and {@code GET …/filter/{id}} (same login, same REST stack, no
 * task query).
 *
 * <p>The tasks: a real period opened by BKPSDM through the engine (a nominate task per OPD, 60 OPDs), Dinas
 * Kesehatan's head nominating ten (ten real instruments to fill); then the bulk, started through the engine as a
 * small process ({@link #bulkModel()}) whose user tasks have the real tasks' keys, candidate groups (the OPD's admin
 * or head group), due date, process variables and task-local variables (copied from a real nomination and its
 * instrument task), so the engine writes the same rows: the task, its candidate group link and its default
 * authorization (TASK_WORK for the candidate group). Two in three bulk tasks are instruments to fill, one in three
 * sign-offs, spread evenly over the 60 OPDs.
 *
 * <pre>
 * ./mvnw -q -ntp test -Dtest=TaskQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.tasks=10000]
 * </pre>
 *
 * With {@code -Ppostgres-tests} and {@code SIPETRUK_DB_URL} it runs on PostgreSQL (use a fresh database: the
 * tasks stay there afterwards, for EXPLAIN ANALYZE), and measures once more after {@code VACUUM ANALYZE}. A last
 * round runs with {@code authorizationCheckRevokes=never} set on the engine. The SQL of one list and one count
 * request is logged at the end. {@code -Dbench.reuse=true} measures three rounds on the tasks of an earlier run, without
 * seeding. Each row also gives the CPU time per request of this JVM and of PostgreSQL, which a busy machine distorts less
 * than the latencies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.include=demo",
        "camunda.bpm.webapp.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
class TaskQueryBenchmark {

    private static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final int OPDS = 60;
    private static final int WARM_UP = 5;
    private static final int JIT_WARM_UP = 3;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 50);
    /** Measure again on the tasks an earlier run left in the database, without seeding (PostgreSQL). */
    private static final boolean REUSE = Boolean.getBoolean("bench.reuse");
    private static final String OPD = "dinkes";
    private static final String USER = AwardLifecycle.admin(OPD);
    private static final String BULK = "TaskQueryBenchmarkBulk";
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    /** What Tasklist posts for the first page of a filter (camunda-tasklist-bootstrap.js, "taskListQuery"). */
    private static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    private static final String SQL_LOGGER = "org.camunda.bpm.engine.impl.persistence.entity";

    /** The task-local variables of a real instrument task, which the bulk tasks get too (set before the bulk). */
    static volatile Map<String, Object> formFields = Map.of();

    @LocalServerPort int port;
    @Autowired ProcessDriver driver;
    @Autowired OpdRepository opds;
    @Autowired EmployeeRepository employees;
    @Autowired StartupSetup startupSetup;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired FilterService filters;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoggingSystem logging;
    @Autowired ProcessEngine engine;

    @Test
    void tasklistQueryOfOneUserWith10000OpenTasks() throws Exception {
        if (REUSE && tasks.createTaskQuery().count() >= OPEN_TASKS) {
            measureAgain();
            return;
        }
        long seeding = System.nanoTime();
        List<Opd> all = new ArrayList<>(opds.findAll().stream().filter(Opd::isActive).toList());
        for (int i = all.size(); i < OPDS; i++) {
            all.add(opds.save(new Opd("tq%02d".formatted(i), "Dinas Uji Tugas %02d".formatted(i))));
        }
        startupSetup.run();
        List<String> nips = new ArrayList<>();
        List<Employee> staff = new ArrayList<>();
        Opd dinkes = opds.findByCode(OPD).orElseThrow();
        for (int n = 0; n < 10; n++) {
            String nip = "%04d%02d%02d201104%d%03d".formatted(1975 + n, 1 + n, 1 + n, 1 + n % 2, 1 + n);
            staff.add(new Employee(nip, "Pegawai Uji Tugas %02d".formatted(n), "Pelaksana", "Pengatur (II/c)", dinkes));
            nips.add(nip);
        }
        employees.saveAll(staff);
        Map<String, Object> form = driver.periodForm();
        form.put("nomineesPerOpd", 10);
        ProcessInstance period = driver.startPeriodAs("bkpsdm", form);
        driver.runDueJobs(period);
        Task nominate = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(OPD));
        driver.submit(nominate, AwardLifecycle.head(OPD), Map.of("nomineeNips", nips));
        Task fill = driver.openTasks(period, "Task_FillAssessment").get(0);
        double realSeconds = (System.nanoTime() - seeding) / 1e9;

        String filterId = filters.createTaskFilterQuery().filterName(TasklistFilterSetup.FILTER_OPD_TASKS).singleResult()
                .getId();
        String allMineId = filters.createTaskFilterQuery().filterName(TasklistFilterSetup.FILTER_MY_TASKS)
                .singleResult().getId();
        HttpClient http = login();
        Counts fewCounts = counts(filterId);
        // the first requests of the JVM: warm the whole path up (JIT) before the first figures
        for (int i = 0; i < JIT_WARM_UP; i++) {
            round(http, filterId, allMineId);
        }
        Round few = round(http, filterId, allMineId);

        long bulkStart = System.nanoTime();
        int bulk = bulk(fill, all, OPEN_TASKS - (int) fewCounts.open);
        double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
        Counts manyCounts = counts(filterId);
        Round many = round(http, filterId, allMineId);
        assertThat(many.list.body).contains("\"_embedded\"", "Admin OPD: isi instrumen penilaian");
        // PostgreSQL's autovacuum would have vacuumed and analyzed the tables after such a load; this container's
        // PostgreSQL runs without it (conf.d/90-ci.conf): the planner still sees the tables as they were before the
        // bulk, and index-only scans read the table too
        Round vacuumed = null;
        boolean postgres = databaseName().startsWith("PostgreSQL");
        if (postgres) {
            long vacuumStart = System.nanoTime();
            jdbc.execute("VACUUM ANALYZE");
            System.out.printf(Locale.ROOT, "%nVACUUM ANALYZE in %.1f s%n", (System.nanoTime() - vacuumStart) / 1e9);
            vacuumed = round(http, filterId, allMineId);
        }
        // SI PETRUK grants and never revokes: the engine need not look for REVOKE authorizations in every command
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        String revokes = configuration.getAuthorizationCheckRevokes();
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
        Round noRevokes;
        try {
            noRevokes = round(http, filterId, allMineId);
        } finally {
            configuration.setAuthorizationCheckRevokes(revokes);
        }

        System.out.printf(Locale.ROOT, "%n=== Tasklist task query, user %s, filter \"%s\" (%s), %s ===%n",
                USER, TasklistFilterSetup.FILTER_OPD_TASKS, filterId, databaseName());
        System.out.printf(Locale.ROOT, "seeding: real period and 10 nominations %.1f s; bulk %d tasks in %.1f s "
                + "(%.0f tasks/s)%n", realSeconds, bulk, bulkSeconds, bulk / bulkSeconds);
        System.out.printf(Locale.ROOT, "few tasks: %s%n", fewCounts);
        System.out.printf(Locale.ROOT, "bulk:      %s%n", manyCounts);
        System.out.printf(Locale.ROOT, "answer of the list request: %,d bytes, %d tasks embedded%n",
                many.list.body.getBytes(StandardCharsets.UTF_8).length,
                many.list.body.split("\"taskDefinitionKey\"").length - 1);
        System.out.printf(Locale.ROOT, "%-62s %6s %6s %6s   ratio p50 / p95 to the reference%n",
                ROUNDS + " requests after " + WARM_UP + " warm-ups, ms", "p50", "p95", "max");
        few.print(fewCounts.open + " tasks");
        many.print(manyCounts.open + " tasks");
        if (vacuumed != null) {
            vacuumed.print(manyCounts.open + " tasks, VACUUM ANALYZE");
        }
        noRevokes.print(manyCounts.open + " tasks, authorizationCheckRevokes=never");
        Round last = vacuumed != null ? vacuumed : many;
        System.out.printf(Locale.ROOT, "growth few -> %d tasks%s: list p50 %.1fx p95 %.1fx; count p50 %.1fx p95 "
                + "%.1fx%n", manyCounts.open, vacuumed != null ? " (VACUUM ANALYZE)" : "",
                ratio(last.list.percentile(50), few.list.percentile(50)),
                ratio(last.list.percentile(95), few.list.percentile(95)),
                ratio(last.count.percentile(50), few.count.percentile(50)),
                ratio(last.count.percentile(95), few.count.percentile(95)));
        System.out.printf(Locale.ROOT, "%d cores, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        logStatements(http, filterId);
    }

    /** {@code -Dbench.reuse=true}: three rounds on the open tasks already in the database, after the JIT warm-up. */
    private void measureAgain() throws Exception {
        String filterId = filters.createTaskFilterQuery().filterName(TasklistFilterSetup.FILTER_OPD_TASKS).singleResult()
                .getId();
        String allMineId = filters.createTaskFilterQuery().filterName(TasklistFilterSetup.FILTER_MY_TASKS)
                .singleResult().getId();
        Counts counts = counts(filterId);
        HttpClient http = login();
        for (int i = 0; i < JIT_WARM_UP; i++) {
            round(http, filterId, allMineId);
        }
        List<Round> rounds = List.of(round(http, filterId, allMineId), round(http, filterId, allMineId),
                round(http, filterId, allMineId));
        System.out.printf(Locale.ROOT, "%n=== Tasklist task query, user %s, filter \"%s\" (%s), %s, reused tasks ===%n",
                USER, TasklistFilterSetup.FILTER_OPD_TASKS, filterId, databaseName());
        System.out.printf(Locale.ROOT, "%s; random_page_cost %s%n", counts,
                jdbc.queryForObject("show random_page_cost", String.class));
        System.out.printf(Locale.ROOT, "%-62s %6s %6s %6s   ratio p50 / p95 to the reference%n",
                ROUNDS + " requests after " + WARM_UP + " warm-ups, ms", "p50", "p95", "max");
        for (int i = 0; i < rounds.size(); i++) {
            rounds.get(i).print("round " + (i + 1));
        }
        System.out.printf(Locale.ROOT, "%d cores, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        logStatements(http, filterId);
    }

    /** Every statement of one list and one count request (MyBatis logs statements and parameters at DEBUG). */
    private void logStatements(HttpClient http, String filterId) throws Exception {
        logging.setLogLevel(SQL_LOGGER, LogLevel.DEBUG);
        try {
            send(http, "POST", ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=15", TASKLIST_QUERY);
            send(http, "POST", ENGINE + "/filter/" + filterId + "/count", TASKLIST_QUERY);
        } finally {
            logging.setLogLevel(SQL_LOGGER, null);
        }
    }

    /** The reference, the filter's first page and count, "Semua tugas saya", the reference again. */
    private record Round(Measured reference, Measured list, Measured count, Measured allMine,
                         Measured referenceAgain) {
        void print(String label) {
            row(label + ": reference GET filter/{id}", reference, null);
            row(label + ": \"Tugas OPD saya\" list (15)", list, reference);
            row(label + ": \"Tugas OPD saya\" count", count, reference);
            row(label + ": \"Semua tugas saya\" list (15)", allMine, reference);
            row(label + ": reference again", referenceAgain, null);
        }
    }

    private Round round(HttpClient http, String filterId, String allMineId) throws Exception {
        String list = "/list?firstResult=0&maxResults=15";
        return new Round(measure(http, "GET", ENGINE + "/filter/" + filterId, null),
                measure(http, "POST", ENGINE + "/filter/" + filterId + list, TASKLIST_QUERY),
                measure(http, "POST", ENGINE + "/filter/" + filterId + "/count", TASKLIST_QUERY),
                measure(http, "POST", ENGINE + "/filter/" + allMineId + list, TASKLIST_QUERY),
                measure(http, "GET", ENGINE + "/filter/" + filterId, null));
    }

    private String databaseName() {
        return jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
    }

    private static double ratio(long a, long b) {
        return (double) a / Math.max(1, b);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static void row(String label, Measured m, Measured reference) {
        String ratio = reference == null ? "" : String.format(Locale.ROOT, "   %.1fx / %.1fx",
                ratio(m.percentile(50), reference.percentile(50)), ratio(m.percentile(95), reference.percentile(95)));
        System.out.printf(Locale.ROOT, "%-62s %6.1f %6.1f %6.1f%s   cpu/request jvm %.1f db %.1f%n", label,
                ms(m.percentile(50)), ms(m.percentile(95)), ms(m.max()), ratio, ms(m.jvmCpu()), ms(m.dbCpu()));
    }

    record Counts(long open, long visible, long links, long taskAuthorizations, long authorizations,
                  Map<String, Long> byKey) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d open tasks (%s), %,d for %s in \"Tugas OPD saya\", %,d identity "
                    + "links, %,d task authorizations of %,d", open, byKey, visible, USER, links, taskAuthorizations,
                    authorizations);
        }
    }

    private Counts counts(String filterId) {
        Map<String, Long> byKey = new TreeMap<>();
        jdbc.query("select TASK_DEF_KEY_, count(*) from ACT_RU_TASK group by TASK_DEF_KEY_",
                (java.sql.ResultSet r) -> { byKey.put(r.getString(1), r.getLong(2)); });
        long visible = driver.as(USER, () -> filters.count(filterId));
        return new Counts(tasks.createTaskQuery().count(), visible,
                jdbc.queryForObject("select count(*) from ACT_RU_IDENTITYLINK", Long.class),
                jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = 7", Long.class),
                jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class), byKey);
    }

    /**
     * Starts {@code count} bulk tasks through the engine, with the process variables of the real nomination of the
     * given instrument task and the task-local variables of that task; OPD by OPD in turn, two instruments to fill for
     * one sign-off.
     */
    private int bulk(Task realFill, List<Opd> all, int count) {
        formFields = tasks.getVariablesLocalTyped(realFill.getId());
        VariableMap nomination = runtime.getVariablesTyped(realFill.getExecutionId());
        Date due = realFill.getDueDate();
        repository.createDeployment().name("task-query-benchmark").addModelInstance(BULK + ".bpmn", bulkModel())
                .deploy();
        // two threads: the engine and PostgreSQL share the machine's two cores
        IntStream.range(0, count).parallel().forEach(i -> {
            String opd = all.get(i % all.size()).getCode();
            boolean review = i % 3 == 2;
            VariableMap variables = Variables.fromMap(nomination)
                    .putValue("opdCode", opd)
                    .putValue("kind", review ? "review" : "fill")
                    .putValue("candidateGroup", review ? OpdGroups.headGroup(opd) : OpdGroups.adminGroup(opd))
                    .putValue("dueDate", due);
            runtime.startProcessInstanceByKey(BULK, "TQ-%05d".formatted(i), variables);
        });
        return count;
    }

    /** A nomination's two OPD tasks with the real keys and names; which one a started instance waits in is "kind". */
    static BpmnModelInstance bulkModel() {
        return Bpmn.createExecutableProcess(BULK).name("Nominasi satu calon ASN Berprestasi")
                .camundaHistoryTimeToLive(3650)
                .startEvent()
                .exclusiveGateway("kind")
                    .condition("fill", "${kind == 'fill'}")
                    .userTask("Task_FillAssessment").name("Admin OPD: isi instrumen penilaian")
                    .camundaCandidateGroups("${candidateGroup}").camundaDueDate("${dueDate}")
                    .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, FormFields.class.getName())
                    .endEvent("filled")
                .moveToNode("kind")
                    .condition("review", "${kind == 'review'}")
                    .userTask("Task_ReviewAssessment").name("Kepala OPD: nilai Team Work dan setujui")
                    .camundaCandidateGroups("${candidateGroup}").camundaDueDate("${dueDate}")
                    .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, FormFields.class.getName())
                    .endEvent("reviewed")
                .done();
    }

    /** Declares the real instrument task's form fields on a bulk task, as the real form listener does. */
    public static class FormFields implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            task.setVariablesLocal(formFields);
        }
    }

    private HttpClient login() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = http.send(HttpRequest.newBuilder(uri("/masuk")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on /masuk").isTrue();
        String form = "username=" + USER + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("gagal");
        // opening Tasklist gives the webapps' CSRF cookie, which Tasklist sends back as X-XSRF-TOKEN
        assertThat(http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        return http;
    }

    private String xsrf;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpClient http, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/hal+json, application/json; q=0.5")
                .header("X-XSRF-TOKEN", xsrf);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Times in microseconds; CPU time per request in microseconds (this JVM, and PostgreSQL's backends). */
    private record Measured(List<Long> times, String body, long jvmCpu, long dbCpu) {
        long percentile(int p) {
            List<Long> sorted = times.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        long max() {
            return times.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private Measured measure(HttpClient http, String method, String path, String json) throws Exception {
        List<Long> times = new ArrayList<>();
        HttpResponse<String> answer = null;
        long jvmCpu = 0;
        long dbCpu = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            if (round == WARM_UP) {
                jvmCpu = jvmCpuNanos();
                dbCpu = databaseCpuNanos();
            }
            long start = System.nanoTime();
            answer = send(http, method, path, json);
            if (round >= WARM_UP) {
                times.add((System.nanoTime() - start) / 1_000);
            }
        }
        jvmCpu = (jvmCpuNanos() - jvmCpu) / 1_000 / ROUNDS;
        dbCpu = (databaseCpuNanos() - dbCpu) / 1_000 / ROUNDS;
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return new Measured(times, answer.body(), jvmCpu, dbCpu);
    }

    /**
     * CPU time is what a busy machine does not distort much (the latencies include waiting for the cores): this JVM's
     * (server and client), and that of the PostgreSQL backends of this database when the server runs on this machine
     * (Linux, /proc; 0 otherwise).
     */
    private static long jvmCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private long databaseCpuNanos() {
        long ticks = 0;
        try {
            for (Integer pid : jdbc.queryForList("select pid from pg_stat_activity where datname = current_database()",
                    Integer.class)) {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            }
        } catch (IOException | RuntimeException notPostgresHere) {
            return 0;
        }
        return ticks * 10_000_000; // USER_HZ 100
    }
}
