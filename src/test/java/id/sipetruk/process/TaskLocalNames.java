package id.sipetruk.process;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;

/**
 * Test hook for AwardLifecycleProcessTest (imported there only): the names of each task's local variables as the task
 * ended, completed or cancelled. The history does not keep task-local variables ({@link AuditHistoryLevel}), so the
 * test reads them here, from the engine's own task events.
 */
class TaskLocalNames {

    private final Map<String, Set<String>> byTask = new ConcurrentHashMap<>();

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_DELETE + "'")
    public void taskEnded(DelegateTask task) {
        byTask.put(task.getId(), new TreeSet<>(task.getVariableNamesLocal()));
    }

    /** The names a task held when it ended; null for a task that has not ended. */
    Set<String> of(String taskId) {
        return byTask.get(taskId);
    }
}
