package id.sipetruk.period;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormText;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    protected TaskSubject subject(DelegateTask task) {
        AwardPeriod period = periods.byCode(task.getExecution().getProcessBusinessKey());
        return TaskSubject.of(task, period.getId(), RoleGroups.BKPSDM_ADMIN);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("confirmEarlyClose", false);
        return fields;
    }

    @Override
    public String taskKey() {
        return "Task_CloseNominationWindowEarly";
    }

    @Override
    public Set<String> names() {
        return Set.of("periodTitle", "nominationClosesAtText");
    }

    /** The period and when its window closes as the record holds it now (a moved deadline included). */
    @Override
    public Map<String, Object> values(TaskSubject subject) {
        AwardPeriod period = periods.get(subject.getPeriodId());
        return Map.of("periodTitle", FormText.plain(period.getTitle()),
                "nominationClosesAtText", IndonesianDates.dateTime(period.getNominationClosesAt()));
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        if (!form.flag("confirmEarlyClose")) {
            throw new ValidationException("period.confirmEarlyClose");
        }
        periods.closeNominationEarly(subject.getPeriodId());
        LOG.info("Nomination window of period {} closed early by {}", subject.getPeriodId(), actor);
    }
}
