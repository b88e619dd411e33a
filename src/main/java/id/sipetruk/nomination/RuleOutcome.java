package id.sipetruk.nomination;

/** What the data says of one eligibility rule for one employee. */
public enum RuleOutcome {
    /** the data shows the rule is met */
    MET,
    /** the data shows the rule is not met: the employee is not offered and a nomination is refused */
    NOT_MET,
    /** there is no data to decide (not imported yet): does not block, the verifier sees it */
    NO_DATA
}
