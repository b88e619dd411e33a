package id.sipetruk.operations;

import id.sipetruk.process.ProcessKeys;
import id.sipetruk.setup.StartupSetupCompletedEvent;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health indicator {@code startupSetup}, part of the readiness group: DOWN until the start-up setup has finished
 * (groups, administrator, Tasklist filters, authorizations: {@code setup.StartupSetup}) and both processes are
 * deployed. Tomcat's port opens before the setup runs; a load balancer or systemd that waits for
 * {@code /actuator/health/readiness} sends no one to a node that would answer "no matching process definition" or
 * refuse a login whose groups do not exist yet.
 */
@Component("startupSetupHealthIndicator")
public class StartupReadiness implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReadiness.class);

    private final RepositoryService repository;
    private volatile boolean setupDone;
    private volatile boolean deployed;

    public StartupReadiness(RepositoryService repository) {
        this.repository = repository;
    }

    @EventListener(StartupSetupCompletedEvent.class)
    public void setupCompleted() {
        setupDone = true;
        LOG.info("Start-up setup finished: the node reports ready once its processes are deployed");
    }

    @Override
    public Health health() {
        if (!setupDone) {
            return Health.down().withDetail("waitingFor", "start-up setup").build();
        }
        if (!deployed) {
            deployed = repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.AWARD_PERIOD)
                    .count() > 0 && repository.createProcessDefinitionQuery()
                    .processDefinitionKey(ProcessKeys.NOMINATION).count() > 0;
        }
        return deployed ? Health.up().build()
                : Health.down().withDetail("waitingFor", "process deployment").build();
    }
}
