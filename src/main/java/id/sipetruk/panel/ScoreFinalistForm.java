package id.sipetruk.panel;

import static id.sipetruk.process.ProcessVariables.FINALIST_ID;

import id.sipetruk.nomination.NominationContext;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ScoreFinalist (forms/score-finalist.form): one panel member scores one finalist's presentation and
 * interview (0–100 each), or abstains for a conflict of interest with a reason.
 */
@Component("scoreFinalistForm")
public class ScoreFinalistForm extends FormTaskListener {

    private final PanelService panel;
    private final NominationContext context;

    public ScoreFinalistForm(PanelService panel, NominationContext context) {
        this.panel = panel;
        this.context = context;
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task) {
        Map<String, Object> fields = context.of(longVariable(task, FINALIST_ID));
        fields.put("abstain", false);
        fields.put("abstentionReason", null);
        fields.put("presentationScore", null);
        fields.put("interviewScore", null);
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, FormValues form, String actor) {
        String member = task.getAssignee() != null ? task.getAssignee() : actor;
        if (form.flag("abstain")) {
            panel.recordScore(longVariable(task, FINALIST_ID), member, true,
                    form.optionalText("abstentionReason", "Alasan konflik kepentingan", 2000), null, null);
        } else {
            panel.recordScore(longVariable(task, FINALIST_ID), member, false, null,
                    form.requiredInt("presentationScore", "Nilai presentasi", 0, 100),
                    form.requiredInt("interviewScore", "Nilai wawancara", 0, 100));
        }
    }
}
