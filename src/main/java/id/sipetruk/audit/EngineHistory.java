package id.sipetruk.audit;

import id.sipetruk.process.ProcessKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/** The engine's history of one period, read through the public HistoryService, every query paged. */
@Component
class EngineHistory {

    /** Task-local form fields that name what a task of the period instance is about. */
    static final String NOMINATION_CODE = "nominationCode";
    static final String OPD_NAME = "opdName";

    private final HistoryService history;

    EngineHistory(HistoryService history) {
        this.history = history;
    }

    /** The period's AwardPeriodProcess instance (business key = period code). */
    List<HistoricProcessInstance> periodInstances(String periodCode) {
        return Pages.all(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.AWARD_PERIOD).processInstanceBusinessKey(periodCode));
    }

    /** The period instance and every NominationProcess it called. */
    List<HistoricProcessInstance> instanceTree(HistoricProcessInstance root) {
        return Pages.all(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()));
    }

    /** Every user task of the tree, open or ended. */
    List<HistoricTaskInstance> tasks(HistoricProcessInstance root) {
        return Pages.all(history.createHistoricTaskInstanceQuery().rootProcessInstanceId(root.getId()));
    }

    List<UserOperationLogEntry> operationLog(List<HistoricProcessInstance> instances) {
        List<UserOperationLogEntry> log = new ArrayList<>();
        instances.forEach(instance ->
                log.addAll(Pages.all(history.createUserOperationLogQuery().processInstanceId(instance.getId()))));
        return log;
    }

    List<HistoricActivityInstance> endedActivities(HistoricProcessInstance instance, String activityId) {
        return Pages.all(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished());
    }

    /** Per task id, the task-local fields {@link #NOMINATION_CODE} and {@link #OPD_NAME} the form showed. */
    Map<String, Map<String, String>> taskContext(List<HistoricTaskInstance> tasks) {
        Map<String, Map<String, String>> context = new HashMap<>();
        List<String> ids = tasks.stream().map(HistoricTaskInstance::getId).toList();
        for (int from = 0; from < ids.size(); from += Pages.SIZE) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + Pages.SIZE)).toArray(String[]::new);
            for (HistoricVariableInstance variable : Pages.all(history.createHistoricVariableInstanceQuery()
                    .taskIdIn(chunk).variableNameIn(NOMINATION_CODE, OPD_NAME).disableCustomObjectDeserialization())) {
                if (variable.getValue() instanceof String text) {
                    context.computeIfAbsent(variable.getTaskId(), id -> new HashMap<>()).put(variable.getName(), text);
                }
            }
        }
        return context;
    }
}
