package id.sipetruk.audit;

import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.process.ProcessKeys;
import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/** The engine's history of one period, read through the public HistoryService, every query paged. */
@Component
class EngineHistory {

    /** What a task of the period is about: keys of {@link #taskContext}. */
    static final String NOMINATION_CODE = "nominationCode";
    static final String OPD_NAME = "opdName";

    private final HistoryService history;
    private final TaskSubjectRepository subjects;
    private final NominationRepository nominations;
    private final OpdRepository opds;

    EngineHistory(HistoryService history, TaskSubjectRepository subjects, NominationRepository nominations,
                  OpdRepository opds) {
        this.history = history;
        this.subjects = subjects;
        this.nominations = nominations;
        this.opds = opds;
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

    /**
     * Per task id, what the task was about as the server recorded it when the task was created ({@link TaskSubject}):
     * the nomination's code ({@link #NOMINATION_CODE}) and the OPD's name ({@link #OPD_NAME}). Never from a variable.
     */
    Map<String, Map<String, String>> taskContext(List<HistoricTaskInstance> tasks) {
        Map<String, Map<String, String>> context = new HashMap<>();
        List<String> ids = tasks.stream().map(HistoricTaskInstance::getId).toList();
        for (int from = 0; from < ids.size(); from += Pages.SIZE) {
            for (TaskSubject subject : subjects.findByTaskIdIn(ids.subList(from, Math.min(ids.size(), from + Pages.SIZE)))) {
                Map<String, String> fields = context.computeIfAbsent(subject.getTaskId(), id -> new HashMap<>());
                if (subject.getNominationId() != null) {
                    nominations.findById(subject.getNominationId())
                            .ifPresent(n -> fields.put(NOMINATION_CODE, n.getCode()));
                }
                if (subject.getOpdCode() != null) {
                    opds.findByCode(subject.getOpdCode()).ifPresent(o -> fields.put(OPD_NAME, o.getName()));
                }
            }
        }
        return context;
    }
}
