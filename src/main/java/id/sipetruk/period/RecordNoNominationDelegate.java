package id.sipetruk.period;

import static id.sipetruk.process.ProcessVariables.OPD_CODE;
import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordNoNomination: the window closed (on schedule or early) before the OPD head nominated. */
@Component("recordNoNomination")
public class RecordNoNominationDelegate implements JavaDelegate {

    private final AwardPeriodService periods;

    public RecordNoNominationDelegate(AwardPeriodService periods) {
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        periods.recordNoNomination((Long) execution.getVariable(PERIOD_ID), (String) execution.getVariable(OPD_CODE));
    }
}
