package id.sipetruk.period;

import id.sipetruk.common.Messages;

/** Where an award period stands. */
public enum AwardPeriodStatus {
    /** registered, waiting for the nomination window to open */
    SCHEDULED,
    NOMINATION_OPEN,
    NOMINATION_CLOSED,
    PANEL_ASSESSMENT,
    DECREE,
    CEREMONY,
    COMPLETED,
    /** ended because no nomination was eligible; the closing note says why */
    CLOSED_WITHOUT_AWARD;

    public String label() {
        return Messages.label(this);
    }
}
