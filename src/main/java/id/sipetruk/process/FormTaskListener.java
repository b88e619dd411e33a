package id.sipetruk.process;

import id.sipetruk.common.ValidationException;
import id.sipetruk.common.ValidationFailures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The server side of one Camunda Form.
 * <ul>
 *   <li>On create it fixes what the task is about ({@link #subject}) in SI PETRUK's own table, and declares every
 *       field of the form as a task-local variable (filled with what the database already holds, so a returned task
 *       opens with the earlier input); what the person submits therefore stays on the task.</li>
 *   <li>What the form only shows (names, summaries, option lists, links) is no variable: it is computed when the form
 *       opens ({@link LiveFormValues}), so the engine writes neither it nor its history with every task.</li>
 *   <li>On complete it checks that whoever completes holds the task's role at that moment, then the subclass
 *       validates the input and stores it in SI PETRUK's tables, acting on the stored subject only. A
 *       {@link ValidationException} rejects the completion and the task stays open, input intact.</li>
 * </ul>
 */
public abstract class FormTaskListener implements TaskListener, LiveFormValues {

    private static final Logger LOG = LoggerFactory.getLogger(FormTaskListener.class);

    private TaskSubjectRepository subjects;

    @Autowired
    final void setTaskSubjects(TaskSubjectRepository subjects) {
        this.subjects = subjects;
    }

    @Override
    public final void notify(DelegateTask task) {
        try {
            String event = task.getEventName();
            if (event == null) {
                // Seen when the same form of one task was sent twice at the same instant (TaskIntegrityTest, on
                // PostgreSQL, in a CI run): the engine called the listener of the second with no event name. It is
                // refused as the concurrent change it is (409, rolled back), never completed without the listener.
                LOG.warn("Task {} ({}): listener called without an event name; refused as a concurrent change",
                        task.getId(), task.getTaskDefinitionKey());
                throw ValidationException.conflict("engine.concurrentChange");
            }
            switch (event) {
                case EVENTNAME_CREATE -> task.setVariablesLocal(formFields(task, subjects.save(subject(task))));
                case EVENTNAME_COMPLETE -> complete(task);
                default -> { }
            }
        } catch (ValidationException rejected) {
            throw ValidationFailures.record(rejected);
        }
    }

    private void complete(DelegateTask task) {
        TaskSubject subject = subjects.findById(task.getId())
                .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has no recorded subject"));
        String actor = actor(task);
        if (!holdsRole(task, subject, actor)) {
            throw ValidationException.forbidden("task.notYourRole", actor);
        }
        submitted(task, subject, new FormValues(task::getVariableLocal), actor);
    }

    /**
     * What the task is about, from data no task holder can write: the business key of its process instance (the
     * period's or the nomination's code) and SI PETRUK's tables.
     */
    protected abstract TaskSubject subject(DelegateTask task);

    /**
     * Every field of the form with its initial value (null for empty), and the few values Tasklist's list shows
     * (TasklistFilterSetup): these are stored on the task.
     */
    protected abstract Map<String, Object> formFields(DelegateTask task, TaskSubject subject);

    /** What the form only shows: none, unless the form overrides {@link #names} and {@link #values}. */
    @Override
    public Set<String> names() {
        return Set.of();
    }

    @Override
    public Map<String, Object> values(TaskSubject subject) {
        return Map.of();
    }

    /** Validates and stores the submitted input about the subject, and sets the routing flags the process needs. */
    protected abstract void submitted(DelegateTask task, TaskSubject subject, FormValues values, String actor);

    /**
     * The element a multi-instance activity hands to this task (e.g. the OPD of one OPD's nomination sub-process),
     * read while the engine creates the task: in the same transaction in which the engine took it from the
     * collection the server computed, before any person can write to it. Only {@link #subject} may call this;
     * afterwards the task's subject is read from {@link TaskSubject}.
     */
    protected static Object multiInstanceElement(DelegateTask task, String name) {
        return task.getVariable(name);
    }

    /** Members of the task's role group, and for a task of one panel member that member only. */
    private static boolean holdsRole(DelegateTask task, TaskSubject subject, String actor) {
        if (subject.getPanelMember() != null && !subject.getPanelMember().equals(actor)) {
            return false;
        }
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && actor.equals(authentication.getUserId())) {
            List<String> groups = authentication.getGroupIds();
            return groups != null && groups.contains(subject.getRoleGroup());
        }
        return identity.createUserQuery().userId(actor).memberOfGroup(subject.getRoleGroup()).count() > 0;
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
