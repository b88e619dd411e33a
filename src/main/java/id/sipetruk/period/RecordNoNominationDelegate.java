package id.sipetruk.period;

import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNoNomination: the window closed (on schedule or early) before the OPD head nominated. The OPD is the
 * subject of the head's task that the closing ended, in this sub-process instance.
 */
@Component("recordNoNomination")
public class RecordNoNominationDelegate implements JavaDelegate {

    private final AwardPeriodService periods;
    private final TaskSubjectRepository subjects;

    public RecordNoNominationDelegate(AwardPeriodService periods, TaskSubjectRepository subjects) {
        this.periods = periods;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskSubject nominate = subjects.nominationTaskOf(execution);
        periods.recordNoNomination(nominate.getPeriodId(), nominate.getOpdCode());
    }
}
