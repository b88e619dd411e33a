package id.sipetruk.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The history SI PETRUK keeps (issue 15, item 3; docs/performance.md, "Pay only for what the audit needs"): Camunda's
 * full history, less the history of task-local variables. A task's local variables are its form's values: what the
 * form shows and what the person enters, declared on create (FormTaskListener) so that a submit lands on the task,
 * never on the process. Full history wrote each of them three times over (its instance, a detail row on create, on
 * submit and on removal); the audit trail reads none of it (docs/audit.md). What it needs stays: who completed which
 * task and when (task instances, the user operation log), each submitted text field (a form-field detail on the
 * task), the process variables with every change, and SI PETRUK's own records of each decision and its reason.
 *
 * <p>The level reports full history's id, which the engine keeps in the database and compares at every start: a
 * database made with {@code history-level: full} starts with this level, and back. Variables of tasks that were open
 * at the switch keep the history rows they had; their later changes are not added.
 */
@Component
public class AuditHistoryLevel extends AbstractProcessEnginePlugin implements HistoryLevel {

    /** The name {@code camunda.bpm.history-level} selects (application.yml). */
    public static final String NAME = "full-without-task-variables";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(this);
        configuration.setCustomHistoryLevels(levels);
    }

    @Override
    public int getId() {
        return HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstance variable && variable.getTaskId() != null) {
            return false;
        }
        return HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }
}
