package id.sipetruk.decree;

import id.sipetruk.period.AwardPeriodService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueDecree: the period's approved decree gets its number and is printed as a new document version. */
@Component("issueDecree")
public class IssueDecreeDelegate implements JavaDelegate {

    private final DecreeService decrees;
    private final AwardPeriodService periods;
    private final DecreeDocuments documents;

    public IssueDecreeDelegate(DecreeService decrees, AwardPeriodService periods, DecreeDocuments documents) {
        this.decrees = decrees;
        this.periods = periods;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long periodId = periods.byCode(execution.getProcessBusinessKey()).getId();
        documents.generateDecree(decrees.issue(periodId).getId());
    }
}
