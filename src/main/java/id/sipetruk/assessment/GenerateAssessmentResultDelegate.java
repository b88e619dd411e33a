package id.sipetruk.assessment;

import id.sipetruk.nomination.NominationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GenerateAssessmentResult: the signed-off instrument printed as "Hasil Penilaian Instrumen Kinerja". */
@Component("generateAssessmentResult")
public class GenerateAssessmentResultDelegate implements JavaDelegate {

    private final AssessmentResultDocument documents;
    private final NominationService nominations;

    public GenerateAssessmentResultDelegate(AssessmentResultDocument documents, NominationService nominations) {
        this.documents = documents;
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.generate(nominations.byCode(execution.getProcessBusinessKey()).getId());
    }
}
