package id.sipetruk.process;

/** Process definition keys (the BPMN files in bpmn/ are named after them) and the user task ids code refers to. */
public final class ProcessKeys {

    public static final String AWARD_PERIOD = "AwardPeriodProcess";
    public static final String NOMINATION = "NominationProcess";

    public static final String TASK_NOMINATE_CANDIDATES = "Task_NominateCandidates";
    public static final String TASK_FILL_ASSESSMENT = "Task_FillAssessment";
    public static final String TASK_REVIEW_ASSESSMENT = "Task_ReviewAssessment";
    public static final String TASK_SCORE_FINALIST = "Task_ScoreFinalist";

    private ProcessKeys() {
    }
}
