package id.sipetruk.assessment;

import static id.sipetruk.process.ProcessVariables.HEAD_APPROVED;
import static java.util.stream.Collectors.toSet;

import id.sipetruk.nomination.NominationContext;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewAssessment (forms/review-assessment.form): the OPD head rates Team Work and signs off,
 * or sends the assessment back to the OPD admin with a reason.
 */
@Component("reviewAssessmentForm")
public class ReviewAssessmentForm extends FormTaskListener {

    static final String APPROVE = "APPROVE";
    static final String SEND_BACK = "SEND_BACK";
    private static final Set<String> SHOWN = Stream.concat(NominationContext.SHOWN.stream(),
            ScoreSummary.NAMES.stream()).collect(toSet());

    private final AssessmentService assessments;
    private final NominationContext context;
    private final ScoreSummary scores;

    public ReviewAssessmentForm(AssessmentService assessments, NominationContext context, ScoreSummary scores) {
        this.assessments = assessments;
        this.context = context;
        this.scores = scores;
    }

    @Override
    protected TaskSubject subject(DelegateTask task) {
        return context.subject(task, OpdGroups::headGroup);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Map<String, Object> fields = context.listed(subject.getNominationId());
        fields.put("teamWorkScore", null);
        fields.put("headDecision", null);
        fields.put("sendBackReason", null);
        return fields;
    }

    @Override
    public String taskKey() {
        return "Task_ReviewAssessment";
    }

    @Override
    public Set<String> names() {
        return SHOWN;
    }

    /** Who, and the filled instrument's scores. */
    @Override
    public Map<String, Object> values(TaskSubject subject) {
        Map<String, Object> shown = context.shown(subject.getNominationId());
        shown.putAll(scores.of(subject.getNominationId()));
        return shown;
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        Long nominationId = subject.getNominationId();
        String decision = form.requiredText("headDecision", "Keputusan", 20);
        switch (decision) {
            case APPROVE -> assessments.signOff(nominationId, form.requiredInt("teamWorkScore", "Nilai Team Work", 0, 100), actor);
            case SEND_BACK -> assessments.sendBack(nominationId, form.optionalText("sendBackReason", "Alasan", 2000), actor);
            default -> throw new id.sipetruk.common.ValidationException("decision.unknown", decision);
        }
        task.getExecution().setVariable(HEAD_APPROVED, APPROVE.equals(decision));
    }
}
