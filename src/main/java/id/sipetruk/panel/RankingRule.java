package id.sipetruk.panel;

import id.sipetruk.period.Rubric;
import id.sipetruk.period.TieBreak;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The final ranking rule of a period (docs/scoring-and-ranking.md):
 * final score = instrument total × instrument weight % + panel score × panel weight %,
 * ties broken in the period's tie-break order. All of it comes from the period's rubric.
 */
public final class RankingRule {

    /** What the rule needs to know of one finalist. */
    public record Candidate(Long nominationId, int instrumentTotal, int innovationScore, BigDecimal panelScore,
                            LocalDateTime nominatedAt) {
    }

    private final Rubric rubric;

    public RankingRule(Rubric rubric) {
        this.rubric = rubric;
    }

    public BigDecimal finalScore(Candidate candidate) {
        BigDecimal instrument = BigDecimal.valueOf(candidate.instrumentTotal()).multiply(BigDecimal.valueOf(rubric.getInstrumentWeight()));
        BigDecimal panel = candidate.panelScore().multiply(BigDecimal.valueOf(rubric.getPanelWeight()));
        return instrument.add(panel).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** Best first. */
    public Comparator<Candidate> order() {
        Comparator<Candidate> order = Comparator.comparing(this::finalScore).reversed();
        for (TieBreak tieBreak : rubric.tieBreakOrder()) {
            order = order.thenComparing(switch (tieBreak) {
                case PANEL_SCORE -> Comparator.comparing(Candidate::panelScore).reversed();
                case INSTRUMENT_SCORE -> Comparator.comparingInt(Candidate::instrumentTotal).reversed();
                case INNOVATION_SCORE -> Comparator.comparingInt(Candidate::innovationScore).reversed();
                case EARLIEST_NOMINATION -> Comparator.comparing(Candidate::nominatedAt);
            });
        }
        return order.thenComparing(Candidate::nominationId);
    }

    /** Mean of the members who scored ({@link PanelScore#memberScore}), two decimals; 0 when nobody scored. */
    public static BigDecimal panelMean(List<PanelScore> scores) {
        List<BigDecimal> counted = scores.stream().map(PanelScore::memberScore).filter(Objects::nonNull).toList();
        if (counted.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
    }
}
