package id.sipetruk.nomination;

import static id.sipetruk.process.ProcessVariables.NOMINATION_IDS;
import static id.sipetruk.process.ProcessVariables.OPD_CODE;
import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CollectNominations: the OPD's nominations become the collection of its NominationProcess calls. */
@Component("collectNominations")
public class CollectNominationsDelegate implements JavaDelegate {

    private final NominationService nominations;

    public CollectNominationsDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long periodId = (Long) execution.getVariable(PERIOD_ID);
        String opdCode = (String) execution.getVariable(OPD_CODE);
        execution.setVariableLocal(NOMINATION_IDS, new ArrayList<>(nominations.nominationIds(periodId, opdCode)));
    }
}
