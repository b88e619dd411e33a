package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.TestFixtures;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriodStatus;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a timed test (surefire excludes *Benchmark.java); issue 15, the first figure: the whole award cycle through the
 * real engine, form listeners, delegates, JPA and documents, beside a bare-engine process of the same shape deployed
 * in the same engine and driven in the same run. The ratio is the figure.
 *
 * <p><b>Real cycle</b> ({@link AwardLifecycle}, {@link ProcessDriver}: every form submitted as its role would, logged
 * in, claimed, through {@code FormService.submitTaskForm}): BKPSDM opens a period; the three fixture OPDs' heads
 * nominate N employees in all; each OPD admin fills the instrument; the head rates Team Work and signs off (the
 * assessment PDF); BKPSDM verifies; BKPSDM closes the window early; the shortlist makes F finalists; each of P panel
 * members scores each finalist; BKPSDM proposes A awardees (the draft decree PDF); the Bupati approves (the numbered
 * decree PDF); BKPSDM records the ceremony (a certificate per awardee, the minutes, the recapitulation).
 *
 * <p><b>Bare engine, same shape</b> ({@link #bareModels()}): BarePeriod and BareNomination with the same user tasks,
 * gateways, multi-instances, call activity, signal, boundary timers (two non-interrupting ones on each person's task,
 * the interrupting window timers) and async continuations, service tasks that do nothing ({@code ${true}}, or a
 * trivial JavaDelegate where the real one sets the multi-instance collections), full history (the app's level). It
 * is driven with the same task completions ({@code TaskService.complete}, the routing flags as variables) and the same
 * job runs ({@code ProcessDriver.runDueJobs}), in the same order.
 *
 * <p>Warm-up: a whole real and a whole bare cycle of the measured size. Then rounds ({@code -Dbench.rounds}, default
 * 1) of bare, real, bare; a round's bare figure is the mean of its two runs, and its ratio real / bare is printed.
 *
 * <pre>
 * ./mvnw -q -ntp test -Dtest=WholeCycleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.nominations=30] [-Dbench.panel=3] [-Dbench.finalists=N] [-Dbench.awardees=N/3] [-Dbench.jfr=/tmp/cycle.jfr]
 * </pre>
 *
 * With {@code -Ppostgres-tests} and {@code SIPETRUK_DB_URL} it runs on PostgreSQL (docs/performance.md). With
 * {@code bench.jfr} the measured real cycle alone is recorded by Java Flight Recorder (settings "profile").
 */
@SpringBootTest
class WholeCycleBenchmark {

    private static final List<String> OPDS = List.of(TestFixtures.ALPHA, TestFixtures.BETA, TestFixtures.GAMMA);

    /** The shape the bare delegates hand to the engine (single-threaded driver; set before each bare cycle). */
    static volatile Shape bareShape;

    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TestFixtures fixtures;
    @Autowired NominationRepository nominations;
    @Autowired TaskSubjectRepository subjects;
    @Autowired EmployeeRepository employees;
    @Autowired OpdRepository opds;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired EntityManagerFactory entityManagers;
    @Autowired JdbcTemplate jdbc;

    record Shape(int nominations, int finalists, int panel, int awardees) {
        int perOpd() { return (nominations + OPDS.size() - 1) / OPDS.size(); }

        /** How many nominees OPD number i (0-based) puts forward. */
        int nomineesOf(int opd) { return Math.max(0, Math.min(perOpd(), nominations - opd * perOpd())); }

        int tasks() { return OPDS.size() + 3 * nominations + 1 + finalists * panel + 3; }
    }

    record Result(String what, int instances, int tasks, int jobs, double seconds, Map<String, Double> stages) {
        double perSecond() { return instances / seconds; }
        double tasksPerSecond() { return tasks / seconds; }
    }

    @Test
    void wholeCycleBesideTheBareEngine() throws Exception {
        int n = Integer.getInteger("bench.nominations", 30);
        int p = Integer.getInteger("bench.panel", 3);
        Shape shape = new Shape(n, Integer.getInteger("bench.finalists", n), p,
                Integer.getInteger("bench.awardees", Math.max(1, n / 3)));
        String jfr = System.getProperty("bench.jfr");

        fixtures.ensureRegency();
        List<String> removedPanel = panelOf(p);
        try {
            Map<String, List<String>> nips = employeesFor(shape);
            deploy();
            System.out.printf(Locale.ROOT, "%n[benchmark] whole cycle: %d nominations over %d OPDs, %d finalists, "
                    + "%d panel members, %d awardees, %d person tasks; history level %s%n",
                    shape.nominations(), OPDS.size(), shape.finalists(), p, shape.awardees(), shape.tasks(),
                    management.getHistoryLevel());

            // both sides warm up with a whole cycle of the measured size: a small real warm-up left the JIT compiling
            // the real side's code during its measured run, and each side's first measured run slower than its next
            Result realWarm = realCycle(shape, nips);
            Result bareWarm = bareCycle(shape, "warm-up");
            System.out.printf(Locale.ROOT, "[benchmark] warm-up: real %.1f s, bare %.1f s%n", realWarm.seconds(),
                    bareWarm.seconds());

            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= Integer.getInteger("bench.rounds", 1); round++) {
                ratios.add(measuredRound(shape, nips, round == 1 ? jfr : null, round == 1));
            }
            RatioBaseline.check("whole-cycle", ratios);
        } finally {
            restorePanel(removedPanel);
        }
    }

    /** Bare, real, bare; prints the figures and returns the ratio real / bare. */
    private double measuredRound(Shape shape, Map<String, List<String>> nips, String jfr, boolean statistics)
            throws Exception {
        TableActivity tables = statistics ? TableActivity.ifAsked(jdbc) : null;
        Map<String, TableActivity.Counts> beforeBare = tables == null ? null : tables.snapshot();
        Result bare1 = bareCycle(shape, "before");
        Map<String, TableActivity.Counts> beforeReal = tables == null ? null : tables.snapshot();
        Recording recording = null;
        if (jfr != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setDestination(Path.of(jfr));
            recording.start();
        }
        Statistics sql = statistics ? sqlStatistics() : null;
        Result real = realCycle(shape, nips);
        printSqlStatistics(sql);
        if (tables != null) {
            TableActivity.print("real", beforeReal, tables.snapshot(), "bare", beforeBare, beforeReal);
        }
        if (recording != null) {
            recording.stop();
            recording.close();
            System.out.println("[benchmark] JFR of the real cycle: " + jfr);
        }
        Result bare2 = bareCycle(shape, "after");

        assertThat(List.of(bare1.jobs(), bare2.jobs())).as("the same jobs on both sides").containsOnly(real.jobs());
        for (Result r : List.of(bare1, real, bare2)) {
            System.out.printf(Locale.ROOT, "[benchmark] %-22s %6.2f s  %3d instances  %4d person tasks  %4d jobs"
                    + "  %7.2f /s  %7.1f tasks/s%n", r.what(), r.seconds(), r.instances(), r.tasks(), r.jobs(),
                    r.perSecond(), r.tasksPerSecond());
        }
        System.out.printf(Locale.ROOT, "%n[benchmark] %-30s %9s %9s %9s%n", "stage (seconds)", "real", "bare", "real/bare");
        for (String stage : real.stages().keySet()) {
            double bareStage = (bare1.stages().getOrDefault(stage, 0.0) + bare2.stages().getOrDefault(stage, 0.0)) / 2;
            System.out.printf(Locale.ROOT, "[benchmark] %-30s %9.2f %9.2f %9.1f%n", stage, real.stages().get(stage),
                    bareStage, real.stages().get(stage) / bareStage);
        }
        double bareRate = (bare1.perSecond() + bare2.perSecond()) / 2;
        double bareTasks = (bare1.tasksPerSecond() + bare2.tasksPerSecond()) / 2;
        double ratio = real.perSecond() / bareRate;
        System.out.printf(Locale.ROOT, "%n[benchmark] real cycle: %.2f nominations/s (%.1f tasks/s) | bare engine same "
                + "shape: %.2f/s (%.1f tasks/s) | ratio real/bare = %.3f (bare runs %.2f and %.2f/s)%n%n",
                real.perSecond(), real.tasksPerSecond(), bareRate, bareTasks, ratio, bare1.perSecond(),
                bare2.perSecond());
        return ratio;
    }

    /** With {@code -Dbench.sql}: Hibernate's statistics over the measured real cycle (they cost time themselves). */
    private Statistics sqlStatistics() {
        if (!Boolean.getBoolean("bench.sql")) {
            return null;
        }
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        return statistics;
    }

    private static void printSqlStatistics(Statistics statistics) {
        if (statistics == null) {
            return;
        }
        statistics.setStatisticsEnabled(false);
        System.out.printf(Locale.ROOT, "%n[benchmark] JPA over the real cycle: %d statements prepared, %d queries, "
                + "%d entities loaded, %d fetched, %d inserted, %d updated, %d flushes, %d transactions%n",
                statistics.getPrepareStatementCount(), statistics.getQueryExecutionCount(),
                statistics.getEntityLoadCount(), statistics.getEntityFetchCount(), statistics.getEntityInsertCount(),
                statistics.getEntityUpdateCount(), statistics.getFlushCount(), statistics.getTransactionCount());
        Arrays.stream(statistics.getQueries())
                .map(query -> Map.entry(query, statistics.getQueryStatistics(query)))
                .sorted(Comparator.comparingLong(e -> -e.getValue().getExecutionCount()))
                .limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "[benchmark] %6d x %6d ms  %s%n",
                        e.getValue().getExecutionCount(), e.getValue().getExecutionTotalTime(),
                        e.getKey().length() > 160 ? e.getKey().substring(0, 160) : e.getKey()));
        Arrays.stream(statistics.getEntityNames())
                .map(name -> Map.entry(name, statistics.getEntityStatistics(name)))
                .sorted(Comparator.comparingLong(e -> -e.getValue().getLoadCount()))
                .limit(12)
                .forEach(e -> System.out.printf(Locale.ROOT, "[benchmark] entity %-50s loaded %6d fetched %6d "
                        + "inserted %5d updated %5d%n", e.getKey(), e.getValue().getLoadCount(),
                        e.getValue().getFetchCount(), e.getValue().getInsertCount(), e.getValue().getUpdateCount()));
    }

    // ---------------------------------------------------------------------------------------------- the real cycle

    private Result realCycle(Shape shape, Map<String, List<String>> nips) {
        long start = System.nanoTime();
        Laps laps = new Laps();
        int[] done = {0};
        ProcessInstance period = lifecycle.openPeriod(Map.of("nomineesPerOpd", shape.perOpd(),
                "finalistCount", shape.finalists(), "awardeeCount", shape.awardees()));
        laps.lap("open period (start, timer)");
        for (int i = 0; i < OPDS.size(); i++) {
            String opd = OPDS.get(i);
            List<String> mine = nips.get(opd).subList(0, shape.nomineesOf(i));
            if (mine.isEmpty()) {
                throw new IllegalStateException("every OPD nominates: N >= 3 and N spread over the three OPDs");
            }
            lifecycle.nominateAll(period, opd, mine);
            done[0]++;
        }
        laps.lap("nominate (per OPD)");
        int k = 0;
        List<Task> instruments = tasks(period, "Task_FillAssessment");
        Map<String, String> opdOf = opdOf(instruments);
        for (Task task : instruments) {
            String opd = opdOf.get(task.getId());
            driver.submit(task, AwardLifecycle.admin(opd),
                    AwardLifecycle.assessment(86 + (k++ % 14), 96, 40, "ABOVE_EXPECTATION"));
            done[0]++;
        }
        laps.lap("fill instrument");
        List<Task> signOffs = tasks(period, "Task_ReviewAssessment");
        opdOf = opdOf(signOffs);
        for (Task task : signOffs) {
            String opd = opdOf.get(task.getId());
            driver.submit(task, AwardLifecycle.head(opd), Map.of("headDecision", "APPROVE", "teamWorkScore", "20"));
            done[0]++;
        }
        laps.lap("head's sign-off");
        driver.runDueJobs(period);
        laps.lap("jobs: assessment PDFs");
        for (Task task : tasks(period, "Task_VerifyNomination")) {
            Map<String, Object> form = new HashMap<>();
            form.put("verificationDecision", "ELIGIBLE");
            form.put("verificationReason", null);
            driver.submit(task, AwardLifecycle.VERIFIER, form);
            done[0]++;
        }
        laps.lap("verify");
        driver.runDueJobs(period);
        laps.lap("jobs: after verify");
        driver.submit(driver.task(period, "Task_CloseNominationWindowEarly", RoleGroups.BKPSDM_ADMIN), AwardLifecycle.BKPSDM,
                Map.of("confirmEarlyClose", true));
        done[0]++;
        driver.runDueJobs(period);
        laps.lap("close early + shortlist");
        k = 0;
        for (Task task : tasks(period, "Task_ScoreFinalist")) {
            driver.submit(task, task.getAssignee(), Map.of("abstain", false,
                    "presentationScore", 70 + (k % 25), "interviewScore", 75 + (k++ % 20)));
            done[0]++;
        }
        laps.lap("panel scores");
        driver.runDueJobs(period);
        laps.lap("jobs: after scores, aggregate");
        List<String> awardees = nominations.findByPeriodIdOrderById(lifecycle.periodId(period)).stream()
                .filter(nomination -> nomination.getFinalRank() != null)
                .sorted(Comparator.comparing(Nomination::getFinalRank)).limit(shape.awardees()).map(Nomination::getCode)
                .toList();
        lifecycle.propose(period, awardees);
        laps.lap("propose + draft decree");
        lifecycle.decideDecree(period, "APPROVE", null);
        laps.lap("approve + numbered decree");
        lifecycle.recordCeremony(period);
        laps.lap("ceremony + certificates");
        done[0] += 3;
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(driver.period(period).getStatus()).isEqualTo(AwardPeriodStatus.COMPLETED);
        assertThat(done[0]).isEqualTo(shape.tasks());
        assertThat(awardees).hasSize(shape.awardees());
        return new Result("real cycle", shape.nominations(), done[0], jobsRun(period), seconds, laps.stages);
    }

    /** Seconds per stage of one cycle, in the order taken. */
    static final class Laps {
        final Map<String, Double> stages = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            stages.merge(stage, (now - last) / 1e9, Double::sum);
            last = now;
        }
    }

    /** Jobs the cycle ran (timers, async continuations), read from the history after the clock stopped. */
    private int jobsRun(ProcessInstance root) {
        return history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()).list().stream()
                .mapToInt(instance -> (int) history.createHistoricJobLogQuery().processInstanceId(instance.getId())
                        .successLog().count())
                .sum();
    }

    /** Open tasks of this key anywhere in the period's instance tree: one query. */
    private List<Task> tasks(ProcessInstance root, String key) {
        List<String> tree = driver.instanceTree(root);
        return taskService.createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new)).taskDefinitionKey(key)
                .orderByTaskCreateTime().asc().list();
    }

    /**
     * Whose tasks these are (the OPD of each, from its subject), in one query: the driver's bookkeeping, which a
     * person in Tasklist does not pay for, so it stays out of the real cycle's time as far as it can.
     */
    private Map<String, String> opdOf(List<Task> tasks) {
        return subjects.findByTaskIdIn(tasks.stream().map(Task::getId).toList()).stream()
                .collect(Collectors.toMap(TaskSubject::getTaskId, TaskSubject::getOpdCode));
    }

    /** Employees of their own for the benchmark, ceil(N/3) in each fixture OPD, all eligible. */
    private Map<String, List<String>> employeesFor(Shape shape) {
        Map<String, List<String>> nips = new LinkedHashMap<>();
        for (String code : OPDS) {
            var opd = opds.findByCode(code).orElseThrow();
            List<String> list = new ArrayList<>();
            for (int i = 0; i < shape.perOpd(); i++) {
                String nip = fixtures.freeNip();
                employees.save(new Employee(nip, "Pegawai Uji " + code + " " + i, "Analis Ahli Muda", "Penata (III/c)", opd));
                list.add(nip);
            }
            nips.put(code, list);
        }
        return nips;
    }

    /** Makes the panel group hold exactly p members; returns the fixture members taken out, to put back. */
    private List<String> panelOf(int p) {
        List<String> members = identity.createUserQuery().memberOfGroup(RoleGroups.PANEL).orderByUserId().asc().list()
                .stream().map(User::getId).toList();
        for (int i = members.size(); i < p; i++) {
            String id = "bench.panel" + i;
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName("Panel");
                user.setLastName(id);
                user.setPassword(TestFixtures.PASSWORD);
                identity.saveUser(user);
            }
            identity.createMembership(id, RoleGroups.PANEL);
        }
        List<String> removed = members.size() > p ? members.subList(p, members.size()) : List.of();
        removed.forEach(id -> identity.deleteMembership(id, RoleGroups.PANEL));
        return removed;
    }

    private void restorePanel(List<String> removed) {
        // the fixtures' panel members may be back already (TestFixtures.ensureRegency)
        removed.stream().filter(id -> identity.createUserQuery().userId(id).memberOfGroup(RoleGroups.PANEL).count() == 0)
                .forEach(id -> identity.createMembership(id, RoleGroups.PANEL));
        identity.createUserQuery().list().stream().filter(u -> u.getId().startsWith("bench.panel"))
                .forEach(u -> identity.deleteUser(u.getId()));
    }

    // ----------------------------------------------------------------------------------- the bare engine, same shape

    private Result bareCycle(Shape shape, String what) {
        bareShape = shape;
        long start = System.nanoTime();
        Laps laps = new Laps();
        int done = 0;
        Map<String, Object> startForm = new HashMap<>(driver.periodForm());
        ProcessInstance period = runtime.startProcessInstanceByKey("BarePeriod", "BARE-" + System.nanoTime(), startForm);
        driver.runDueJobs(period);
        laps.lap("open period (start, timer)");
        for (Task task : tasks(period, "nominate")) {
            taskService.claim(task.getId(), "bench");
            taskService.complete(task.getId());
            done++;
        }
        laps.lap("nominate (per OPD)");
        for (Task task : tasks(period, "fill")) {
            taskService.claim(task.getId(), "bench");
            taskService.complete(task.getId());
            done++;
        }
        laps.lap("fill instrument");
        for (Task task : tasks(period, "review")) {
            taskService.claim(task.getId(), "bench");
            taskService.complete(task.getId(), Map.of("headApproved", true));
            done++;
        }
        laps.lap("head's sign-off");
        driver.runDueJobs(period);
        laps.lap("jobs: assessment PDFs");
        for (Task task : tasks(period, "verify")) {
            taskService.claim(task.getId(), "bench");
            taskService.complete(task.getId(), Map.of("verificationOutcome", "ELIGIBLE"));
            done++;
        }
        laps.lap("verify");
        driver.runDueJobs(period);
        laps.lap("jobs: after verify");
        for (Task task : tasks(period, "closeEarly")) {
            taskService.claim(task.getId(), "bench");
            taskService.complete(task.getId());
            done++;
        }
        driver.runDueJobs(period);
        laps.lap("close early + shortlist");
        for (Task task : tasks(period, "score")) {
            taskService.complete(task.getId());
            done++;
        }
        laps.lap("panel scores");
        driver.runDueJobs(period);
        laps.lap("jobs: after scores, aggregate");
        for (String key : List.of("propose", "approve", "ceremony")) {
            for (Task task : tasks(period, key)) {
                taskService.claim(task.getId(), "bench");
                taskService.complete(task.getId(), "approve".equals(key) ? Map.of("decreeApproved", true) : Map.of());
                done++;
            }
            driver.runDueJobs(period);
            laps.lap(Map.of("propose", "propose + draft decree", "approve", "approve + numbered decree",
                    "ceremony", "ceremony + certificates").get(key));
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(period.getId()).singleResult()
                .getEndActivityId()).as("bare period ended").isEqualTo("completed");
        assertThat(done).isEqualTo(shape.tasks());
        return new Result("bare engine (" + what + ")", shape.nominations(), done, jobsRun(period), seconds, laps.stages);
    }

    private void deploy() {
        List<BpmnModelInstance> models = bareModels();
        repository.createDeployment().name("whole-cycle-benchmark")
                .addModelInstance("BarePeriod.bpmn", models.get(0))
                .addModelInstance("BareNomination.bpmn", models.get(1))
                .deploy();
    }

    /** BarePeriod and BareNomination: the shape of AwardPeriodProcess and NominationProcess, nothing else. */
    static List<BpmnModelInstance> bareModels() {
        BpmnModelInstance nomination = Bpmn.createExecutableProcess("BareNomination").camundaHistoryTimeToLive(3650)
                .startEvent("nominated")
                .exclusiveGateway("assessmentMerge")
                .userTask("fill").camundaCandidateGroups("opd-x-admin")
                .userTask("review").camundaCandidateGroups("opd-x-head")
                .exclusiveGateway("headApproved")
                    .condition("approved", "${headApproved}")
                    .serviceTask("generateResult").camundaAsyncBefore().camundaExpression("${true}")
                    .userTask("verify").camundaCandidateGroups("bkpsdm-verifier").camundaAsyncAfter()
                    .exclusiveGateway("verificationOutcome")
                        .condition("eligible", "${verificationOutcome == 'ELIGIBLE'}").endEvent("eligible")
                    .moveToNode("verificationOutcome")
                        .condition("rejected", "${verificationOutcome == 'REJECTED'}").endEvent("rejected")
                    .moveToNode("verificationOutcome")
                        .condition("sentBackByBkpsdm", "${verificationOutcome == 'SEND_BACK'}").connectTo("assessmentMerge")
                .moveToNode("headApproved")
                    .condition("sentBackByHead", "${!headApproved}").connectTo("assessmentMerge")
                .done();
        for (String task : List.of("fill", "review", "verify")) {
            reminderAndOverdue(nomination, task);
        }

        BpmnModelInstance period = Bpmn.createExecutableProcess("BarePeriod").camundaHistoryTimeToLive(3650)
                .startEvent("requested")
                .serviceTask("register").camundaClass(Register.class)
                .intermediateCatchEvent("windowOpens").timerWithDuration("PT0S")
                .serviceTask("openWindow").camundaClass(OpenWindow.class)
                .parallelGateway("split")
                .subProcess("opdNomination").embeddedSubProcess()
                    .startEvent("opdCalled")
                    .userTask("nominate").camundaCandidateGroups("opd-${opdCode}-head")
                    .serviceTask("collect").camundaClass(Collect.class)
                    .callActivity("nomination").calledElement("BareNomination")
                        .camundaInBusinessKey("${execution.processBusinessKey}-${nominationId}")
                    .endEvent("opdSettled")
                    .subProcessDone()
                .parallelGateway("join")
                .intermediateThrowEvent("nominationStageEnded")
                .serviceTask("shortlist").camundaAsyncBefore().camundaClass(Shortlist.class)
                .exclusiveGateway("anyEligible")
                    .condition("nobody", "${!anyEligible}")
                    .serviceTask("closeWithoutAward").camundaExpression("${true}").endEvent("closedWithoutAward")
                .moveToNode("anyEligible")
                    .condition("finalists", "${anyEligible}")
                    .subProcess("panel").embeddedSubProcess()
                        .startEvent("finalistPresented")
                        .userTask("score").camundaAssignee("${panelMemberId}")
                        .endEvent("finalistScored")
                        .subProcessDone()
                    .serviceTask("aggregate").camundaExpression("${true}")
                    .exclusiveGateway("proposalMerge")
                    .userTask("propose").camundaCandidateGroups("bkpsdm-admin")
                    .serviceTask("decreeDraft").camundaAsyncBefore().camundaExpression("${true}")
                    .userTask("approve").camundaCandidateGroups("bupati")
                    .exclusiveGateway("decreeApproved")
                        .condition("sentBack", "${!decreeApproved}").connectTo("proposalMerge")
                    .moveToNode("decreeApproved")
                        .condition("approved", "${decreeApproved}")
                        .serviceTask("issue").camundaAsyncBefore().camundaExpression("${true}")
                        .intermediateThrowEvent("decreeIssued")
                        .userTask("ceremony").camundaCandidateGroups("bkpsdm-admin")
                        .serviceTask("certificates").camundaAsyncBefore().camundaExpression("${true}")
                        .endEvent("completed")
                .moveToNode("split")
                    .userTask("closeEarly").camundaCandidateGroups("bkpsdm-admin").camundaAsyncAfter()
                    .intermediateThrowEvent("windowClosedEarly").signal("BareWindowClosed-${execution.processBusinessKey}")
                    .exclusiveGateway("windowClosed")
                    .connectTo("join")
                .done();
        // the window's own timers and signal, as in AwardPeriodProcess
        period.<UserTask>getModelElementById("closeEarly").builder()
                .boundaryEvent("windowCloses").timerWithDuration("P30D").connectTo("windowClosed");
        period.<UserTask>getModelElementById("nominate").builder()
                .boundaryEvent("windowClosesForOpd").timerWithDuration("P30D")
                .serviceTask("recordNoNomination").camundaExpression("${true}").endEvent("noNomination");
        period.<UserTask>getModelElementById("nominate").builder()
                .boundaryEvent("windowClosedEarlyForOpd").signal("BareWindowClosed-${execution.processBusinessKey}")
                .connectTo("recordNoNomination");
        period.<UserTask>getModelElementById("nominate").builder()
                .boundaryEvent("reminder_nominate").cancelActivity(false).timerWithDuration("P20D").endEvent();
        for (String task : List.of("propose", "approve", "ceremony", "score")) {
            reminderAndOverdue(period, task);
        }
        // the multi-instances, as in AwardPeriodProcess
        period.<SubProcess>getModelElementById("opdNomination").builder().multiInstance().parallel()
                .camundaCollection("${opdCodes}").camundaElementVariable("opdCode");
        period.<CallActivity>getModelElementById("nomination").builder().multiInstance().parallel()
                .camundaCollection("${nominationIds}").camundaElementVariable("nominationId");
        period.<SubProcess>getModelElementById("panel").builder().multiInstance().parallel()
                .camundaCollection("${finalistIds}").camundaElementVariable("finalistId");
        period.<UserTask>getModelElementById("score").builder().multiInstance().parallel()
                .camundaCollection("${panelMemberIds}").camundaElementVariable("panelMemberId").camundaAsyncAfter();
        Bpmn.validateModel(period);
        Bpmn.validateModel(nomination);
        return List.of(period, nomination);
    }

    /** A person's task's two non-interrupting timers (reminder, overdue), far in the future as in a real period. */
    static void reminderAndOverdue(BpmnModelInstance model, String task) {
        ((AbstractActivityBuilder<?, ?>) model.<Activity>getModelElementById(task).builder())
                .boundaryEvent("reminder_" + task).cancelActivity(false).timerWithDuration("P20D").endEvent();
        ((AbstractActivityBuilder<?, ?>) model.<Activity>getModelElementById(task).builder())
                .boundaryEvent("overdue_" + task).cancelActivity(false).timerWithDuration("P30D").endEvent();
    }

    /** Stores the period (here: nothing) and removes the start form's fields, as RegisterPeriodDelegate does. */
    public static class Register implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.removeVariables();
            execution.setVariable("periodCode", execution.getProcessBusinessKey());
            execution.setVariable("nominationOpensAt", new java.util.Date());
            execution.setVariable("nominationClosesAt", new java.util.Date(System.currentTimeMillis() + 86_400_000L));
        }
    }

    public static class OpenWindow implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("opdCodes", new ArrayList<>(OPDS));
        }
    }

    public static class Collect implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            int opd = OPDS.indexOf((String) execution.getVariable("opdCode"));
            execution.setVariableLocal("nominationIds", new ArrayList<>(
                    LongStream.range(0, bareShape.nomineesOf(opd)).mapToObj(i -> opd * 1000L + i).toList()));
        }
    }

    public static class Shortlist implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Shape shape = bareShape;
            execution.setVariable("finalistIds",
                    new ArrayList<>(LongStream.range(0, shape.finalists()).boxed().toList()));
            execution.setVariable("panelMemberIds",
                    new ArrayList<>(IntStream.range(0, shape.panel()).mapToObj(i -> "panel" + i).toList()));
            execution.setVariable("anyEligible", true);
        }
    }
}
