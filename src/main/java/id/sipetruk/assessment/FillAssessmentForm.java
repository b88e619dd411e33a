package id.sipetruk.assessment;

import static id.sipetruk.process.ProcessVariables.NOMINATION_ID;

import id.sipetruk.nomination.NominationContext;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_FillAssessment (forms/fill-assessment.form): the OPD admin enters the instrument's raw values. */
@Component("fillAssessmentForm")
public class FillAssessmentForm extends FormTaskListener {

    private final AssessmentService assessments;
    private final NominationContext context;

    public FillAssessmentForm(AssessmentService assessments, NominationContext context) {
        this.assessments = assessments;
        this.context = context;
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task) {
        Long nominationId = longVariable(task, NOMINATION_ID);
        Map<String, Object> fields = context.of(nominationId);
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
    protected void submitted(DelegateTask task, FormValues form, String actor) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        AssessmentInput input = new AssessmentInput(
                form.requiredDecimal("eKinerjaValue", "Nilai e-Kinerja", BigDecimal.ZERO, hundred),
                form.requiredDecimal("attendancePercent", "Persentase kehadiran", BigDecimal.ZERO, hundred),
                form.requiredText("innovationName", "Nama inovasi", 300),
                form.requiredText("innovationDescription", "Uraian inovasi", 4000),
                form.requiredInt("innovationScore", "Skor inovasi", 0, 100),
                form.requiredEnum("behaviourResult", "Hasil e-Perilaku 360°", BehaviourResult.class));
        assessments.fill(longVariable(task, NOMINATION_ID), input, actor);
    }
}
