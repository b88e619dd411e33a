package id.sipetruk.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A test hook for the crash test ({@code CrashRecoveryTest}), present only when {@code sipetruk.test.crash-point}
 * names an activity id: when that activity ends (a service task: after its delegate did its work; an intermediate
 * throw event: after it threw, e.g. a signal; a user task: when it is completed, after its form listener stored the
 * input), the thread logs {@value #REACHED} and sleeps, inside
 * the still open transaction, until the test kills the process with {@code kill -9}. Never set in production.
 */
@Component
@ConditionalOnProperty("sipetruk.test.crash-point")
public class CrashPoint extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(CrashPoint.class);
    public static final String REACHED = "CRASH POINT REACHED: ";

    private final String activityId;

    public CrashPoint(org.springframework.core.env.Environment environment) {
        this.activityId = environment.getRequiredProperty("sipetruk.test.crash-point");
        LOG.warn("Test hook: the process will hang at the end of {} until it is killed", activityId);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new java.util.ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                hang(activity);
            }

            @Override
            public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                hang(activity);
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getId().equals(activityId)) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> block(activityId));
                }
            }
        });
    }

    private void hang(ActivityImpl activity) {
        if (activity.getId().equals(activityId)) {
            activity.addListener(ExecutionListener.EVENTNAME_END, execution -> block(activityId));
        }
    }

    private static void block(String activityId) {
        LOG.warn(REACHED + activityId);
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("crash point interrupted", e);
        }
    }
}
