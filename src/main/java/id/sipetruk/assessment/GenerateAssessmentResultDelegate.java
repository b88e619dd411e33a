package id.sipetruk.assessment;

import static id.sipetruk.process.ProcessVariables.NOMINATION_ID;

import id.sipetruk.document.DocumentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GenerateAssessmentResult: the signed-off instrument printed as "Hasil Penilaian Instrumen Kinerja". */
@Component("generateAssessmentResult")
public class GenerateAssessmentResultDelegate implements JavaDelegate {

    private final DocumentService documents;

    public GenerateAssessmentResultDelegate(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.generateAssessmentResult((Long) execution.getVariable(NOMINATION_ID));
    }
}
