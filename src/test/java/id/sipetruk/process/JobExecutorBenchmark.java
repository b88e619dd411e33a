package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.TestFixtures;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.OpdRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Not a timed test (surefire excludes *Benchmark.java); issue 15, item 3: the job executor sized for the machine,
 * measured. The heads of three OPDs sign off N instruments at once (the deadline's end), which queues N jobs of
 * "Cetak hasil penilaian" (the assessment PDF, async before). The same is done twice in one JVM:
 * <ul>
 *   <li><b>reference</b>: the job executor stopped, the N jobs run one after another by the test's thread
 *       ({@code ManagementService.executeJob}), as the other benchmarks run them;</li>
 *   <li><b>job executor</b>: the N jobs left to the engine's job executor with the pool settings of this run
 *       ({@code camunda.bpm.job-execution.*}), timed from its start until no such job is left.</li>
 * </ul>
 * It prints jobs per second of both and the ratio. Run it once per setting:
 *
 * <pre>
 * ./mvnw -q -ntp test -Ppostgres-tests -Dtest=JobExecutorBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.jobs=60] [-Dcamunda.bpm.job-execution.core-pool-size=3] [-Dcamunda.bpm.job-execution.max-jobs-per-acquisition=3]
 * </pre>
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext
class JobExecutorBenchmark {

    private static final List<String> OPDS = List.of(TestFixtures.ALPHA, TestFixtures.BETA, TestFixtures.GAMMA);
    private static final String PDF_JOB = "Task_GenerateAssessmentResult";

    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TestFixtures fixtures;
    @Autowired EmployeeRepository employees;
    @Autowired OpdRepository opds;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;

    @Test
    void assessmentPdfsOfADeadline_byTheJobExecutor_besideOneByOne() throws Exception {
        int n = Integer.getInteger("bench.jobs", 60);
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        executor.shutdown();
        fixtures.ensureRegency();

        signedOff(30);
        runOneByOne();
        signedOff(30);
        executor.start();
        drain();
        executor.shutdown();

        double reference = rate(this::runOneByOne, n);
        double pooled = rate(() -> {
            executor.start();
            drain();
            executor.shutdown();
        }, n);
        System.out.printf(Locale.ROOT, "%n[benchmark] %d assessment PDF jobs: one by one %.1f jobs/s | job executor "
                + "(core pool %s, max pool %s, %s jobs per acquisition) %.1f jobs/s | ratio %.2f%n%n", n, reference,
                System.getProperty("camunda.bpm.job-execution.core-pool-size", "3 (default)"),
                System.getProperty("camunda.bpm.job-execution.max-pool-size", "10 (default)"),
                System.getProperty("camunda.bpm.job-execution.max-jobs-per-acquisition", "3 (default)"),
                pooled, pooled / reference);
    }

    /** Jobs per second of a run that works off the queue of n jobs made just before it (not timed). */
    private double rate(Runnable run, int n) {
        signedOff(n);
        assertThat(pdfJobs()).hasSize(n);
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(pdfJobs()).isEmpty();
        return n / seconds;
    }

    /** n instruments signed off (a multiple of 3), in periods of at most ten nominees per OPD (the quota's maximum). */
    private void signedOff(int n) {
        for (int left = n; left > 0; left -= 30) {
            signedOffBatch(Math.min(10, left / OPDS.size()));
        }
    }

    /** A period in which each OPD nominates perOpd people, fills their instruments and signs them off. */
    private void signedOffBatch(int perOpd) {
        ProcessInstance period = lifecycle.openPeriod(Map.of("nomineesPerOpd", perOpd));
        for (String opd : OPDS) {
            var unit = opds.findByCode(opd).orElseThrow();
            List<String> nips = new ArrayList<>();
            for (int i = 0; i < perOpd; i++) {
                String nip = fixtures.freeNip();
                employees.save(new Employee(nip, "Pegawai Uji " + opd + " " + i, "Analis Ahli Muda", "Penata (III/c)",
                        unit));
                nips.add(nip);
            }
            lifecycle.nominateAll(period, opd, nips);
        }
        for (Task task : driver.openTasks(period, "Task_FillAssessment")) {
            driver.submit(task, AwardLifecycle.admin(driver.subject(task).getOpdCode()), AwardLifecycle.seedAssessment());
        }
        for (Task task : driver.openTasks(period, "Task_ReviewAssessment")) {
            driver.submit(task, AwardLifecycle.head(driver.subject(task).getOpdCode()),
                    Map.of("headDecision", "APPROVE", "teamWorkScore", "20"));
        }
    }

    private void runOneByOne() {
        pdfJobs().forEach(job -> management.executeJob(job.getId()));
    }

    private void drain() {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!pdfJobs().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the job executor left jobs after 5 minutes");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private List<Job> pdfJobs() {
        return management.createJobQuery().activityId(PDF_JOB).list();
    }
}
