package id.sipetruk.assessment;

import id.sipetruk.organization.Predikat;
import java.math.BigDecimal;

/**
 * What the OPD admin enters on the assessment instrument.
 *
 * @param eKinerjaValue    the e-Kinerja value, when the period scores Kinerja by value
 * @param eKinerjaPredikat BKN's predikat, when the period scores Kinerja by predikat
 * @param overrideReason   why an imported value was changed; needed only then
 */
public record AssessmentInput(BigDecimal eKinerjaValue, Predikat eKinerjaPredikat, BigDecimal attendancePercent,
                              String innovationName, String innovationDescription, int innovationScore,
                              BehaviourResult behaviourResult, String overrideReason) {

    /** An instrument of a period that scores Kinerja by value, no imported value changed. */
    public AssessmentInput(BigDecimal eKinerjaValue, BigDecimal attendancePercent, String innovationName,
                           String innovationDescription, int innovationScore, BehaviourResult behaviourResult) {
        this(eKinerjaValue, null, attendancePercent, innovationName, innovationDescription, innovationScore,
                behaviourResult, null);
    }
}
