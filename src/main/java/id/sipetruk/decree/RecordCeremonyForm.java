package id.sipetruk.decree;

import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import java.util.HashMap;
import java.util.Map;
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

    @Override
    protected Map<String, Object> formFields(DelegateTask task) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("periodTitle", periods.get(longVariable(task, PERIOD_ID)).getTitle());
        fields.put("ceremonyDate", null);
        fields.put("ceremonyPlace", null);
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, FormValues form, String actor) {
        decrees.recordCeremony(longVariable(task, PERIOD_ID), form.requiredDate("ceremonyDate", "Tanggal upacara"),
                form.requiredText("ceremonyPlace", "Tempat upacara", 300));
    }
}
