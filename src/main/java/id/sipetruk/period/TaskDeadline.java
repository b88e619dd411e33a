package id.sipetruk.period;

import java.util.List;

/**
 * What the deadline timers drawn on the user tasks announce (bpmn: the boundary timers "Pengingat tenggat" and
 * "Tenggat terlewati"); the notifications listen and tell the people concerned.
 */
public final class TaskDeadline {

    private TaskDeadline() {
    }

    /** The open tasks' due date is near: their holders are reminded. */
    public record Approaching(List<String> taskIds) {
    }

    /** The open tasks are past their due date: BKPSDM is told. */
    public record Passed(List<String> taskIds) {
    }
}
