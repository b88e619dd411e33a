package id.sipetruk.decree;


import id.sipetruk.panel.PanelService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseWithoutAward: nobody was eligible; the period ends cleanly with the reason recorded, and its
 * recapitulation (PDF) is made.
 */
@Component("closeWithoutAward")
public class CloseWithoutAwardDelegate implements JavaDelegate {

    private final PanelService panel;
    private final RecapitulationDocument documents;

    public CloseWithoutAwardDelegate(PanelService panel, RecapitulationDocument documents) {
        this.panel = panel;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long periodId = panel.periodOf(execution.getProcessBusinessKey());
        panel.closeWithoutAward(periodId);
        documents.generate(periodId);
    }
}
