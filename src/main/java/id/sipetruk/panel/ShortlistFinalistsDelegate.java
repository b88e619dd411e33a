package id.sipetruk.panel;

import static id.sipetruk.process.ProcessVariables.ANY_ELIGIBLE;
import static id.sipetruk.process.ProcessVariables.FINALIST_IDS;
import static id.sipetruk.process.ProcessVariables.PANEL_MEMBER_IDS;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ShortlistFinalists: ranks the eligible nominations and picks the finalists and the panel. */
@Component("shortlistFinalists")
public class ShortlistFinalistsDelegate implements JavaDelegate {

    private final PanelService panel;

    public ShortlistFinalistsDelegate(PanelService panel) {
        this.panel = panel;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> finalists = panel.shortlist(panel.periodOf(execution.getProcessBusinessKey()));
        execution.setVariable(ANY_ELIGIBLE, !finalists.isEmpty());
        execution.setVariable(FINALIST_IDS, new ArrayList<>(finalists));
        if (!finalists.isEmpty()) {
            execution.setVariable(PANEL_MEMBER_IDS, new ArrayList<>(panel.panelMembers()));
        }
    }
}
