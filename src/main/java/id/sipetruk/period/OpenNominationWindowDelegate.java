package id.sipetruk.period;

import static id.sipetruk.process.ProcessVariables.OPD_CODES;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenNominationWindow: every active OPD gets a nomination task for its head. */
@Component("openNominationWindow")
public class OpenNominationWindowDelegate implements JavaDelegate {

    private final AwardPeriodService periods;

    public OpenNominationWindowDelegate(AwardPeriodService periods) {
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AwardPeriod period = periods.byCode(execution.getProcessBusinessKey());
        execution.setVariable(OPD_CODES, new ArrayList<>(periods.openNominationWindow(period.getId())));
    }
}
