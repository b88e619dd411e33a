package id.sipetruk.verification;

import static id.sipetruk.process.ProcessVariables.VERIFICATION_OUTCOME;
import static java.util.stream.Collectors.toSet;

import id.sipetruk.assessment.ScoreSummary;
import id.sipetruk.nomination.EligibilityCheck;
import id.sipetruk.nomination.NominationContext;
import id.sipetruk.nomination.NominationService;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_VerifyNomination (forms/verify-nomination.form): eligible, back to the OPD, or rejected — with a reason. */
@Component("verifyNominationForm")
public class VerifyNominationForm extends FormTaskListener {

    /** Display: the period's eligibility rules for the nominee, one line each (met, not met, no data; the source). */
    static final String ELIGIBILITY_SUMMARY = "eligibilitySummary";
    private static final Set<String> SHOWN = Stream.concat(Stream.concat(NominationContext.SHOWN.stream(),
            ScoreSummary.NAMES.stream()), Stream.of(ELIGIBILITY_SUMMARY)).collect(toSet());

    private final VerificationService verification;
    private final NominationContext context;
    private final ScoreSummary scores;
    private final NominationService nominations;
    private final EligibilityCheck eligibility;

    public VerifyNominationForm(VerificationService verification, NominationContext context, ScoreSummary scores,
                                NominationService nominations, EligibilityCheck eligibility) {
        this.verification = verification;
        this.context = context;
        this.scores = scores;
        this.nominations = nominations;
        this.eligibility = eligibility;
    }

    @Override
    protected TaskSubject subject(DelegateTask task) {
        return context.subject(task, opd -> RoleGroups.BKPSDM_VERIFIER);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Map<String, Object> fields = context.listed(subject.getNominationId());
        fields.put("verificationDecision", null);
        fields.put("verificationReason", null);
        return fields;
    }

    @Override
    public String taskKey() {
        return "Task_VerifyNomination";
    }

    @Override
    public Set<String> names() {
        return SHOWN;
    }

    /** Who, the filled instrument's scores, and the period's eligibility rules for the nominee. */
    @Override
    public Map<String, Object> values(TaskSubject subject) {
        Long nominationId = subject.getNominationId();
        Map<String, Object> shown = context.shown(nominationId);
        shown.putAll(scores.of(nominationId));
        shown.put(ELIGIBILITY_SUMMARY, eligibility.describe(nominations.get(nominationId)));
        return shown;
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        VerificationOutcome outcome = form.requiredEnum("verificationDecision", "Hasil verifikasi", VerificationOutcome.class);
        verification.decide(subject.getNominationId(), outcome,
                form.optionalText("verificationReason", "Alasan", 2000), actor);
        task.getExecution().setVariable(VERIFICATION_OUTCOME, outcome.name());
    }
}
