package id.sipetruk.period;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due dates of AwardPeriodProcess's user tasks (bpmn: {@code camunda:dueDate="${periodTimeline.dueDate(execution,
 * 'PANEL')}"}): the stage's deadline of the period whose code is the instance's business key, read from the period
 * record when the engine creates the task, never from a process variable; and the date of the reminder timer drawn
 * on the task ({@code ${periodTimeline.reminderDate(execution, 'PANEL')}}).
 */
@Component("periodTimeline")
public class PeriodDueDates {

    private final AwardPeriodRepository periods;
    private final PeriodTimelineService timeline;

    public PeriodDueDates(AwardPeriodRepository periods, PeriodTimelineService timeline) {
        this.periods = periods;
        this.timeline = timeline;
    }

    public Date dueDate(DelegateExecution execution, String stage) {
        return timeline.dueDate(periodOf(execution), PeriodTimelineService.stage(stage));
    }

    public Date reminderDate(DelegateExecution execution, String stage) {
        return timeline.reminderTimerDate(periodOf(execution), PeriodTimelineService.stage(stage));
    }

    private AwardPeriod periodOf(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        return periods.findByCode(code).orElseThrow(() -> new IllegalStateException("No period with code " + code));
    }
}
