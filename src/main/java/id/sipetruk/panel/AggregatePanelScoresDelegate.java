package id.sipetruk.panel;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AggregatePanelScores: panel means, final scores and the final ranking; the panel's minutes (PDF). */
@Component("aggregatePanelScores")
public class AggregatePanelScoresDelegate implements JavaDelegate {

    private final PanelService panel;
    private final PanelMinutesDocument documents;

    public AggregatePanelScoresDelegate(PanelService panel, PanelMinutesDocument documents) {
        this.panel = panel;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long periodId = panel.periodOf(execution.getProcessBusinessKey());
        panel.aggregate(periodId);
        documents.generate(periodId);
    }
}
