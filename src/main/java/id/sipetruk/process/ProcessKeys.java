package id.sipetruk.process;

/** Process definition keys; the BPMN files in bpmn/ are named after them. */
public final class ProcessKeys {

    public static final String AWARD_PERIOD = "AwardPeriodProcess";
    public static final String NOMINATION = "NominationProcess";

    private ProcessKeys() {
    }
}
