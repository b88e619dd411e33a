package id.sipetruk.panel;

import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AggregatePanelScores: panel means, final scores and the final ranking. */
@Component("aggregatePanelScores")
public class AggregatePanelScoresDelegate implements JavaDelegate {

    private final PanelService panel;

    public AggregatePanelScoresDelegate(PanelService panel) {
        this.panel = panel;
    }

    @Override
    public void execute(DelegateExecution execution) {
        panel.aggregate((Long) execution.getVariable(PERIOD_ID));
    }
}
