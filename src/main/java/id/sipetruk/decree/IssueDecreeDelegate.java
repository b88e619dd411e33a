package id.sipetruk.decree;

import static id.sipetruk.process.ProcessVariables.DECREE_ID;

import id.sipetruk.document.DocumentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueDecree: the approved decree, now with its number, as a new document version. */
@Component("issueDecree")
public class IssueDecreeDelegate implements JavaDelegate {

    private final DocumentService documents;

    public IssueDecreeDelegate(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.generateDecreeDraft((Long) execution.getVariable(DECREE_ID));
    }
}
