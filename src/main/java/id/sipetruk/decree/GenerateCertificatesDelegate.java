package id.sipetruk.decree;

import static id.sipetruk.process.ProcessVariables.DECREE_ID;
import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import id.sipetruk.document.DocumentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_GenerateCertificates: one Piagam Penghargaan per awardee, then every nominee's final status, then the
 * period's recapitulation.
 */
@Component("generateCertificates")
public class GenerateCertificatesDelegate implements JavaDelegate {

    private final DecreeService decrees;
    private final DocumentService documents;

    public GenerateCertificatesDelegate(DecreeService decrees, DocumentService documents) {
        this.decrees = decrees;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long decreeId = (Long) execution.getVariable(DECREE_ID);
        for (DecreeAwardee awardee : decrees.get(decreeId).getAwardees()) {
            documents.generateCertificate(awardee.getId());
        }
        Long periodId = (Long) execution.getVariable(PERIOD_ID);
        decrees.completePeriod(periodId, decreeId);
        documents.generateRecapitulation(periodId);
    }
}
