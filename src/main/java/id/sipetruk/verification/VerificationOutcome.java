package id.sipetruk.verification;

/** What BKPSDM's internal verification decides; also the value of the routing flag verificationOutcome. */
public enum VerificationOutcome {
    ELIGIBLE,
    SEND_BACK,
    REJECTED
}
