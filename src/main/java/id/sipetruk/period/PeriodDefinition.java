package id.sipetruk.period;

import id.sipetruk.organization.Predikat;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What BKPSDM enters on the start form of an award period.
 *
 * @param kinerjaMeasure the form of Kinerja the rubric scores
 * @param lowestPredikat when scored by predikat, the lowest that meets Kinerja
 * @param additional     BKPSDM's deliberate choice to open another period in a year that already has one
 * @param eligibility    who may be nominated in this period
 * @param timeline       the deadlines of the stages after nomination (docs/process.md, "Timeline and due dates")
 */
public record PeriodDefinition(int year, String title, int referenceMonth, int referenceYear,
                               LocalDateTime nominationOpensAt, LocalDateTime nominationClosesAt,
                               int nomineesPerOpd, int awardeeCount, int finalistCount,
                               BigDecimal kinerjaThreshold, KinerjaMeasure kinerjaMeasure,
                               Predikat lowestPredikat, BigDecimal disiplinThreshold,
                               int instrumentWeight, int panelWeight, boolean additional,
                               EligibilityRules eligibility, PeriodTimeline timeline) {

    /** A definition with the default timeline (each stage a fixed number of days after the window closes). */
    public PeriodDefinition(int year, String title, int referenceMonth, int referenceYear,
                            LocalDateTime nominationOpensAt, LocalDateTime nominationClosesAt,
                            int nomineesPerOpd, int awardeeCount, int finalistCount,
                            BigDecimal kinerjaThreshold, KinerjaMeasure kinerjaMeasure, Predikat lowestPredikat,
                            BigDecimal disiplinThreshold, int instrumentWeight, int panelWeight, boolean additional,
                            EligibilityRules eligibility) {
        this(year, title, referenceMonth, referenceYear, nominationOpensAt, nominationClosesAt, nomineesPerOpd,
                awardeeCount, finalistCount, kinerjaThreshold, kinerjaMeasure, lowestPredikat, disiplinThreshold,
                instrumentWeight, panelWeight, additional, eligibility, PeriodTimeline.defaultsAfter(nominationClosesAt));
    }

    /** A definition with the default eligibility rules. */
    public PeriodDefinition(int year, String title, int referenceMonth, int referenceYear,
                            LocalDateTime nominationOpensAt, LocalDateTime nominationClosesAt,
                            int nomineesPerOpd, int awardeeCount, int finalistCount,
                            BigDecimal kinerjaThreshold, KinerjaMeasure kinerjaMeasure, Predikat lowestPredikat,
                            BigDecimal disiplinThreshold, int instrumentWeight, int panelWeight, boolean additional) {
        this(year, title, referenceMonth, referenceYear, nominationOpensAt, nominationClosesAt, nomineesPerOpd,
                awardeeCount, finalistCount, kinerjaThreshold, kinerjaMeasure, lowestPredikat, disiplinThreshold,
                instrumentWeight, panelWeight, additional, new EligibilityRules());
    }
}
