package id.sipetruk.nomination;

import id.sipetruk.common.Messages;
import id.sipetruk.period.EligibilityRule;

/**
 * One eligibility rule checked for one employee.
 *
 * @param requirement the rule with the period's value: "masa kerja minimal 4 tahun"
 * @param finding     what the data says: "tercatat 2 tahun 3 bulan"
 * @param source      where that comes from: "SIASN TMT CPNS", "NIP", "impor disiplin 2 Desember 2026",
 *                    "SK Bupati 800/12/2025"
 */
public record RuleResult(EligibilityRule rule, String requirement, RuleOutcome outcome, String finding,
                         String source) {

    /** "Memenuhi — masa kerja minimal 4 tahun: tercatat 21 tahun 3 bulan (sumber: SIASN TMT CPNS)". */
    public String line() {
        return Messages.get("eligibility.line", Messages.label(outcome), requirement, finding, source);
    }
}
