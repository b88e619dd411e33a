package id.sipetruk.panel;

import static id.sipetruk.process.ProcessVariables.FINALIST_ID;

import id.sipetruk.nomination.NominationContext;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.Map;
import java.util.Set;
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
    private final AwardPeriodService periods;

    public ScoreFinalistForm(PanelService panel, NominationContext context, AwardPeriodService periods) {
        this.panel = panel;
        this.context = context;
        this.periods = periods;
    }

    /**
     * The period of the instance; the finalist of this sub-process instance and the member the engine assigned the
     * task to (both from the collections Task_ShortlistFinalists computed), checked against the period's finalists
     * and the panel group.
     */
    @Override
    protected TaskSubject subject(DelegateTask task) {
        AwardPeriod period = periods.byCode(task.getExecution().getProcessBusinessKey());
        Long finalistId = ((Number) multiInstanceElement(task, FINALIST_ID)).longValue();
        panel.requireFinalist(period.getId(), finalistId);
        String member = task.getAssignee();
        panel.requireMember(member);
        return TaskSubject.of(task, period.getId(), RoleGroups.PANEL).withNomination(finalistId).withPanelMember(member);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Map<String, Object> fields = context.listed(subject.getNominationId());
        fields.put("abstain", false);
        fields.put("abstentionReason", null);
        fields.put("presentationScore", null);
        fields.put("interviewScore", null);
        return fields;
    }

    @Override
    public String taskKey() {
        return "Task_ScoreFinalist";
    }

    @Override
    public Set<String> names() {
        return NominationContext.SHOWN;
    }

    @Override
    public Map<String, Object> values(TaskSubject subject) {
        return context.shown(subject.getNominationId());
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        String member = subject.getPanelMember();
        if (form.flag("abstain")) {
            panel.recordScore(subject.getNominationId(), member, true,
                    form.optionalText("abstentionReason", "Alasan konflik kepentingan", 2000), null, null);
        } else {
            panel.recordScore(subject.getNominationId(), member, false, null,
                    form.requiredInt("presentationScore", "Nilai presentasi", PanelScore.LOWEST, PanelScore.HIGHEST),
                    form.requiredInt("interviewScore", "Nilai wawancara", PanelScore.LOWEST, PanelScore.HIGHEST));
        }
    }
}
