package id.sipetruk.assessment;

import id.sipetruk.nomination.NominationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScoreAssessment: scores the instrument with the period's rubric before the OPD head reviews it. */
@Component("scoreAssessment")
public class ScoreAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;
    private final NominationService nominations;

    public ScoreAssessmentDelegate(AssessmentService assessments, NominationService nominations) {
        this.assessments = assessments;
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.score(nominations.byCode(execution.getProcessBusinessKey()).getId());
    }
}
