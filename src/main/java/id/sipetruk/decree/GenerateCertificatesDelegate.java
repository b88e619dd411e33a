package id.sipetruk.decree;

import id.sipetruk.document.DocumentService;
import id.sipetruk.period.AwardPeriodService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_GenerateCertificates: one Piagam Penghargaan per awardee of the period's one approved decree, then every
 * nominee's final status, then the period's recapitulation.
 */
@Component("generateCertificates")
public class GenerateCertificatesDelegate implements JavaDelegate {

    private final DecreeService decrees;
    private final AwardPeriodService periods;
    private final DocumentService documents;

    public GenerateCertificatesDelegate(DecreeService decrees, AwardPeriodService periods, DocumentService documents) {
        this.decrees = decrees;
        this.periods = periods;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long periodId = periods.byCode(execution.getProcessBusinessKey()).getId();
        for (DecreeAwardee awardee : decrees.approvedDecree(periodId).getAwardees()) {
            documents.generateCertificate(awardee.getId());
        }
        decrees.completePeriod(periodId);
        documents.generateRecapitulation(periodId);
    }
}
