package id.sipetruk.assessment;


import id.sipetruk.nomination.NominationContext;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_FillAssessment (forms/fill-assessment.form): the OPD admin enters the instrument's raw values. */
@Component("fillAssessmentForm")
public class FillAssessmentForm extends FormTaskListener {

    /** Both values are stored as numeric(5,2): more decimals are refused, so what is scored is what is printed. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AssessmentService assessments;
    private final NominationContext context;

    public FillAssessmentForm(AssessmentService assessments, NominationContext context) {
        this.assessments = assessments;
        this.context = context;
    }

    @Override
    protected TaskSubject subject(DelegateTask task) {
        return context.subject(task, OpdGroups::adminGroup);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Long nominationId = subject.getNominationId();
        Map<String, Object> fields = context.of(nominationId);
        fields.put("lastReturnReason", context.lastReturnReason(nominationId));
        Optional<Assessment> earlier = assessments.find(nominationId);
        fields.put("eKinerjaValue", earlier.map(Assessment::getEKinerjaValue).map(BigDecimal::doubleValue).orElse(null));
        fields.put("attendancePercent", earlier.map(Assessment::getAttendancePercent).map(BigDecimal::doubleValue).orElse(null));
        fields.put("innovationName", earlier.map(Assessment::getInnovationName).orElse(null));
        fields.put("innovationDescription", earlier.map(Assessment::getInnovationDescription).orElse(null));
        fields.put("innovationScore", earlier.map(Assessment::getInnovationScore).map(String::valueOf).orElse(null));
        fields.put("behaviourResult", earlier.map(Assessment::getBehaviourResult).map(Enum::name).orElse(null));
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        AssessmentInput input = new AssessmentInput(
                form.requiredDecimal("eKinerjaValue", "Nilai e-Kinerja", BigDecimal.ZERO, HUNDRED, 2),
                form.requiredDecimal("attendancePercent", "Persentase kehadiran", BigDecimal.ZERO, HUNDRED, 2),
                form.requiredText("innovationName", "Nama inovasi", 300),
                form.requiredText("innovationDescription", "Uraian inovasi", 4000),
                form.requiredInt("innovationScore", "Skor inovasi", 0, 100),
                form.requiredEnum("behaviourResult", "Hasil e-Perilaku 360°", BehaviourResult.class));
        assessments.fill(subject.getNominationId(), input, actor);
    }
}
