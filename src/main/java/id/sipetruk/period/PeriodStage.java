package id.sipetruk.period;

import java.util.List;

/**
 * The stages of a period's timeline, in order; each ends at a deadline kept with the period ({@link PeriodTimeline})
 * and is the due date of its user tasks (bpmn: {@code camunda:dueDate}). docs/process.md, "Timeline and due dates".
 */
public enum PeriodStage {

    /** Ends when the nomination window closes ({@code AwardPeriod.nominationClosesAt}). */
    NOMINATION("nominasi", "nominationClosesAt", 0, "AwardPeriodProcess",
            List.of("Task_NominateCandidates", "Task_CloseNominationWindowEarly")),
    ASSESSMENT("penilaian dan persetujuan OPD", "assessmentDueAt", 7, "NominationProcess",
            List.of("Task_FillAssessment", "Task_ReviewAssessment")),
    VERIFICATION("verifikasi BKPSDM", "verificationDueAt", 14, "NominationProcess",
            List.of("Task_VerifyNomination")),
    PANEL("penilaian tim penilai eksternal", "panelDueAt", 21, "AwardPeriodProcess",
            List.of("Task_ScoreFinalist")),
    PROPOSAL("usulan penerima penghargaan", "proposalDueAt", 28, "AwardPeriodProcess",
            List.of("Task_ProposeAwardees")),
    /** The decree and its handing over: the ceremony is recorded by the same deadline. */
    DECREE("penetapan SK Bupati", "decreeDueAt", 35, "AwardPeriodProcess",
            List.of("Task_ApproveDecree", "Task_RecordCeremony"));

    private final String label;
    private final String formField;
    private final int defaultDaysAfterClosing;
    private final String processKey;
    private final List<String> taskKeys;

    PeriodStage(String label, String formField, int defaultDaysAfterClosing, String processKey, List<String> taskKeys) {
        this.label = label;
        this.formField = formField;
        this.defaultDaysAfterClosing = defaultDaysAfterClosing;
        this.processKey = processKey;
        this.taskKeys = taskKeys;
    }

    /** The stage's name in Bahasa Indonesia, as messages and the period page show it. */
    public String label() { return label; }

    /** The key of the stage's deadline on the start form (forms/award-period-start.form). */
    public String formField() { return formField; }

    /** The start form's default: this many days after the nomination window closes. */
    public int defaultDaysAfterClosing() { return defaultDaysAfterClosing; }

    /** The process whose user tasks belong to this stage. */
    public String processKey() { return processKey; }

    /** The ids of the user tasks due at this stage's deadline. */
    public List<String> taskKeys() { return taskKeys; }

    /** The stage whose deadline a user task is due at. */
    public static PeriodStage ofTask(String taskKey) {
        for (PeriodStage stage : values()) {
            if (stage.taskKeys.contains(taskKey)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("No stage has task " + taskKey);
    }

    /** The stage before this one, or null for the first. */
    public PeriodStage previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
