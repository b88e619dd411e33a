package id.sipetruk.nomination;

import id.sipetruk.common.Messages;

/** Where a nomination stands; the last four are final statuses recorded at the end. */
public enum NominationStatus {
    ASSESSMENT,
    HEAD_REVIEW,
    RETURNED_BY_HEAD,
    VERIFICATION,
    RETURNED_BY_BKPSDM,
    REJECTED,
    ELIGIBLE,
    FINALIST,
    NOT_SHORTLISTED,
    AWARDEE,
    NOT_AWARDED;

    public String label() {
        return Messages.label(this);
    }
}
