package id.sipetruk.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskSubjectRepository extends JpaRepository<TaskSubject, String> {

    Optional<TaskSubject> findFirstByScopeInstanceIdAndTaskKey(String scopeInstanceId, String taskKey);

    List<TaskSubject> findByTaskIdIn(Collection<String> taskIds);

    /** Every task ever created about the period, open or done. */
    List<TaskSubject> findByPeriodId(Long periodId);

    /** Every task of these kinds (task definition keys) ever created about the period, open or done. */
    List<TaskSubject> findByPeriodIdAndTaskKeyIn(Long periodId, Collection<String> taskKeys);

    /**
     * The subject of the OPD head's nomination task in the sub-process instance the execution runs in (one OPD's
     * "Nominasi per OPD"): the OPD and period the service tasks after it act on.
     */
    default TaskSubject nominationTaskOf(DelegateExecution execution) {
        return findFirstByScopeInstanceIdAndTaskKey(execution.getParentActivityInstanceId(),
                ProcessKeys.TASK_NOMINATE_CANDIDATES)
                .orElseThrow(() -> new IllegalStateException("No nomination task in activity instance "
                        + execution.getParentActivityInstanceId()));
    }
}
