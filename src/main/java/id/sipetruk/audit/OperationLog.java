package id.sipetruk.audit;

import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ACTIVATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ASSIGN;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_CLAIM;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELEGATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELETE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MIGRATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_RESOLVE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_RESTART_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_OWNER;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SUSPEND;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * The engine's user operation log of a period: one operation may span several log rows (one per changed
 * property), grouped here by operation id. The engine writes it only for an authenticated user, so its user id
 * is who really acted.
 */
final class OperationLog {

    /** The operations worth a line of their own; a completion becomes part of the task's line instead. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry(OPERATION_TYPE_CLAIM, "Tugas diklaim"),
            Map.entry(OPERATION_TYPE_ASSIGN, "Tugas ditugaskan"),
            Map.entry(OPERATION_TYPE_DELEGATE, "Tugas didelegasikan"),
            Map.entry(OPERATION_TYPE_RESOLVE, "Tugas delegasi diselesaikan"),
            Map.entry(OPERATION_TYPE_SET_OWNER, "Pemilik tugas diubah"),
            Map.entry(OPERATION_TYPE_SET_VARIABLE, "Variabel proses diubah"),
            Map.entry(OPERATION_TYPE_SET_VARIABLES, "Variabel proses diubah"),
            Map.entry(OPERATION_TYPE_MODIFY_VARIABLE, "Variabel proses diubah"),
            Map.entry(OPERATION_TYPE_REMOVE_VARIABLE, "Variabel proses dihapus"),
            Map.entry(OPERATION_TYPE_DELETE, "Proses dibatalkan"),
            Map.entry(OPERATION_TYPE_SUSPEND, "Proses ditangguhkan"),
            Map.entry(OPERATION_TYPE_ACTIVATE, "Proses dilanjutkan"),
            Map.entry(OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "Posisi proses diubah"),
            Map.entry(OPERATION_TYPE_MIGRATE, "Proses dimigrasikan"),
            Map.entry(OPERATION_TYPE_RESTART_PROCESS_INSTANCE, "Proses dimulai ulang"),
            Map.entry(OPERATION_TYPE_SET_JOB_RETRIES, "Pekerjaan sistem diulang"));
    private static final Map<String, String> PROPERTIES = Map.of(
            "assignee", "penerima tugas", "owner", "pemilik tugas", "delegation", "delegasi", "name", "variabel");

    private final Map<String, List<UserOperationLogEntry>> operations;
    private final Map<String, String> completedBy;
    private final RegencyTime time;
    private final EngineHistorySource.TaskSubjects subjects;

    OperationLog(List<UserOperationLogEntry> rows, RegencyTime time, EngineHistorySource.TaskSubjects subjects) {
        this.operations = rows.stream().collect(Collectors.groupingBy(
                row -> Objects.requireNonNullElse(row.getOperationId(), row.getId()), LinkedHashMap::new,
                Collectors.toList()));
        this.completedBy = rows.stream()
                .filter(row -> OPERATION_TYPE_COMPLETE.equals(row.getOperationType()))
                .filter(row -> row.getTaskId() != null && row.getUserId() != null)
                .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId,
                        (first, again) -> first));
        this.time = time;
        this.subjects = subjects;
    }

    /** Who completed the task, as the engine authenticated him. */
    Optional<String> completedBy(String taskId) {
        return Optional.ofNullable(completedBy.get(taskId));
    }

    List<AuditEntry> entries() {
        List<AuditEntry> entries = new ArrayList<>();
        for (List<UserOperationLogEntry> operation : operations.values()) {
            UserOperationLogEntry first = operation.get(0);
            String action = ACTIONS.get(first.getOperationType());
            if (action != null) {
                entries.add(new AuditEntry(time.ofInstant(first.getTimestamp()), first.getUserId(),
                        released(operation) ? "Klaim tugas dilepas" : action, subject(first), details(operation)));
            }
        }
        return entries;
    }

    private static boolean released(List<UserOperationLogEntry> operation) {
        UserOperationLogEntry first = operation.get(0);
        return OPERATION_TYPE_CLAIM.equals(first.getOperationType()) && first.getNewValue() == null;
    }

    private String subject(UserOperationLogEntry row) {
        return row.getTaskId() != null ? subjects.subject(row.getTaskId()) : subjects.businessKey(row.getProcessInstanceId());
    }

    private String details(List<UserOperationLogEntry> operation) {
        List<String> parts = new ArrayList<>();
        UserOperationLogEntry first = operation.get(0);
        HistoricTaskInstance task = first.getTaskId() == null ? null : subjects.task(first.getTaskId());
        if (task != null) {
            parts.add(subjects.describe(task));
        }
        for (UserOperationLogEntry row : operation) {
            if (row.getProperty() != null && (row.getOrgValue() != null || row.getNewValue() != null)) {
                parts.add(PROPERTIES.getOrDefault(row.getProperty(), row.getProperty()) + ": "
                        + (row.getOrgValue() == null ? "" : row.getOrgValue() + " → ")
                        + Objects.requireNonNullElse(row.getNewValue(), "-"));
            }
        }
        if (first.getAnnotation() != null) {
            parts.add("catatan: " + first.getAnnotation());
        }
        return String.join("; ", parts);
    }
}
