package id.sipetruk.process;

import id.sipetruk.common.ValidationException;
import id.sipetruk.common.ValidationFailures;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The server side of one Camunda Form. On create it declares every field of the form as a task-local
 * variable (filled with what the database already holds, so a returned task opens with the earlier
 * input); what the person submits therefore stays on the task and never becomes a process variable.
 * On complete the subclass validates that input and stores it in SI PETRUK's tables; a
 * {@link id.sipetruk.common.ValidationException} rejects the completion and the task stays open, input intact.
 */
public abstract class FormTaskListener implements TaskListener {

    @Override
    public final void notify(DelegateTask task) {
        try {
            switch (task.getEventName()) {
                case EVENTNAME_CREATE -> task.setVariablesLocal(formFields(task));
                case EVENTNAME_COMPLETE -> submitted(task, new FormValues(task::getVariableLocal), actor(task));
                default -> { }
            }
        } catch (ValidationException rejected) {
            throw ValidationFailures.record(rejected);
        }
    }

    /** Every field of the form with its initial value (null for empty), plus read-only context for display. */
    protected abstract Map<String, Object> formFields(DelegateTask task);

    /** Validates and stores the submitted input, and sets the routing flags the process needs. */
    protected abstract void submitted(DelegateTask task, FormValues values, String actor);

    protected static Long longVariable(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : ((Number) value).longValue();
    }

    /**
     * Who completes the task: the logged-in user (Tasklist or REST), else, for code running without a login, the
     * task's assignee.
     */
    static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
