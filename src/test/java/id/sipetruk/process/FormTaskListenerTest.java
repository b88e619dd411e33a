package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sipetruk.common.ValidationException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;

/** What the form listener does when the engine calls it without an event name (FormTaskListener.notify). */
class FormTaskListenerTest {

    @Test
    void calledWithoutAnEventName_itRefusesAsAConcurrentChange_andDoesNothing() {
        NothingAllowed listener = new NothingAllowed();
        TaskEntity task = new TaskEntity();

        ValidationException refused = catchThrowableOfType(() -> listener.notify(task), ValidationException.class);

        assertThat(refused.status()).isEqualTo(ValidationException.CONFLICT);
        assertThat(refused.getMessage()).contains("baru saja diubah");
    }

    /** A form whose every step fails the test if reached. */
    private static final class NothingAllowed extends FormTaskListener {
        @Override
        public String taskKey() {
            return "Task_Probe";
        }

        @Override
        protected TaskSubject subject(DelegateTask task) {
            throw new AssertionError("create must not run");
        }

        @Override
        protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
            throw new AssertionError("create must not run");
        }

        @Override
        protected void submitted(DelegateTask task, TaskSubject subject, FormValues values, String actor) {
            throw new AssertionError("complete must not run");
        }
    }
}
