package id.sipetruk.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.common.ValidationException;
import id.sipetruk.panel.RankingRule.Candidate;
import id.sipetruk.period.Rubric;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingRuleTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Test
    void finalScoreWeighsInstrumentAndPanelByThePeriodsWeights() {
        RankingRule rule = new RankingRule(new Rubric());
        assertThat(rule.finalScore(new Candidate(1L, 70, 40, new BigDecimal("85"), MONDAY))).isEqualByComparingTo("76.00");
        RankingRule panelOnly = new RankingRule(new Rubric(new BigDecimal("85"), new BigDecimal("95"), 0, 100));
        assertThat(panelOnly.finalScore(new Candidate(1L, 70, 40, new BigDecimal("85"), MONDAY))).isEqualByComparingTo("85.00");
    }

    @Test
    void tiesAreBrokenByPanelScoreThenInstrumentThenInnovationThenEarliestNomination() {
        RankingRule rule = new RankingRule(new Rubric(new BigDecimal("85"), new BigDecimal("95"), 50, 50));
        Candidate higherPanel = new Candidate(1L, 70, 10, new BigDecimal("90"), MONDAY.plusDays(3));
        Candidate higherInstrument = new Candidate(2L, 90, 10, new BigDecimal("70"), MONDAY);
        Candidate sameButMoreInnovative = new Candidate(3L, 90, 40, new BigDecimal("70"), MONDAY.plusDays(1));
        Candidate earlier = new Candidate(4L, 80, 20, new BigDecimal("80"), MONDAY);
        Candidate later = new Candidate(5L, 80, 20, new BigDecimal("80"), MONDAY.plusDays(2));
        // all final scores are 80
        List<Candidate> ranked = List.of(later, sameButMoreInnovative, earlier, higherInstrument, higherPanel)
                .stream().sorted(rule.order()).toList();
        assertThat(ranked).extracting(Candidate::nominationId).containsExactly(1L, 4L, 5L, 3L, 2L);
    }

    @Test
    void panelMeanExcludesAbstentions_andIsZeroWhenEverybodyAbstained() {
        assertThat(RankingRule.panelMean(List.of(
                PanelScore.scored(null, "a", 80, 70), PanelScore.scored(null, "b", 90, 100),
                PanelScore.abstention(null, "c", "konflik")))).isEqualByComparingTo("85.00");
        assertThat(RankingRule.panelMean(List.of(PanelScore.abstention(null, "c", "konflik")))).isEqualByComparingTo("0");
    }

    @Test
    void weightsMustAddUpTo100() {
        assertThatThrownBy(() -> new Rubric(new BigDecimal("85"), new BigDecimal("95"), 60, 50))
                .isInstanceOf(ValidationException.class).hasMessageContaining("harus berjumlah 100");
    }
}
