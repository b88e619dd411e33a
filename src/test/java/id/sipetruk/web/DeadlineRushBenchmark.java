package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.demo.DemoUsers;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.BareRush;
import id.sipetruk.process.ProcessDriver;
import id.sipetruk.setup.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a timed test (surefire excludes *Benchmark.java): the deadline rush through the real HTTP stack. 60 OPD heads
 * submit their nominations at once, then 60 OPD admins fill their 600 instruments at once (ten each, one after
 * another); the figure is each submit's latency (p50, p95, max), beside a reference measured in the same run.
 *
 * <p>Every person logs in on /masuk and opens Tasklist (which gives the webapps' CSRF cookie), as a browser would; his
 * task is claimed before the rush, and each submit is Tasklist's own request: {@code POST
 * /camunda/api/engine/engine/default/task/{id}/submit-form} with the session, the X-XSRF-TOKEN header and the form's
 * variables as Tasklist sends them. The clients of a phase are released together by a latch.
 *
 * <p><b>Reference</b>, before each phase: the same logged-in clients, released together, each sending as many
 * {@code GET /camunda/api/engine/engine} (the list of engine names: no query, no engine command) as it then submits.
 * It passes the same connector, session, Spring Security, SI PETRUK's account filter (two indexed reads) and the
 * engine API's servlet: what any request of a logged-in person costs under the same concurrency.
 *
 * <p><b>The bare engine</b>, before each phase too: the same people send the same request to the tasks of a bare
 * process of the same shape ({@link BareRush}: the head's task calls ten nomination processes, each waiting at the
 * admin's task; the same candidate groups and timers, no listener, delegate or form), at once: each of phase 1's
 * heads completes his bare task (ten bare nominations start), each of phase 2's admins his ten bare fill tasks.
 * What the engine alone costs for the rush on this machine; the ratio of the p95s is the figure to compare.
 *
 * <p>The job executor is off, as in the other benchmarks: neither submit makes a job that is due (nominating starts
 * the nomination processes and their instrument tasks in the same transaction, filling creates the head's task; their
 * timers are due days later), so an executor would only poll; off, the seeding stays in the benchmark's hands.
 *
 * <pre>
 * psql -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS sipetruk_rush" -c "CREATE DATABASE sipetruk_rush"
 * SIPETRUK_DB_URL=jdbc:postgresql://127.0.0.1:5432/sipetruk_rush SIPETRUK_DB_USER=postgres \
 *   ./mvnw -q -ntp test -Ppostgres-tests -Dtest=DeadlineRushBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *   [-Dbench.jfr=/tmp/rush.jfr] [-Dbench.in-flight=60] [-Dspring.datasource.hikari.maximum-pool-size=10]
 * </pre>
 * {@code bench.in-flight} caps the requests in flight (a fair semaphore, the latency measured from when a request may
 * go): 1 gives each submit's time alone, the floor under the rush's figures.
 * Without {@code -Ppostgres-tests} it runs on H2 in memory. With {@code bench.jfr} each rush (not the references) is
 * recorded by Java Flight Recorder (settings "profile") in a file of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.include=demo",
        "camunda.bpm.webapp.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
class DeadlineRushBenchmark {

    private static final int OPDS = 60;
    private static final int PER_OPD = 10;
    /** How many requests are in flight at most: all clients at once, or e.g. 1 for each submit's time alone. */
    private static final int IN_FLIGHT = Integer.getInteger("bench.in-flight", OPDS);
    private static final String TASK_API = "/camunda/api/engine/engine/default/task/";
    private static final String REFERENCE = "/camunda/api/engine/engine";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The bare tasks' submit: no form, no field. */
    private static final String NO_FIELDS = "{\"variables\":{}}";

    static {
        // a client that waits longer than Tomcat keeps an idle connection (60 s) would send on a closed one
        System.setProperty("jdk.httpclient.keepalive.timeout", "30");
    }

    @LocalServerPort int port;
    @Autowired ProvincePeriod province;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired NominationRepository nominations;
    @Autowired AssessmentRepository assessments;
    @Autowired MeterRegistry meters;
    @Autowired Environment environment;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.privateH2UnlessPostgres(registry, "sipetruk-rush");
    }

    @Test
    void deadlineRushOf60HeadsThen60AdminsWith600Instruments() throws Exception {
        long seeding = System.nanoTime();
        ProvincePeriod.Opened period = province.open(OPDS, PER_OPD);
        List<String> codes = period.opds().stream().map(Opd::getCode).toList();
        Map<String, Browser> heads = new LinkedHashMap<>();
        Map<String, Browser> admins = new LinkedHashMap<>();
        for (String opd : codes) {
            heads.put(opd, new Browser(AwardLifecycle.head(opd)));
            admins.put(opd, new Browser(AwardLifecycle.admin(opd)));
        }
        // what each head submits: his task, claimed as in Tasklist before the form can be sent
        Map<String, List<Call>> nominate = new LinkedHashMap<>();
        for (String opd : codes) {
            Task task = province.task("Task_NominateCandidates", OpdGroups.headGroup(opd));
            tasks.claim(task.getId(), AwardLifecycle.head(opd));
            String nips = JSON.writeValueAsString(period.nips().get(opd));
            nominate.put(opd, List.of(new Call(task.getId(), variables(Map.of("nomineeNips",
                    Map.of("value", nips, "type", "Json"))))));
        }
        Map<String, List<Call>> bareNominate = bareNominations(codes);
        double seeded = (System.nanoTime() - seeding) / 1e9;
        warmUp(heads.values());

        String load1 = loadAverage();
        Rush reference1 = rush(heads, opd -> references(1));
        Rush bare1 = rush(heads, bareNominate::get);
        Pool pool1 = pool();
        Recording recording = startRecording("nominate");
        Rush nominated = rush(heads, nominate::get);
        stopRecording(recording);
        Pool nominatePool = pool().since(pool1);

        Map<String, List<Call>> fill = new LinkedHashMap<>();
        String form = variables(fillForm());
        for (String opd : codes) {
            List<Task> open = tasks.createTaskQuery().taskDefinitionKey("Task_FillAssessment")
                    .taskCandidateGroup(OpdGroups.adminGroup(opd)).list();
            List<Call> calls = new ArrayList<>();
            for (Task task : open) {
                tasks.claim(task.getId(), AwardLifecycle.admin(opd));
                calls.add(new Call(task.getId(), form));
            }
            fill.put(opd, calls);
        }
        int fillTasks = fill.values().stream().mapToInt(List::size).sum();
        Map<String, List<Call>> bareFill = bareFills(codes);

        String load2 = loadAverage();
        Rush reference2 = rush(admins, opd -> references(fill.get(opd).size()));
        Rush bare2 = rush(admins, bareFill::get);
        Pool pool2 = pool();
        recording = startRecording("fill");
        Rush filled = rush(admins, fill::get);
        stopRecording(recording);
        Pool fillPool = pool().since(pool2);
        String load3 = loadAverage();

        List<Nomination> made = nominations.findByPeriodIdOrderById(driver.period(period.instance()).getId());
        long assessed = made.stream().filter(n -> !assessments.findByNominationId(n.getId()).isEmpty()).count();
        long review = tasks.createTaskQuery().taskDefinitionKey("Task_ReviewAssessment").count();
        long stillToFill = tasks.createTaskQuery().taskDefinitionKey("Task_FillAssessment").count();

        System.out.printf("%n=== Deadline rush through HTTP (Tasklist's submit-form), %d OPDs, quota %d, at most %d"
                + " requests in flight ===%n", OPDS, PER_OPD, IN_FLIGHT);
        System.out.printf("database %s; Hikari maximum-pool-size %s; Tomcat threads max %s; seeded in %.1f s%n",
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.hikari.maximum-pool-size", "10 (default)"),
                environment.getProperty("server.tomcat.threads.max", "200 (default)"), seeded);
        System.out.printf("load average before phase 1: %s; before phase 2: %s; after: %s%n", load1, load2, load3);
        print("phase 1: 60 heads nominate 10 each, at once", nominated, reference1, bare1, nominatePool);
        print("phase 2: 60 admins fill 10 instruments each, at once", filled, reference2, bare2, fillPool);
        System.out.printf("check: %d nominations made (expected %d); %d instrument tasks after phase 1; %d instruments"
                + " filled, %d head's sign-off tasks, %d instrument tasks left%n", made.size(), OPDS * PER_OPD,
                fillTasks, assessed, review, stillToFill);
        failures("phase 1", nominated);
        failures("phase 2", filled);
        failures("reference 1", reference1);
        failures("reference 2", reference2);
        failures("bare engine 1", bare1);
        failures("bare engine 2", bare2);

        assertThat(made).hasSize(OPDS * PER_OPD);
        assertThat(fillTasks).isEqualTo(OPDS * PER_OPD);
        assertThat(assessed).isEqualTo(OPDS * PER_OPD);
        assertThat(review).isEqualTo(OPDS * PER_OPD);
        assertThat(nominated.failures()).isEmpty();
        assertThat(filled.failures()).isEmpty();
        assertThat(bare1.failures()).isEmpty();
        assertThat(bare2.failures()).isEmpty();
        assertThat(bareFill.values().stream().mapToInt(List::size).sum()).isEqualTo(OPDS * PER_OPD);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(BareRush.FILL).count()).as("bare fill tasks left").isZero();
    }

    /** The bare engine's OPD processes ({@link BareRush}), one per OPD, the head's task claimed as in Tasklist. */
    private Map<String, List<Call>> bareNominations(List<String> codes) {
        List<BpmnModelInstance> models = BareRush.models(PER_OPD);
        repository.createDeployment().name("deadline-rush-bare")
                .addModelInstance("BareRushOpd.bpmn", models.get(0))
                .addModelInstance("BareRushNomination.bpmn", models.get(1)).deploy();
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        for (String opd : codes) {
            ProcessInstance instance = runtime.startProcessInstanceByKey(BareRush.OPD_PROCESS, Map.of(
                    "headGroup", OpdGroups.headGroup(opd), "adminGroup", OpdGroups.adminGroup(opd)));
            Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            tasks.claim(task.getId(), AwardLifecycle.head(opd));
            calls.put(opd, List.of(new Call(task.getId(), NO_FIELDS)));
        }
        return calls;
    }

    /** Each admin's bare fill tasks, made by phase 1's bare rush, claimed. */
    private Map<String, List<Call>> bareFills(List<String> codes) {
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        for (String opd : codes) {
            List<Call> own = new ArrayList<>();
            for (Task task : tasks.createTaskQuery().taskDefinitionKey(BareRush.FILL)
                    .taskCandidateGroup(OpdGroups.adminGroup(opd)).list()) {
                tasks.claim(task.getId(), AwardLifecycle.admin(opd));
                own.add(new Call(task.getId(), NO_FIELDS));
            }
            calls.put(opd, own);
        }
        return calls;
    }

    /** The fill-assessment form as Tasklist sends it (the seed's values; the select's value is a string). */
    private static Map<String, Object> fillForm() {
        Map<String, Object> fields = new LinkedHashMap<>();
        AwardLifecycle.seedAssessment().forEach((name, value) -> fields.put(name, Map.of("value", value)));
        return fields;
    }

    private static String variables(Map<String, Object> fields) throws Exception {
        return JSON.writeValueAsString(Map.of("variables", fields));
    }

    private static List<Call> references(int count) {
        return Collections.nCopies(count, new Call(null, null));
    }

    /** One request of each kind per client, not measured: the stack and the clients' connections warm. */
    private void warmUp(Iterable<Browser> browsers) {
        for (Browser browser : browsers) {
            browser.send(new Call(null, null));
        }
    }

    /** A submit (task id and body) or, without a task, the reference request. */
    private record Call(String taskId, String body) {
    }

    /** Latencies of the successful requests, in ms; what failed, with its answer. */
    private record Rush(List<Long> millis, List<String> failures, long wallMillis) {
        long percentile(int p) {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.isEmpty() ? -1
                    : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        long max() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(-1);
        }
    }

    /** Every client's calls, one after another on its own thread; all clients released together. */
    private Rush rush(Map<String, Browser> browsers, Function<String, List<Call>> callsOf) throws Exception {
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(browsers.size());
        CountDownLatch go = new CountDownLatch(1);
        Semaphore inFlight = new Semaphore(IN_FLIGHT, true);
        ExecutorService threads = Executors.newFixedThreadPool(browsers.size());
        browsers.forEach((opd, browser) -> {
            List<Call> calls = callsOf.apply(opd);
            threads.submit(() -> {
                ready.countDown();
                go.await();
                for (Call call : calls) {
                    inFlight.acquire();
                    long start = System.nanoTime();
                    String failure;
                    try {
                        failure = browser.send(call);
                    } finally {
                        inFlight.release();
                    }
                    if (failure == null) {
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    } else {
                        failures.add(browser.user + ": " + failure);
                    }
                }
                return null;
            });
        });
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        return new Rush(millis, failures, (System.nanoTime() - start) / 1_000_000);
    }

    private static void print(String what, Rush rush, Rush reference, Rush bare, Pool pool) {
        int submits = rush.millis().size() + rush.failures().size();
        System.out.printf("%s: %d submits in %.1f s, %.1f a second (%d failed)%n", what, submits,
                rush.wallMillis() / 1000.0, submits * 1000.0 / rush.wallMillis(), rush.failures().size());
        System.out.printf("  submit      p50 %5d ms, p95 %5d ms, max %5d ms%n", rush.percentile(50),
                rush.percentile(95), rush.max());
        System.out.printf("  reference   p50 %5d ms, p95 %5d ms, max %5d ms  (%d x GET %s, in %.1f s)%n",
                reference.percentile(50), reference.percentile(95), reference.max(), reference.millis().size(),
                REFERENCE, reference.wallMillis() / 1000.0);
        System.out.printf("  ratio p95 %.1fx (p50 %.1fx)%n", (double) rush.percentile(95)
                / Math.max(1, reference.percentile(95)), (double) rush.percentile(50)
                / Math.max(1, reference.percentile(50)));
        System.out.printf("  bare engine p50 %5d ms, p95 %5d ms, max %5d ms  (%d submits in %.1f s, %.1f a second)%n",
                bare.percentile(50), bare.percentile(95), bare.max(), bare.millis().size(), bare.wallMillis() / 1000.0,
                bare.millis().size() * 1000.0 / bare.wallMillis());
        System.out.printf("  ratio p95 to the bare engine %.2fx (p50 %.2fx)%n", (double) rush.percentile(95)
                / Math.max(1, bare.percentile(95)), (double) rush.percentile(50) / Math.max(1, bare.percentile(50)));
        System.out.printf("  connection pool during the rush: %d connections taken (%.1f a submit), waiting for one"
                + " %.1f ms on average (max %.0f ms); held %.1f ms on average (max %.0f ms)%n", pool.acquired(),
                (double) pool.acquired() / Math.max(1, submits), pool.meanWait(), pool.maxWait(), pool.meanUsage(),
                pool.maxUsage());
    }

    private static void failures(String what, Rush rush) {
        rush.failures().stream().limit(10).forEach(f -> System.out.printf("  FAILED (%s) %s%n", what, f));
    }

    /** Hikari's own timers (Micrometer): waiting for a connection, and holding it. */
    private record Pool(long acquired, double waitMillis, double maxWait, long used, double usageMillis,
                        double maxUsage) {
        Pool since(Pool before) {
            return new Pool(acquired - before.acquired, waitMillis - before.waitMillis, maxWait,
                    used - before.used, usageMillis - before.usageMillis, maxUsage);
        }

        double meanWait() { return acquired == 0 ? 0 : waitMillis / acquired; }

        double meanUsage() { return used == 0 ? 0 : usageMillis / used; }
    }

    private Pool pool() {
        Timer acquire = meters.find("hikaricp.connections.acquire").timer();
        Timer usage = meters.find("hikaricp.connections.usage").timer();
        if (acquire == null || usage == null) {
            return new Pool(0, 0, 0, 0, 0, 0);
        }
        return new Pool(acquire.count(), acquire.totalTime(TimeUnit.MILLISECONDS), acquire.max(TimeUnit.MILLISECONDS),
                usage.count(), usage.totalTime(TimeUnit.MILLISECONDS), usage.max(TimeUnit.MILLISECONDS));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** With -Dbench.jfr=/tmp/rush.jfr, a recording of one rush: /tmp/rush-nominate.jfr, /tmp/rush-fill.jfr. */
    private static Recording startRecording(String phase) throws Exception {
        String jfr = System.getProperty("bench.jfr");
        if (jfr == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(jfr.replaceFirst("(\\.jfr)?$", "-" + phase + ".jfr")));
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording) throws Exception {
        if (recording != null) {
            recording.stop();
            System.out.println("[benchmark] JFR: " + recording.getDestination());
            recording.close();
        }
    }

    /** A person's browser: his own cookies (session, CSRF) and connection, logged in, Tasklist opened once. */
    private final class Browser {

        private final String user;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        private final String xsrf;

        Browser(String user) throws Exception {
            this.user = user;
            String page = client.send(HttpRequest.newBuilder(uri("/masuk")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).as("CSRF token on /masuk").isTrue();
            String form = "username=" + user + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD,
                    StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/masuk"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Location").orElse("")).as("login of %s", user).doesNotContain("gagal");
            assertThat(client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("Tasklist for %s", user).isEqualTo(200);
            this.xsrf = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        /** Sends the call; null when it succeeded, else what went wrong. */
        String send(Call call) {
            HttpRequest request = call.taskId() == null
                    ? HttpRequest.newBuilder(uri(REFERENCE)).header("Accept", "application/json").GET().build()
                    : HttpRequest.newBuilder(uri(TASK_API + call.taskId() + "/submit-form"))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", xsrf)
                            .POST(HttpRequest.BodyPublishers.ofString(call.body())).build();
            int expected = call.taskId() == null ? 200 : 204;
            try {
                HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == expected) {
                    return null;
                }
                String body = answer.body();
                return answer.statusCode() + " " + request.uri().getPath() + " "
                        + body.substring(0, Math.min(300, body.length()));
            } catch (Exception e) {
                return e.toString();
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
