package id.sipetruk.period;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Pemegang tugas diingatkan" (bpmn: the message end event after each "Pengingat tenggat" timer): the holders of the
 * task the timer is drawn on, still open, are reminded of its due date. A task that arrived after the reminder time
 * is left out: its arrival message already named the due date.
 */
@Component("remindTaskHolders")
public class RemindTaskHoldersDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RemindTaskHoldersDelegate.class);

    private final DeadlineTimers timers;
    private final ApplicationEventPublisher events;

    public RemindTaskHoldersDelegate(DeadlineTimers timers, ApplicationEventPublisher events) {
        this.timers = timers;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> taskIds = timers.toRemind(timers.openTasksOfTimer(execution));
        LOG.info("Deadline near in {} ({}): reminding the holders of {} open task(s)",
                execution.getProcessBusinessKey(), execution.getCurrentActivityId(), taskIds.size());
        if (!taskIds.isEmpty()) {
            events.publishEvent(new TaskDeadline.Approaching(taskIds));
        }
    }
}
