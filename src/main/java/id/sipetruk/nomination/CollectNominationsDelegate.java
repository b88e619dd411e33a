package id.sipetruk.nomination;

import static id.sipetruk.process.ProcessVariables.NOMINATION_IDS;

import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CollectNominations: the nominations the OPD head just made become the collection of the OPD's
 * NominationProcess calls. The OPD is the subject of the head's task in this sub-process instance.
 */
@Component("collectNominations")
public class CollectNominationsDelegate implements JavaDelegate {

    private final NominationService nominations;
    private final TaskSubjectRepository subjects;

    public CollectNominationsDelegate(NominationService nominations, TaskSubjectRepository subjects) {
        this.nominations = nominations;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskSubject nominate = subjects.nominationTaskOf(execution);
        execution.setVariableLocal(NOMINATION_IDS,
                new ArrayList<>(nominations.nominationIds(nominate.getPeriodId(), nominate.getOpdCode())));
    }
}
