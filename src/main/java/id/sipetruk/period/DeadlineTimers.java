package id.sipetruk.period;

import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * The two deadline timers drawn on each user task (docs/notifications.md, "Reminders and escalation"):
 * {@code Timer_Reminder_<task>} ("Pengingat tenggat", the period's reminder days before the stage's deadline) and
 * {@code Timer_Overdue_<task>} ("Tenggat terlewati", at the deadline). Each leads to a message end event whose
 * delegate asks here which open tasks the timer is about. A moved deadline moves the timers still waiting
 * ({@link PeriodTimelineService#changeDeadline}).
 */
@Component
public class DeadlineTimers {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskSubjectRepository subjects;
    private final AwardPeriodRepository periods;
    private final PeriodTimelineService timeline;

    public DeadlineTimers(RuntimeService runtime, TaskService tasks, TaskSubjectRepository subjects,
                          AwardPeriodRepository periods, PeriodTimelineService timeline) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.subjects = subjects;
        this.periods = periods;
        this.timeline = timeline;
    }

    public static String reminderTimerOf(String taskKey) {
        return "Timer_Reminder_" + taskKey.substring("Task_".length());
    }

    public static String overdueTimerOf(String taskKey) {
        return "Timer_Overdue_" + taskKey.substring("Task_".length());
    }

    /**
     * The open tasks the timer that led to this execution is drawn on: the instances of that user task in the
     * timer's scope (one OPD's nomination, one finalist's panel scoring, the nomination's instance).
     */
    List<Task> openTasksOfTimer(DelegateExecution execution) {
        FlowNode here = (FlowNode) execution.getBpmnModelElementInstance();
        BoundaryEvent timer = (BoundaryEvent) here.getIncoming().iterator().next().getSource();
        String taskKey = timer.getAttachedTo().getId();
        ActivityInstance scope = find(runtime.getActivityInstance(execution.getProcessInstanceId()),
                execution.getParentActivityInstanceId());
        List<String> instances = new ArrayList<>();
        collect(scope, taskKey, instances);
        return instances.isEmpty() ? List.of()
                : tasks.createTaskQuery().activityInstanceIdIn(instances.toArray(String[]::new)).list();
    }

    /** Of the open tasks, those that arrived before their stage's reminder time (the others were just told). */
    List<String> toRemind(List<Task> open) {
        List<String> ids = new ArrayList<>();
        for (Task task : open) {
            TaskSubject subject = subjects.findById(task.getId()).orElse(null);
            AwardPeriod period = subject == null ? null : periods.findById(subject.getPeriodId()).orElse(null);
            if (period != null && task.getCreateTime().before(timeline.reminderDate(period,
                    PeriodStage.ofTask(task.getTaskDefinitionKey())))) {
                ids.add(task.getId());
            }
        }
        return ids;
    }

    private static ActivityInstance find(ActivityInstance instance, String id) {
        if (instance.getId().equals(id)) {
            return instance;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            ActivityInstance found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collect(ActivityInstance instance, String activityId, List<String> found) {
        if (instance == null) {
            return;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (child.getActivityId().equals(activityId)) {
                found.add(child.getId());
            }
            collect(child, activityId, found);
        }
    }
}
