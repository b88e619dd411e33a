package id.sipetruk.period;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "BKPSDM diberi tahu: terlambat" (bpmn: the message end event after each "Tenggat terlewati" timer): the task the
 * timer is drawn on is past its due date and still open, so BKPSDM's administrators are told; the period's progress
 * page shows it as late.
 */
@Component("reportOverdueTasks")
public class ReportOverdueTasksDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ReportOverdueTasksDelegate.class);

    private final DeadlineTimers timers;
    private final ApplicationEventPublisher events;

    public ReportOverdueTasksDelegate(DeadlineTimers timers, ApplicationEventPublisher events) {
        this.timers = timers;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> taskIds = timers.overdue(timers.openTasksOfTimer(execution));
        LOG.info("Deadline passed in {} ({}): {} open task(s) overdue, BKPSDM told",
                execution.getProcessBusinessKey(), execution.getCurrentActivityId(), taskIds.size());
        if (!taskIds.isEmpty()) {
            events.publishEvent(new TaskDeadline.Passed(taskIds));
        }
    }
}
