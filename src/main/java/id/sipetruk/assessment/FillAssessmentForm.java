package id.sipetruk.assessment;

import static java.util.stream.Collectors.toSet;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.IndonesianNumbers;
import id.sipetruk.common.Messages;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationContext;
import id.sipetruk.nomination.NominationService;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.Predikat;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.KinerjaMeasure;
import id.sipetruk.period.Rubric;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormText;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_FillAssessment (forms/fill-assessment.form): the OPD admin enters the instrument's raw values. */
@Component("fillAssessmentForm")
public class FillAssessmentForm extends FormTaskListener {

    /** Both values are stored as numeric(5,2): more decimals are refused, so what is scored is what is printed. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> SHOWN = Stream.concat(NominationContext.SHOWN.stream(),
            Stream.of("lastReturnReason", "kinerjaMeasure", "kinerjaCriterion", "importedData")).collect(toSet());

    private final AssessmentService assessments;
    private final NominationContext context;
    private final ImportedPerformance imported;
    private final NominationService nominations;

    public FillAssessmentForm(AssessmentService assessments, NominationContext context, ImportedPerformance imported,
                              NominationService nominations) {
        this.assessments = assessments;
        this.context = context;
        this.imported = imported;
        this.nominations = nominations;
    }

    @Override
    protected TaskSubject subject(DelegateTask task) {
        return context.subject(task, OpdGroups::adminGroup);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Long nominationId = subject.getNominationId();
        Map<String, Object> fields = context.listed(nominationId);
        Optional<Assessment> earlier = assessments.find(nominationId);
        ImportedPerformance.Imported data = imported.of(nominations.get(nominationId));
        // the instrument shows what the admin entered last; the first time, what the imports hold
        BigDecimal value = earlier.map(Assessment::getEKinerjaValue).orElse(data.value());
        Predikat predikat = earlier.map(Assessment::getEKinerjaPredikat).orElse(data.predikat());
        BigDecimal attendance = earlier.map(Assessment::getAttendancePercent).orElse(data.attendance());
        fields.put("eKinerjaValue", value == null ? null : value.doubleValue());
        fields.put("eKinerjaPredikat", predikat == null ? null : predikat.name());
        fields.put("attendancePercent", attendance == null ? null : attendance.doubleValue());
        fields.put("overrideReason", imported.lastReason(nominationId));
        fields.put("innovationName", earlier.map(Assessment::getInnovationName).orElse(null));
        fields.put("innovationDescription", earlier.map(Assessment::getInnovationDescription).orElse(null));
        fields.put("innovationScore", earlier.map(Assessment::getInnovationScore).map(String::valueOf).orElse(null));
        fields.put("behaviourResult", earlier.map(Assessment::getBehaviourResult).map(Enum::name).orElse(null));
        return fields;
    }

    @Override
    public String taskKey() {
        return "Task_FillAssessment";
    }

    @Override
    public Set<String> names() {
        return SHOWN;
    }

    /** Who, the last send-back reason, the rubric's kinerja measure and criterion, and what the imports hold. */
    @Override
    public Map<String, Object> values(TaskSubject subject) {
        Long nominationId = subject.getNominationId();
        Nomination nomination = nominations.get(nominationId);
        Rubric rubric = nomination.getPeriod().getRubric();
        Map<String, Object> shown = context.shown(nominationId);
        shown.put("lastReturnReason", context.lastReturnReason(nominationId));
        shown.put("kinerjaMeasure", rubric.getKinerjaMeasure().name());
        shown.put("kinerjaCriterion", FormText.plain(rubric.kinerjaCriterion()));
        shown.put("importedData", FormText.plain(importedData(imported.of(nomination), rubric.getKinerjaMeasure(),
                nomination.getPeriod())));
        return shown;
    }

    /** "e-Kinerja 87,5 (impor kinerja 2 Desember 2026); kehadiran 96% (…)", or that nothing was imported. */
    private static String importedData(ImportedPerformance.Imported data, KinerjaMeasure measure, AwardPeriod period) {
        String month = IndonesianDates.monthYear(period.getReferenceMonth(), period.getReferenceYear());
        String kinerja = measure == KinerjaMeasure.PREDIKAT
                ? (data.predikat() == null ? null : "predikat " + data.predikat().label())
                : (data.value() == null ? null : "nilai e-Kinerja " + IndonesianNumbers.decimal(data.value()));
        List<String> parts = new ArrayList<>();
        if (kinerja != null) {
            parts.add(kinerja + " (" + data.kinerjaSource() + ")");
        }
        if (data.attendance() != null) {
            parts.add("kehadiran " + IndonesianNumbers.decimal(data.attendance()) + "% (" + data.attendanceSource()
                    + ")");
        }
        return parts.isEmpty() ? Messages.get("assessment.nothingImported", month)
                : Messages.get("assessment.imported", month, String.join("; ", parts));
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        boolean byPredikat = nominations.get(subject.getNominationId()).getPeriod().getRubric().getKinerjaMeasure()
                == KinerjaMeasure.PREDIKAT;
        AssessmentInput input = new AssessmentInput(
                byPredikat ? null
                        : form.requiredDecimal("eKinerjaValue", "Nilai e-Kinerja", BigDecimal.ZERO, HUNDRED, 2),
                byPredikat ? form.requiredEnum("eKinerjaPredikat", "Predikat kinerja", Predikat.class) : null,
                form.requiredDecimal("attendancePercent", "Persentase kehadiran", BigDecimal.ZERO, HUNDRED, 2),
                form.requiredText("innovationName", "Nama inovasi", 300),
                form.requiredText("innovationDescription", "Uraian inovasi", 4000),
                form.requiredInt("innovationScore", "Skor inovasi", 0, 100),
                form.requiredEnum("behaviourResult", "Hasil e-Perilaku 360°", BehaviourResult.class),
                form.optionalText("overrideReason", "Alasan mengubah data impor", 1000));
        assessments.fill(subject.getNominationId(), input, actor);
    }
}
