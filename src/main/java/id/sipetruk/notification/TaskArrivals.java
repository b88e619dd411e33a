package id.sipetruk.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a user task is created, the people who may do it are queued to be told (Camunda's Spring eventing bridge
 * calls this in the engine's transaction, so a task rolled back tells nobody).
 */
@Component
class TaskArrivals {

    private final NotificationQueue queue;
    private final TaskHolders holders;

    TaskArrivals(NotificationQueue queue, TaskHolders holders) {
        this.queue = queue;
        this.holders = holders;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void taskCreated(DelegateTask task) {
        if (queue.anyChannel()) {
            queue.queue(task.getId(), holders.of(task.getAssignee(), task.getCandidates()),
                    Notification.Kind.TASK, 0);
        }
    }
}
