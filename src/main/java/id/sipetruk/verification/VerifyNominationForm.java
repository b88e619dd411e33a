package id.sipetruk.verification;

import static id.sipetruk.process.ProcessVariables.VERIFICATION_OUTCOME;

import id.sipetruk.assessment.ScoreSummary;
import id.sipetruk.nomination.EligibilityCheck;
import id.sipetruk.nomination.NominationContext;
import id.sipetruk.nomination.NominationService;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_VerifyNomination (forms/verify-nomination.form): eligible, back to the OPD, or rejected — with a reason. */
@Component("verifyNominationForm")
public class VerifyNominationForm extends FormTaskListener {

    /** Display: the period's eligibility rules for the nominee, one line each (met, not met, no data; the source). */
    static final String ELIGIBILITY_SUMMARY = "eligibilitySummary";

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
        Long nominationId = subject.getNominationId();
        Map<String, Object> fields = context.of(nominationId);
        fields.putAll(scores.of(nominationId));
        fields.put(ELIGIBILITY_SUMMARY, eligibility.describe(nominations.get(nominationId)));
        fields.put("verificationDecision", null);
        fields.put("verificationReason", null);
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        VerificationOutcome outcome = form.requiredEnum("verificationDecision", "Hasil verifikasi", VerificationOutcome.class);
        verification.decide(subject.getNominationId(), outcome,
                form.optionalText("verificationReason", "Alasan", 2000), actor);
        task.getExecution().setVariable(VERIFICATION_OUTCOME, outcome.name());
    }
}
