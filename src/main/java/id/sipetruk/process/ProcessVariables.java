package id.sipetruk.process;

import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Every process variable name, declared once, and who writes it. Process instances carry only what the engine
 * itself needs: multi-instance collections, timer dates and routing flags, all written by server code; everything a
 * person entered lives in SI PETRUK's tables, and what a task is about lives in {@link TaskSubject}. No server code
 * reads a process variable to decide which period, nomination, OPD, finalist, panel member or decree it acts on:
 * a task holder could have rewritten it. (The REST guard refuses such writes by non-administrators anyway, see
 * docs/security.md.)
 */
public final class ProcessVariables {

    /** The user who started the period (camunda:initiator of the start event; written by the engine). */
    public static final String INITIATOR = "initiator";
    /** The period's code, for people reading Tasklist and Cockpit (display only; written by Task_RegisterPeriod). */
    public static final String PERIOD_CODE = "periodCode";

    // multi-instance collections and their elements, written by server code and read by the engine at once
    public static final String OPD_CODES = "opdCodes";
    public static final String OPD_CODE = "opdCode";
    public static final String NOMINATION_IDS = "nominationIds";
    public static final String NOMINATION_ID = "nominationId";
    public static final String FINALIST_IDS = "finalistIds";
    public static final String FINALIST_ID = "finalistId";
    public static final String PANEL_MEMBER_IDS = "panelMemberIds";
    public static final String PANEL_MEMBER_ID = "panelMemberId";

    // timer dates (read by the timer events when they are created; written by Task_RegisterPeriod)
    public static final String NOMINATION_OPENS_AT = "nominationOpensAt";
    public static final String NOMINATION_CLOSES_AT = "nominationClosesAt";

    // routing flags, written by server code after validation, in the transaction whose gateway reads them
    public static final String HEAD_APPROVED = "headApproved";
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String ANY_ELIGIBLE = "anyEligible";
    public static final String DECREE_APPROVED = "decreeApproved";

    /** One process variable: the process(es) that carry it, its name, the type of its value and who writes it. */
    public record Variable(Set<String> processes, String name, Class<?> type, String writtenBy) {
    }

    private static final Set<String> PERIOD = Set.of(ProcessKeys.AWARD_PERIOD);
    private static final Set<String> NOMINATION = Set.of(ProcessKeys.NOMINATION);

    /**
     * The contract of each process: every process variable an instance may carry (a test checks each period's
     * whole history against it: process, name and type). Nobody else writes process variables: a person's input stays on
     * the task, and the REST guard refuses direct variable writes by non-administrators.
     */
    public static final List<Variable> CONTRACT = List.of(
            new Variable(PERIOD, INITIATOR, String.class, "engine: the start event (camunda:initiator)"),
            new Variable(PERIOD, PERIOD_CODE, String.class, "Task_RegisterPeriod"),
            new Variable(PERIOD, NOMINATION_OPENS_AT, Date.class, "Task_RegisterPeriod"),
            new Variable(PERIOD, NOMINATION_CLOSES_AT, Date.class, "Task_RegisterPeriod"),
            new Variable(PERIOD, OPD_CODES, List.class, "Task_OpenNominationWindow"),
            new Variable(PERIOD, OPD_CODE, String.class, "engine: element of opdCodes"),
            new Variable(PERIOD, NOMINATION_IDS, List.class, "Task_CollectNominations"),
            new Variable(PERIOD, NOMINATION_ID, Long.class, "engine: element of nominationIds"),
            new Variable(PERIOD, ANY_ELIGIBLE, Boolean.class, "Task_ShortlistFinalists"),
            new Variable(PERIOD, FINALIST_IDS, List.class, "Task_ShortlistFinalists"),
            new Variable(PERIOD, FINALIST_ID, Long.class, "engine: element of finalistIds"),
            new Variable(PERIOD, PANEL_MEMBER_IDS, List.class, "Task_ShortlistFinalists"),
            new Variable(PERIOD, PANEL_MEMBER_ID, String.class, "engine: element of panelMemberIds"),
            new Variable(NOMINATION, HEAD_APPROVED, Boolean.class, "Task_ReviewAssessment (ReviewAssessmentForm)"),
            new Variable(NOMINATION, VERIFICATION_OUTCOME, String.class, "Task_VerifyNomination (VerifyNominationForm)"),
            new Variable(PERIOD, DECREE_APPROVED, Boolean.class, "Task_ApproveDecree (ApproveDecreeForm)"),
            new Variable(PERIOD, "nrOfInstances", Integer.class, "engine: multi-instance"),
            new Variable(PERIOD, "nrOfActiveInstances", Integer.class, "engine: multi-instance"),
            new Variable(PERIOD, "nrOfCompletedInstances", Integer.class, "engine: multi-instance"),
            new Variable(PERIOD, "loopCounter", Integer.class, "engine: multi-instance"));

    private ProcessVariables() {
    }
}
