package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * History retention (docs/operations.md#history-retention): both processes keep their history ten years
 * after the period ends, and Camunda's history cleanup runs in the night window 01:00-04:00 to enforce it.
 */
@SpringBootTest
class HistoryRetentionTest {

    /** Ten years of 365 days: the retention decided in docs/operations.md. */
    static final int RETENTION_DAYS = 3650;

    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired ProcessEngine engine;

    @Test
    void bothProcesses_keepTheirHistoryTenYears_inTheFilesAndAsDeployed() throws Exception {
        for (String key : List.of(ProcessKeys.AWARD_PERIOD, ProcessKeys.NOMINATION)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/" + key + ".bpmn")) {
                assertThat(in).as("bpmn/%s.bpmn on the classpath", key).isNotNull();
                Process process = Bpmn.readModelFromStream(in).getModelElementById(key);
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(key).isEqualTo("P" + RETENTION_DAYS + "D");
            }
            ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            assertThat(deployed.getHistoryTimeToLive()).as(key).isEqualTo(RETENTION_DAYS);
        }
        assertThat(Duration.ofDays(RETENTION_DAYS)).isGreaterThanOrEqualTo(Duration.ofDays(10 * 365));
    }

    @Test
    void historyCleanup_isEnabled_inTheNightWindow_andScheduled() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:00");
        // every day of the week: no weekday window overrides the daily one
        assertThat(configuration.getMondayHistoryCleanupBatchWindowStartTime()).isNull();
        assertThat(configuration.getSundayHistoryCleanupBatchWindowStartTime()).isNull();
        // removal times come from the root process's end: a nomination's history goes with its period's
        assertThat(configuration.getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);

        // with a window configured the engine schedules its cleanup job at start-up
        List<Job> cleanup = history.findHistoryCleanupJobs();
        assertThat(cleanup).isNotEmpty();
    }
}
