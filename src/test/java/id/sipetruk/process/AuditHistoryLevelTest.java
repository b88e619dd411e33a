package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the history keeps (AuditHistoryLevel), through the real engine and database: everything of full history but
 * the task-local variables. A one-task process of its own, so that each count below is exact.
 */
@SpringBootTest
class AuditHistoryLevelTest {

    private static final String KEY = "AuditHistoryLevelProbe";

    @Autowired ProcessEngineConfigurationImpl configuration;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired HistoryService history;

    private Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void theEngineRuns_theAuditLevel_underFullHistorysId_soADatabaseMadeWithFullHistoryStillStarts() {
        assertThat(configuration.getHistoryLevel().getName()).isEqualTo(AuditHistoryLevel.NAME);
        assertThat(configuration.getHistoryLevel().getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        assertThat(management.getProperties()).as("what the engine compares at every start")
                .containsEntry("historyLevel", Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
    }

    @Test
    void aTasksLocalVariables_leaveNoHistory_whileTheProcessVariables_theSubmittedFields_andTheTaskDo() {
        deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Probe").endEvent().done()).deploy();
        ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, Map.of("nominationCode", "PRD-X-1"));
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        tasks.setVariablesLocal(task.getId(), Map.of("score", 0L, "reason", "", "nomineeName", "Siti"));
        runtime.setVariable(instance.getId(), "nominationCode", "PRD-X-2");

        forms.submitTaskForm(task.getId(), Variables.createVariables().putValue("score", 87L)
                .putValue("reason", "Berkas lengkap"));

        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count())
                .as("the task, completed").isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
                .as("the process variable with its last value; no task-local one")
                .containsExactly(tuple("nominationCode", "PRD-X-2"));
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
                .extracting(detail -> ((HistoricVariableUpdate) detail).getValue())
                .as("every value the process variable had").containsExactlyInAnyOrder("PRD-X-1", "PRD-X-2");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).formFields().list())
                .as("the text the person submitted, on the task (the engine records text fields only)")
                .singleElement().satisfies(field -> {
                    assertThat(((HistoricFormField) field).getFieldId()).isEqualTo("reason");
                    assertThat(((HistoricFormField) field).getFieldValue()).isEqualTo("Berkas lengkap");
                    assertThat(((HistoricDetail) field).getTaskId()).isEqualTo(task.getId());
                });
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
