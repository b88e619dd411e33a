package id.sipetruk.period;

/** The kinds of rule a period states about who may be nominated ({@link EligibilityRules} holds their values). */
public enum EligibilityRule {
    /** the employee's kind (PNS, PPPK) is one the period allows */
    EMPLOYMENT_TYPE,
    /** at least N years of service at the period's reference date */
    MIN_SERVICE,
    /** no sedang or berat disciplinary penalty served within N years before the reference date */
    NO_RECENT_PENALTY,
    /** not an awardee of another period's decree within N years before the reference date */
    NO_RECENT_AWARD
}
