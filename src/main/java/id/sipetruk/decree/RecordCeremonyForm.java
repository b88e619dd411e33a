package id.sipetruk.decree;

import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormText;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_RecordCeremony (forms/record-ceremony.form): date and place of the award ceremony. */
@Component("recordCeremonyForm")
public class RecordCeremonyForm extends FormTaskListener {

    private final DecreeService decrees;
    private final AwardPeriodService periods;

    public RecordCeremonyForm(DecreeService decrees, AwardPeriodService periods) {
        this.decrees = decrees;
        this.periods = periods;
    }

    /** The period and its one approved decree. */
    @Override
    protected TaskSubject subject(DelegateTask task) {
        AwardPeriod period = periods.byCode(task.getExecution().getProcessBusinessKey());
        return TaskSubject.of(task, period.getId(), RoleGroups.BKPSDM_ADMIN)
                .withDecree(decrees.approvedDecree(period.getId()).getId());
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("ceremonyDate", null);
        fields.put("ceremonyPlace", null);
        return fields;
    }

    @Override
    public String taskKey() {
        return "Task_RecordCeremony";
    }

    @Override
    public Set<String> names() {
        return Set.of("periodTitle");
    }

    @Override
    public Map<String, Object> values(TaskSubject subject) {
        return Map.of("periodTitle", FormText.plain(periods.get(subject.getPeriodId()).getTitle()));
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        decrees.recordCeremony(subject.getPeriodId(), form.requiredDate("ceremonyDate", "Tanggal upacara"),
                form.requiredText("ceremonyPlace", "Tempat upacara", 300));
    }
}
