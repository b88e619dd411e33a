package id.sipetruk.operations;

import id.sipetruk.period.PeriodStage;
import id.sipetruk.process.ProcessKeys;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * SI PETRUK's gauges for Prometheus ({@code /actuator/prometheus}), counted by the engine's own count queries and
 * kept for {@value #CACHE_SECONDS} seconds, so that a scrape costs at most nine count queries twice a minute:
 * <ul>
 *   <li>{@code sipetruk_tasks_open{stage="…"}}: open user tasks per stage ({@link PeriodStage#taskKeys()});</li>
 *   <li>{@code sipetruk_tasks_overdue}: open user tasks past their due date;</li>
 *   <li>{@code sipetruk_incidents_open}: open incidents, one per failure (counted on the period's process, to which
 *       the engine propagates every incident of a nomination);</li>
 *   <li>{@code sipetruk_jobs_failed}: jobs with no retries left.</li>
 * </ul>
 */
@Component
public class EngineMetrics {

    static final int CACHE_SECONDS = 30;
    private static final Duration CACHE = Duration.ofSeconds(CACHE_SECONDS);

    /** The values of one count. */
    public record Snapshot(Map<PeriodStage, Long> openTasks, long overdueTasks, long openIncidents, long failedJobs,
                           Instant countedAt) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;
    private Snapshot current;

    public EngineMetrics(TaskService tasks, RuntimeService runtime, ManagementService management, Clock clock,
                         MeterRegistry registry) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
        for (PeriodStage stage : PeriodStage.values()) {
            Gauge.builder("sipetruk.tasks.open", this, m -> m.snapshot().openTasks().get(stage))
                    .description("Open user tasks of the stage").tag("stage", stage.name()).strongReference(true)
                    .register(registry);
        }
        Gauge.builder("sipetruk.tasks.overdue", this, m -> m.snapshot().overdueTasks())
                .description("Open user tasks past their due date").strongReference(true).register(registry);
        Gauge.builder("sipetruk.incidents.open", this, m -> m.snapshot().openIncidents())
                .description("Open incidents (failed steps waiting for an administrator)").strongReference(true)
                .register(registry);
        Gauge.builder("sipetruk.jobs.failed", this, m -> m.snapshot().failedJobs())
                .description("Jobs with no retries left").strongReference(true).register(registry);
    }

    /** The last count, counted again when older than {@value #CACHE_SECONDS} seconds. */
    public synchronized Snapshot snapshot() {
        if (current == null || current.countedAt().plus(CACHE).isBefore(clock.instant())) {
            current = count();
        }
        return current;
    }

    /** Counts now (tests; an administrator who does not want to wait). */
    public synchronized Snapshot refresh() {
        current = count();
        return current;
    }

    private Snapshot count() {
        Map<PeriodStage, Long> open = new EnumMap<>(PeriodStage.class);
        for (PeriodStage stage : PeriodStage.values()) {
            open.put(stage, tasks.createTaskQuery().taskDefinitionKeyIn(stage.taskKeys().toArray(String[]::new))
                    .count());
        }
        Instant now = clock.instant();
        long overdue = tasks.createTaskQuery().dueBefore(Date.from(now)).count();
        long incidents = runtime.createIncidentQuery().processDefinitionKeyIn(ProcessKeys.AWARD_PERIOD).count();
        long failed = management.createJobQuery().noRetriesLeft().count();
        return new Snapshot(open, overdue, incidents, failed, now);
    }
}
