package id.sipetruk.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.assessment.AssessmentInput;
import id.sipetruk.assessment.BehaviourResult;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Opd;
import id.sipetruk.panel.RankingRule.Candidate;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.Rubric;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stage 5, the external panel (docs/scoring-and-ranking.md "Shortlist", "External panel", "Final score and rank"):
 * the ranking rule itself (RankingRule, no database needed), and through PanelService against the real database the
 * shortlist's cut-off, a member's score or abstention, and the aggregation into panel score, final score and rank.
 * The range 0-100 of a score is checked where a person enters it (ScoreFinalistForm; over REST in
 * BadInputRestTest): PanelService itself does not check it.
 */
@SpringBootTest
class PanelRulesTest {

    @Autowired PanelService service;
    @Autowired PanelScoreRepository scores;
    @Autowired NominationRepository nominations;
    @Autowired AwardPeriodRepository periods;
    @Autowired PeriodBuilder build;

    private final String suffix = Long.toString(System.nanoTime(), 36);

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

    /** Instrument total 85, innovation 30. */
    private static final AssessmentInput STRONG = new AssessmentInput(new BigDecimal("90"), new BigDecimal("97"),
            "Inovasi uji", "Uraian.", 30, BehaviourResult.ABOVE_EXPECTATION);
    /** Instrument total 70 with Team Work 20, innovation 30 (the seed's 70 has innovation 40). */
    private static final AssessmentInput LESS_INNOVATIVE = new AssessmentInput(new BigDecimal("90"), new BigDecimal("94"),
            "Inovasi uji", "Uraian.", 30, BehaviourResult.AS_EXPECTED);

    private Opd opd(String number) {
        return build.inactiveOpd("tpan" + suffix + number, "Dinas Uji Panel " + suffix + " " + number);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private Nomination reloaded(Nomination nomination) {
        return nominations.findById(nomination.getId()).orElseThrow();
    }

    @Test
    void theShortlist_takesTheBestInstrumentTotals_upToTheFinalistCount_tiesByInnovationThenTheEarlierNomination() {
        AwardPeriod period = build.period("TPAN-" + suffix).quotas(2, 2, 2).at(AwardPeriodStatus.NOMINATION_OPEN).save();
        Opd opd = opd("1");
        Nomination earlier = build.nominee(period, "TPAN-" + suffix + "-1").in(opd).assessed()
                .status(NominationStatus.ELIGIBLE).save();
        Nomination lessInnovative = build.nominee(period, "TPAN-" + suffix + "-2").in(opd).assessed(LESS_INNOVATIVE, 20)
                .status(NominationStatus.ELIGIBLE).save();
        Nomination best = build.nominee(period, "TPAN-" + suffix + "-3").in(opd("2")).assessed(STRONG, 15)
                .status(NominationStatus.ELIGIBLE).save();
        Nomination later = build.nominee(period, "TPAN-" + suffix + "-4").in(opd("3")).assessed()
                .status(NominationStatus.ELIGIBLE).save();
        Nomination rejected = build.nominee(period, "TPAN-" + suffix + "-5").in(opd("4")).assessed(STRONG, 20)
                .status(NominationStatus.REJECTED).save();
        assertThat(later.getNominatedAt()).isAfter(earlier.getNominatedAt());

        assertThat(service.shortlist(period.getId())).containsExactly(best.getId(), earlier.getId());

        assertThat(List.of(best, earlier, later, lessInnovative, rejected)).extracting(this::reloaded)
                .extracting(Nomination::getInstrumentRank, Nomination::getStatus)
                .containsExactly(tuple(1, NominationStatus.FINALIST), tuple(2, NominationStatus.FINALIST),
                        tuple(3, NominationStatus.NOT_SHORTLISTED), tuple(4, NominationStatus.NOT_SHORTLISTED),
                        tuple(null, NominationStatus.REJECTED));
        assertThat(periods.findById(period.getId()).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.PANEL_ASSESSMENT);
    }

    @Test
    void nobodyEligible_noFinalists_andThePeriodWaitsToBeClosedWithoutAward() {
        AwardPeriod period = build.period("TPAN-" + suffix).at(AwardPeriodStatus.NOMINATION_OPEN).save();
        build.nominee(period, "TPAN-" + suffix + "-1").in(opd("1")).assessed().status(NominationStatus.REJECTED).save();
        assertThat(service.shortlist(period.getId())).isEmpty();
        assertThat(periods.findById(period.getId()).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.NOMINATION_CLOSED);
    }

    @Test
    void anAbstentionNeedsAReason_andOnlyAFinalistIsScored() {
        AwardPeriod period = build.period("TPAN-" + suffix).at(AwardPeriodStatus.PANEL_ASSESSMENT).save();
        Nomination finalist = build.nominee(period, "TPAN-" + suffix + "-1").in(opd("1")).assessed()
                .status(NominationStatus.FINALIST).save();
        Nomination notShortlisted = build.nominee(period, "TPAN-" + suffix + "-2").in(opd("2")).assessed()
                .status(NominationStatus.NOT_SHORTLISTED).save();
        for (String blank : new String[] {null, " "}) {
            assertThatThrownBy(() -> service.recordScore(finalist.getId(), "tpanel1", true, blank, null, null))
                    .isInstanceOf(ValidationException.class).hasMessage(Messages.get("panel.reasonRequired"));
        }
        assertThatThrownBy(() -> service.recordScore(notShortlisted.getId(), "tpanel1", false, null, 80, 80))
                .isInstanceOf(ValidationException.class).hasMessage(Messages.get("panel.notFinalist"));
        assertThat(scores.findByNominationId(finalist.getId())).isEmpty();
        assertThat(scores.findByNominationId(notShortlisted.getId())).isEmpty();

        service.recordScore(finalist.getId(), "tpanel1", true, "Calon adalah saudara saya.", null, null);
        service.recordScore(finalist.getId(), "tpanel1", false, null, 70, 90);
        assertThat(scores.findByNominationId(finalist.getId())).as("a member's new entry replaces his earlier one")
                .singleElement().satisfies(s -> {
                    assertThat(s.isAbstained()).isFalse();
                    assertThat(s.getPresentationScore()).isEqualTo(70);
                    assertThat(s.getInterviewScore()).isEqualTo(90);
                });
    }

    @Test
    void scoresOutside0To100_areRefusedByTheService_whoeverCalls() {
        AwardPeriod period = build.period("TPRG-" + suffix).at(AwardPeriodStatus.PANEL_ASSESSMENT).save();
        Nomination finalist = build.nominee(period, "TPRG-" + suffix + "-1").in(opd("1")).assessed()
                .status(NominationStatus.FINALIST).save();
        assertThatThrownBy(() -> service.recordScore(finalist.getId(), "tpanel1", false, null, 101, 80))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Kolom \"Nilai presentasi\" harus bernilai antara 0 dan 100.");
        assertThatThrownBy(() -> service.recordScore(finalist.getId(), "tpanel1", false, null, 80, -1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Kolom \"Nilai wawancara\" harus bernilai antara 0 dan 100.");
        assertThat(scores.findByNominationId(finalist.getId())).isEmpty();
        service.recordScore(finalist.getId(), "tpanel1", false, null, 0, 100);
        assertThat(scores.findByNominationId(finalist.getId())).singleElement()
                .satisfies(s -> assertThat(s.memberScore()).isEqualByComparingTo("50.00"));
    }

    @Test
    void aggregation_meanOfTheMembersWhoScored_finalScoreByTheWeights_rankWithTheTieBreak() {
        AwardPeriod period = build.period("TPAN-" + suffix).at(AwardPeriodStatus.PANEL_ASSESSMENT).save();
        Nomination seventy = build.nominee(period, "TPAN-" + suffix + "-1").in(opd("1")).assessed()
                .status(NominationStatus.FINALIST).save();
        Nomination eighty = build.nominee(period, "TPAN-" + suffix + "-2").in(opd("2"))
                .assessed(new AssessmentInput(new BigDecimal("90"), new BigDecimal("97"), "Inovasi uji", "Uraian.", 30,
                        BehaviourResult.AS_EXPECTED), 20).status(NominationStatus.FINALIST).save();
        Nomination abstained = build.nominee(period, "TPAN-" + suffix + "-3").in(opd("3")).assessed()
                .status(NominationStatus.FINALIST).save();
        service.recordScore(seventy.getId(), "tpanel1", false, null, 80, 90);
        service.recordScore(seventy.getId(), "tpanel2", false, null, 85, 85);
        service.recordScore(eighty.getId(), "tpanel1", false, null, 70, 70);
        service.recordScore(eighty.getId(), "tpanel2", false, null, 60, 80);
        service.recordScore(abstained.getId(), "tpanel1", false, null, 80, 90);
        service.recordScore(abstained.getId(), "tpanel2", false, null, 70, 70);
        service.recordScore(abstained.getId(), "tpanel3", true, "Atasan langsung saya.", null, null);

        service.aggregate(period.getId());

        // 70 × 60 % + 85 × 40 % = 76 and 80 × 60 % + 70 × 40 % = 76: the higher panel score first; (85 + 70) / 2 = 77.5
        // without the abstention, 70 × 60 % + 77.5 × 40 % = 73
        assertThat(List.of(seventy, eighty, abstained)).extracting(this::reloaded)
                .extracting(n -> plain(n.getPanelScore()), n -> plain(n.getFinalScore()), Nomination::getFinalRank)
                .containsExactly(tuple("85", "76", 1), tuple("70", "76", 2), tuple("77.5", "73", 3));
        assertThat(periods.findById(period.getId()).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.DECREE);
    }
}
