package id.sipetruk.decree;

import id.sipetruk.period.AwardPeriodService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GenerateDecreeDraft: the draft SK Bupati with its annex of proposed awardees, for the regent to read. */
@Component("generateDecreeDraft")
public class GenerateDecreeDraftDelegate implements JavaDelegate {

    private final DecreeService decrees;
    private final AwardPeriodService periods;
    private final DecreeDocuments documents;

    public GenerateDecreeDraftDelegate(DecreeService decrees, AwardPeriodService periods, DecreeDocuments documents) {
        this.decrees = decrees;
        this.periods = periods;
        this.documents = documents;
    }

    /** The period's latest decree version: the one BKPSDM just proposed. */
    @Override
    public void execute(DelegateExecution execution) {
        Long periodId = periods.byCode(execution.getProcessBusinessKey()).getId();
        Decree proposed = decrees.latest(periodId)
                .orElseThrow(() -> new IllegalStateException("No decree proposed in " + execution.getProcessBusinessKey()));
        documents.generateDecree(proposed.getId());
    }
}
