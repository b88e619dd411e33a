package id.sipetruk.process;

import java.util.Map;
import java.util.Set;

/**
 * Values a form shows that are computed each time it opens and never stored as variables: the options of the
 * nominate form are an OPD's whole staff, thousands of names that would otherwise be copied into the task's
 * variables and the history on every task. {@link LiveFormValuesFilter} adds them to the engine API's
 * {@code form-variables} answer, which is what Tasklist's Camunda Forms read.
 */
public interface LiveFormValues {

    /** The user task whose form shows them. */
    String taskKey();

    /** The names of the values, which no task variable has. */
    Set<String> names();

    /**
     * The values for the task about this subject, by variable name; each is sent as a JSON variable.
     */
    Map<String, Object> values(TaskSubject subject);
}
