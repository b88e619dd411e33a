package id.sipetruk.assessment;

import java.math.BigDecimal;

/** What the OPD admin enters on the assessment instrument. */
public record AssessmentInput(BigDecimal eKinerjaValue, BigDecimal attendancePercent, String innovationName,
                              String innovationDescription, int innovationScore, BehaviourResult behaviourResult) {
}
