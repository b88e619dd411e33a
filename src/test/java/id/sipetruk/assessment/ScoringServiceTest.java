package id.sipetruk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.period.Rubric;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringServiceTest {

    private final ScoringService scoring = new ScoringService();

    private Assessment assessment(String eKinerja, String attendance, int innovation, BehaviourResult behaviour, Integer teamWork) {
        Assessment assessment = new Assessment(null);
        assessment.fill(new BigDecimal(eKinerja), new BigDecimal(attendance), "Inovasi", "Uraian", innovation, behaviour, "admin");
        if (teamWork != null) {
            assessment.signOff(teamWork, "kepala");
        }
        return assessment;
    }

    @Test
    void theSeedExampleScores70() {
        Assessment seed = assessment("84", "94", 40, BehaviourResult.AS_EXPECTED, 20);
        scoring.score(seed, new Rubric());
        assertThat(seed.getKinerjaScore()).isZero();
        assertThat(seed.getDisiplinScore()).isZero();
        assertThat(seed.getPerilakuScore()).isEqualTo(10);
        assertThat(seed.getTotalScore()).isEqualTo(70);
    }

    @Test
    void thresholdsAreReachedAtTheirValue_andComeFromThePeriodsRubric() {
        Assessment atThreshold = assessment("85", "95", 10, BehaviourResult.ABOVE_EXPECTATION, 15);
        scoring.score(atThreshold, new Rubric());
        assertThat(atThreshold.getKinerjaScore()).isEqualTo(10);
        assertThat(atThreshold.getDisiplinScore()).isEqualTo(10);
        assertThat(atThreshold.getTotalScore()).isEqualTo(10 + 10 + 10 + 20 + 15);

        // the old form's criterion "> 80": a period may set 80
        Assessment seed = assessment("84", "94", 40, BehaviourResult.BELOW_EXPECTATION, 10);
        scoring.score(seed, new Rubric(new BigDecimal("80"), new BigDecimal("90"), 50, 50));
        assertThat(seed.getKinerjaScore()).isEqualTo(10);
        assertThat(seed.getDisiplinScore()).isEqualTo(10);
        assertThat(seed.getPerilakuScore()).isZero();
        assertThat(seed.getTotalScore()).isEqualTo(70);
    }

    @Test
    void beforeTheHeadRatesTeamWork_itCountsZero() {
        Assessment unsigned = assessment("90", "99", 30, BehaviourResult.AS_EXPECTED, null);
        scoring.score(unsigned, new Rubric());
        assertThat(unsigned.getTotalScore()).isEqualTo(10 + 10 + 30 + 10);
    }
}
