package id.sipetruk.audit;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.period.AwardPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * What the engine recorded: the period's start, every ended user task with the user who completed it (from the
 * user operation log, which holds the authenticated user, else the assignee), other user operations
 * (claims, assignments, admin interventions) and the period's milestones.
 */
@Component
class EngineHistorySource implements AuditSource {

    private static final String COMPLETED = "completed";
    private static final String DELETED = "deleted";
    private static final Map<String, String> MILESTONES = Map.of(
            "Task_OpenNominationWindow", "Nominasi dibuka",
            "SignalThrow_WindowClosedEarly", "Nominasi ditutup lebih awal",
            "Timer_NominationWindowCloses", "Nominasi ditutup sesuai jadwal",
            "Task_ShortlistFinalists", "Finalis ditetapkan",
            "Task_AggregatePanelScores", "Nilai panel dan peringkat akhir dihitung",
            "Task_CloseWithoutAward", "Periode ditutup tanpa penerima",
            "EndEvent_AwardPeriodCompleted", "Periode selesai");

    private final EngineHistory engine;
    private final RegencyTime time;

    EngineHistorySource(EngineHistory engine, RegencyTime time) {
        this.engine = engine;
        this.time = time;
    }

    @Override
    public List<AuditEntry> entries(AwardPeriod period, List<Nomination> nominations) {
        List<AuditEntry> entries = new ArrayList<>();
        for (HistoricProcessInstance root : engine.periodInstances(period.getCode())) {
            String startedBy = Objects.requireNonNullElse(root.getStartUserId(), AuditEntry.UNRECORDED);
            entries.add(new AuditEntry(time.ofInstant(root.getStartTime()), startedBy, "Periode dimulai",
                    period.getCode(), period.getTitle()));
            List<HistoricProcessInstance> instances = engine.instanceTree(root);
            List<HistoricTaskInstance> tasks = engine.tasks(root);
            TaskSubjects subjects = new TaskSubjects(instances, tasks, engine.taskContext(tasks));
            OperationLog log = new OperationLog(engine.operationLog(instances), time, subjects);
            tasks.stream().filter(task -> task.getEndTime() != null)
                    .forEach(task -> entries.add(ended(task, log, subjects, period)));
            entries.addAll(log.entries());
            entries.addAll(milestones(root, period));
        }
        return entries;
    }

    private AuditEntry ended(HistoricTaskInstance task, OperationLog log, TaskSubjects subjects, AwardPeriod period) {
        if (!COMPLETED.equals(task.getDeleteReason())) {
            return new AuditEntry(time.ofInstant(task.getEndTime()), AuditEntry.SYSTEM, "Tugas dibatalkan",
                    subjects.subject(task.getId()), subjects.describe(task) + " — " + cancellation(task));
        }
        String completedBy = log.completedBy(task.getId())
                .orElse(Objects.requireNonNullElse(task.getAssignee(), AuditEntry.UNRECORDED));
        StringBuilder details = new StringBuilder(subjects.describe(task));
        if (task.getAssignee() != null && !task.getAssignee().equals(completedBy)) {
            details.append(" (penerima tugas: ").append(task.getAssignee()).append(")");
        }
        if ("Task_RecordCeremony".equals(task.getTaskDefinitionKey()) && period.getCeremonyDate() != null) {
            details.append("; upacara ").append(IndonesianDates.date(period.getCeremonyDate()))
                    .append(" di ").append(period.getCeremonyPlace());
        }
        return new AuditEntry(time.ofInstant(task.getEndTime()), completedBy, "Tugas diselesaikan",
                subjects.subject(task.getId()), details.toString());
    }

    /** "deleted" is the engine's reason when a timer or signal (the window closed) ended the task. */
    private static String cancellation(HistoricTaskInstance task) {
        return DELETED.equals(task.getDeleteReason()) ? "dihentikan oleh proses"
                : "dihentikan: " + Objects.requireNonNullElse(task.getDeleteReason(), "-");
    }

    private List<AuditEntry> milestones(HistoricProcessInstance root, AwardPeriod period) {
        List<AuditEntry> entries = new ArrayList<>();
        MILESTONES.forEach((activityId, action) -> engine.endedActivities(root, activityId).forEach(activity ->
                entries.add(new AuditEntry(time.ofInstant(activity.getEndTime()), AuditEntry.SYSTEM, action,
                        period.getCode(), "Task_CloseWithoutAward".equals(activityId) ? period.getClosingNote() : ""))));
        return entries;
    }

    /** What each task is about: its nomination (code) if it has one, else its process instance's business key. */
    static final class TaskSubjects {

        private final Map<String, String> businessKeys;
        private final Map<String, HistoricTaskInstance> tasks;
        private final Map<String, Map<String, String>> context;

        TaskSubjects(List<HistoricProcessInstance> instances, List<HistoricTaskInstance> tasks,
                     Map<String, Map<String, String>> context) {
            this.businessKeys = instances.stream().filter(i -> i.getBusinessKey() != null)
                    .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
            this.tasks = tasks.stream().collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
            this.context = context;
        }

        String subject(String taskId) {
            String code = context.getOrDefault(taskId, Map.of()).get(EngineHistory.NOMINATION_CODE);
            HistoricTaskInstance task = tasks.get(taskId);
            return Objects.requireNonNullElse(code, task == null ? "" : businessKey(task.getProcessInstanceId()));
        }

        String businessKey(String processInstanceId) {
            return businessKeys.getOrDefault(processInstanceId, "");
        }

        /** The task's name, and the OPD for a task that is about an OPD rather than one nomination. */
        String describe(HistoricTaskInstance task) {
            Map<String, String> fields = context.getOrDefault(task.getId(), Map.of());
            String opd = fields.containsKey(EngineHistory.NOMINATION_CODE) ? null : fields.get(EngineHistory.OPD_NAME);
            return opd == null ? task.getName() : task.getName() + " — " + opd;
        }

        HistoricTaskInstance task(String taskId) {
            return tasks.get(taskId);
        }
    }
}
