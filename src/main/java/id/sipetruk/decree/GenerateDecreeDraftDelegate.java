package id.sipetruk.decree;

import static id.sipetruk.process.ProcessVariables.DECREE_ID;

import id.sipetruk.document.DocumentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GenerateDecreeDraft: the draft SK Bupati with its annex of proposed awardees, for the regent to read. */
@Component("generateDecreeDraft")
public class GenerateDecreeDraftDelegate implements JavaDelegate {

    private final DocumentService documents;

    public GenerateDecreeDraftDelegate(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.generateDecreeDraft((Long) execution.getVariable(DECREE_ID));
    }
}
