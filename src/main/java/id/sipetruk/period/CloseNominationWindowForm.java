package id.sipetruk.period;

import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import id.sipetruk.common.ValidationException;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_CloseNominationWindowEarly (forms/close-nomination-window.form): BKPSDM may close the window before
 * its closing time; OPDs that have not nominated are then recorded as "no nomination".
 */
@Component("closeNominationWindowForm")
public class CloseNominationWindowForm extends FormTaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(CloseNominationWindowForm.class);

    private final AwardPeriodService periods;

    public CloseNominationWindowForm(AwardPeriodService periods) {
        this.periods = periods;
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task) {
        AwardPeriod period = periods.get(longVariable(task, PERIOD_ID));
        Map<String, Object> fields = new HashMap<>();
        fields.put("periodTitle", period.getTitle());
        fields.put("nominationClosesAtText", id.sipetruk.common.IndonesianDates.dateTime(period.getNominationClosesAt()));
        fields.put("confirmEarlyClose", false);
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, FormValues form, String actor) {
        if (!form.flag("confirmEarlyClose")) {
            throw new ValidationException("period.confirmEarlyClose");
        }
        periods.moveTo(longVariable(task, PERIOD_ID), AwardPeriodStatus.NOMINATION_CLOSED);
        LOG.info("Nomination window of period {} closed early by {}", task.getVariable("periodCode"), actor);
    }
}
