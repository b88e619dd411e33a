package id.sipetruk.assessment;

import static id.sipetruk.process.ProcessVariables.NOMINATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScoreAssessment: scores the instrument with the period's rubric before the OPD head reviews it. */
@Component("scoreAssessment")
public class ScoreAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    public ScoreAssessmentDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.score((Long) execution.getVariable(NOMINATION_ID));
    }
}
