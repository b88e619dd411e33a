package id.sipetruk.process;

/**
 * Every process variable name, declared once. Process instances carry references and routing flags only;
 * everything a person entered lives in SI PETRUK's tables.
 */
public final class ProcessVariables {

    // references
    /** the user who started the period (camunda:initiator of the start event) */
    public static final String INITIATOR = "initiator";
    public static final String PERIOD_ID = "periodId";
    public static final String PERIOD_CODE = "periodCode";
    public static final String OPD_CODES = "opdCodes";
    public static final String OPD_CODE = "opdCode";
    public static final String NOMINATION_IDS = "nominationIds";
    public static final String NOMINATION_ID = "nominationId";
    public static final String FINALIST_IDS = "finalistIds";
    public static final String FINALIST_ID = "finalistId";
    public static final String PANEL_MEMBER_IDS = "panelMemberIds";
    public static final String PANEL_MEMBER_ID = "panelMemberId";
    public static final String DECREE_ID = "decreeId";

    // timer dates (read by the timer events)
    public static final String NOMINATION_OPENS_AT = "nominationOpensAt";
    public static final String NOMINATION_CLOSES_AT = "nominationClosesAt";

    // routing flags, set by server code after validation
    public static final String HEAD_APPROVED = "headApproved";
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String ANY_ELIGIBLE = "anyEligible";
    public static final String DECREE_APPROVED = "decreeApproved";

    private ProcessVariables() {
    }
}
