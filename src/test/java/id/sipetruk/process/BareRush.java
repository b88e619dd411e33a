package id.sipetruk.process;

import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine's side of the deadline rush (DeadlineRushBenchmark): per OPD, a process whose head's task, once
 * completed, calls one nomination process per nominee (a parallel multi-instance call activity), each waiting at
 * the admin's task, then the head's sign-off; every person's task has the two non-interrupting timers of the real
 * ones. The candidate groups are the OPD's real groups (variables {@code headGroup}, {@code adminGroup}), so the
 * same people complete them through the same request, with Camunda's authorizations. No listener, no delegate, no
 * form, no variable but those two: what the engine itself does for the same submits.
 */
public final class BareRush {

    public static final String OPD_PROCESS = "BareRushOpd";
    public static final String NOMINATE = "Task_BareNominate";
    public static final String FILL = "Task_BareFill";
    private static final String NOMINATION_PROCESS = "BareRushNomination";

    private BareRush() {
    }

    /** The OPD's process, calling {@code nominees} nomination processes, and the nomination process. */
    public static List<BpmnModelInstance> models(int nominees) {
        BpmnModelInstance opd = Bpmn.createExecutableProcess(OPD_PROCESS).camundaHistoryTimeToLive(3650)
                .startEvent()
                .userTask(NOMINATE).camundaCandidateGroups("${headGroup}")
                .callActivity("Call_BareNomination").calledElement(NOMINATION_PROCESS)
                    .camundaIn("headGroup", "headGroup").camundaIn("adminGroup", "adminGroup")
                    .multiInstance().cardinality(Integer.toString(nominees)).multiInstanceDone()
                .endEvent()
                .done();
        WholeCycleBenchmark.reminderAndOverdue(opd, NOMINATE);
        BpmnModelInstance nomination = Bpmn.createExecutableProcess(NOMINATION_PROCESS).camundaHistoryTimeToLive(3650)
                .startEvent()
                .userTask(FILL).camundaCandidateGroups("${adminGroup}")
                .userTask("Task_BareReview").camundaCandidateGroups("${headGroup}")
                .endEvent()
                .done();
        WholeCycleBenchmark.reminderAndOverdue(nomination, FILL);
        WholeCycleBenchmark.reminderAndOverdue(nomination, "Task_BareReview");
        return List.of(opd, nomination);
    }
}
