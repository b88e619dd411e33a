package id.sipetruk.panel;

import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseWithoutAward: nobody was eligible; the period ends cleanly with the reason recorded. */
@Component("closeWithoutAward")
public class CloseWithoutAwardDelegate implements JavaDelegate {

    private final PanelService panel;

    public CloseWithoutAwardDelegate(PanelService panel) {
        this.panel = panel;
    }

    @Override
    public void execute(DelegateExecution execution) {
        panel.closeWithoutAward((Long) execution.getVariable(PERIOD_ID));
    }
}
