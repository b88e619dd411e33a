package id.sipetruk.nomination;

import id.sipetruk.period.PeriodTimelineService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due dates of NominationProcess's user tasks (bpmn: {@code camunda:dueDate="${nominationTimeline.dueDate(
 * execution, 'VERIFICATION')}"}): the stage's deadline of the period of the nomination whose code is the instance's
 * business key, read from the period record when the engine creates the task, never from a process variable; and
 * the date of the reminder timer drawn on the task
 * ({@code ${nominationTimeline.reminderDate(execution, 'ASSESSMENT')}}).
 */
@Component("nominationTimeline")
public class NominationDueDates {

    private final NominationService nominations;
    private final PeriodTimelineService timeline;

    public NominationDueDates(NominationService nominations, PeriodTimelineService timeline) {
        this.nominations = nominations;
        this.timeline = timeline;
    }

    public Date dueDate(DelegateExecution execution, String stage) {
        Nomination nomination = nominations.byCode(execution.getProcessBusinessKey());
        return timeline.dueDate(nomination.getPeriod(), PeriodTimelineService.stage(stage));
    }

    public Date reminderDate(DelegateExecution execution, String stage) {
        Nomination nomination = nominations.byCode(execution.getProcessBusinessKey());
        return timeline.reminderTimerDate(nomination.getPeriod(), PeriodTimelineService.stage(stage));
    }
}
