package id.sipetruk.decree;

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
    private final DecreeDocuments documents;
    private final RecapitulationDocument recapitulation;

    public GenerateCertificatesDelegate(DecreeService decrees, AwardPeriodService periods, DecreeDocuments documents,
                                        RecapitulationDocument recapitulation) {
        this.decrees = decrees;
        this.periods = periods;
        this.documents = documents;
        this.recapitulation = recapitulation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long periodId = periods.byCode(execution.getProcessBusinessKey()).getId();
        documents.generateCertificates(periodId);
        decrees.completePeriod(periodId);
        recapitulation.generate(periodId);
    }
}
