package id.sipetruk;

import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;

/**
 * Walks a nomination or a period along its named transitions to a wanted status, for tests that build their data
 * directly instead of through the process (the entities refuse any jump).
 */
public final class StatusPaths {

    private StatusPaths() {
    }

    /** From ASSESSMENT (or any status on the way) to {@code target}, the way the process would take it. */
    public static Nomination walk(Nomination n, NominationStatus target) {
        while (n.getStatus() != target) {
            switch (n.getStatus()) {
                case ASSESSMENT, RETURNED_BY_HEAD, RETURNED_BY_BKPSDM -> n.filled();
                case HEAD_REVIEW -> {
                    if (target == NominationStatus.RETURNED_BY_HEAD) {
                        n.returnedByHead();
                    } else {
                        n.signedOff();
                    }
                }
                case VERIFICATION -> {
                    switch (target) {
                        case RETURNED_BY_BKPSDM -> n.returnedByBkpsdm();
                        case REJECTED -> n.rejected("uji");
                        default -> n.verifiedEligible();
                    }
                }
                case ELIGIBLE -> n.shortlisted(1, target != NominationStatus.NOT_SHORTLISTED);
                case FINALIST -> n.closed(target, "uji");
                default -> throw new IllegalStateException("no path from " + n.getStatus() + " to " + target);
            }
        }
        return n;
    }

    /** A finalist with its final score and rank, as after the panel's aggregation. */
    public static Nomination finalist(Nomination n, int rank, String panelScore, String finalScore) {
        walk(n, NominationStatus.FINALIST);
        n.finalScore(new java.math.BigDecimal(panelScore), new java.math.BigDecimal(finalScore), rank);
        return n;
    }

    /** From SCHEDULED to the panel's assessment of the finalists. */
    public static AwardPeriod toPanelAssessment(AwardPeriod period) {
        if (period.getStatus() == AwardPeriodStatus.SCHEDULED) {
            period.openNomination();
        }
        if (period.getStatus() == AwardPeriodStatus.NOMINATION_OPEN) {
            period.closeNomination();
        }
        if (period.getStatus() == AwardPeriodStatus.NOMINATION_CLOSED) {
            period.startPanelAssessment();
        }
        return period;
    }

    /** From SCHEDULED to the decree stage, where BKPSDM proposes and the Bupati decides. */
    public static AwardPeriod toDecree(AwardPeriod period) {
        toPanelAssessment(period).startDecree();
        return period;
    }
}
