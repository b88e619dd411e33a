package id.sipetruk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.Rubric;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stage 3, the assessment (docs/scoring-and-ranking.md "The performance instrument"): scores by the period's
 * rubric (ScoringService, no database needed), the choices the rubric allows, the head's sign-off or send-back with
 * its reason, and the nomination's transitions (AssessmentService against the real database).
 */
@SpringBootTest
class AssessmentRulesTest {

    @Autowired AssessmentService service;
    @Autowired AssessmentRepository assessments;
    @Autowired NominationRepository nominations;
    @Autowired NominationDecisionRepository decisions;
    @Autowired PeriodBuilder build;

    private final ScoringService scoring = new ScoringService();

    private Assessment assessment(String eKinerja, String attendance, int innovation, BehaviourResult behaviour, Integer teamWork) {
        Assessment assessment = new Assessment(null);
        assessment.fill(new AssessmentInput(new BigDecimal(eKinerja), new BigDecimal(attendance), "Inovasi", "Uraian",
                innovation, behaviour), "admin");
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

    /** A nomination in ASSESSMENT, in an OPD and a period of its own with this rubric. */
    private Nomination nomination(Rubric rubric) {
        String suffix = Long.toString(System.nanoTime(), 36);
        Opd opd = build.inactiveOpd("tass" + suffix, "Dinas Uji Penilaian " + suffix);
        AwardPeriod period = build.period("TASS-" + suffix).rubric(rubric).at(AwardPeriodStatus.NOMINATION_OPEN).save();
        return build.nominee(period, "TASS-" + suffix + "-1").in(opd).save();
    }

    private static AssessmentInput instrument(String eKinerja, int innovation) {
        return new AssessmentInput(new BigDecimal(eKinerja), new BigDecimal("96"), "Inovasi uji", "Uraian inovasi.",
                innovation, BehaviourResult.ABOVE_EXPECTATION);
    }

    private NominationStatus status(Nomination nomination) {
        return nominations.findById(nomination.getId()).orElseThrow().getStatus();
    }

    @Test
    void theStoredScores_followThePeriodsRubric() {
        Nomination strict = nomination(new Rubric());
        Nomination lenient = nomination(new Rubric(new BigDecimal("80"), new BigDecimal("95"), 60, 40));
        service.fill(strict.getId(), instrument("84", 30), "admin.uji");
        service.fill(lenient.getId(), instrument("84", 30), "admin.uji");
        service.signOff(strict.getId(), 15, "kepala.uji");
        service.signOff(lenient.getId(), 15, "kepala.uji");
        // kinerja 84: below the default 85, above a period's 80
        assertThat(assessments.findByNominationId(strict.getId()).orElseThrow().getTotalScore()).isEqualTo(0 + 10 + 30 + 20 + 15);
        assertThat(assessments.findByNominationId(lenient.getId()).orElseThrow().getTotalScore()).isEqualTo(10 + 10 + 30 + 20 + 15);
    }

    @Test
    void anInnovationScoreOrTeamWorkTheRubricDoesNotOffer_isRefused_andNothingIsStored() {
        Nomination nomination = nomination(new Rubric());
        assertThatThrownBy(() -> service.fill(nomination.getId(), instrument("90", 35), "admin.uji"))
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("assessment.innovationScore", 35, "10, 20, 30, 40"));
        assertThat(assessments.findByNominationId(nomination.getId())).isEmpty();
        assertThat(status(nomination)).isEqualTo(NominationStatus.ASSESSMENT);

        service.fill(nomination.getId(), instrument("90", 40), "admin.uji");
        assertThatThrownBy(() -> service.signOff(nomination.getId(), 12, "kepala.uji"))
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("assessment.teamWork", 12, "10, 15, 20"));
        assertThat(status(nomination)).isEqualTo(NominationStatus.HEAD_REVIEW);
        assertThat(assessments.findByNominationId(nomination.getId()).orElseThrow().getTeamWorkScore()).isNull();
    }

    @Test
    void theHeadCannotSignOffAnUnfilledInstrument() {
        Nomination nomination = nomination(new Rubric());
        assertThatThrownBy(() -> service.signOff(nomination.getId(), 20, "kepala.uji"))
                .isInstanceOf(ValidationException.class).hasMessage(Messages.get("assessment.notFilled"));
        assertThat(status(nomination)).isEqualTo(NominationStatus.ASSESSMENT);
    }

    @Test
    void aSendBackNeedsAReason_andKeepsTheInput() {
        Nomination nomination = nomination(new Rubric());
        service.fill(nomination.getId(), instrument("90", 40), "admin.uji");
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> service.sendBack(nomination.getId(), blank, "kepala.uji"))
                    .isInstanceOf(ValidationException.class).hasMessage(Messages.get("decision.reasonRequired"));
        }
        assertThat(status(nomination)).isEqualTo(NominationStatus.HEAD_REVIEW);
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId())).isEmpty();

        service.sendBack(nomination.getId(), "Lampirkan bukti inovasi.", "kepala.uji");
        assertThat(status(nomination)).isEqualTo(NominationStatus.RETURNED_BY_HEAD);
        assertThat(assessments.findByNominationId(nomination.getId()).orElseThrow().getInnovationScore())
                .as("the admin's input is kept for the correction").isEqualTo(40);
    }

    @Test
    void theInstrumentMovesTheNomination_fillToReview_signOffToVerification_andRecordsTheHeadsDecisions() {
        Nomination nomination = nomination(new Rubric());
        service.fill(nomination.getId(), instrument("90", 40), "admin.uji");
        assertThat(status(nomination)).isEqualTo(NominationStatus.HEAD_REVIEW);
        service.sendBack(nomination.getId(), "Nilai salah bulan.", "kepala.uji");
        service.fill(nomination.getId(), instrument("91", 40), "admin.uji");
        assertThat(status(nomination)).as("corrected: back to the head").isEqualTo(NominationStatus.HEAD_REVIEW);
        service.signOff(nomination.getId(), 20, "kepala.uji");
        assertThat(status(nomination)).isEqualTo(NominationStatus.VERIFICATION);
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId()))
                .extracting(NominationDecision::getStage, NominationDecision::getOutcome, NominationDecision::getReason)
                .containsExactly(
                        tuple(NominationDecision.Stage.HEAD_REVIEW, NominationDecision.Outcome.SENT_BACK, "Nilai salah bulan."),
                        tuple(NominationDecision.Stage.HEAD_REVIEW, NominationDecision.Outcome.APPROVED, null));

        // signed off: the OPD can no longer change the instrument (409)
        assertThatThrownBy(() -> service.fill(nomination.getId(), instrument("70", 10), "admin.uji"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).status()).isEqualTo(409));
        assertThat(assessments.findByNominationId(nomination.getId()).orElseThrow().getEKinerjaValue())
                .isEqualByComparingTo("91");
    }
}
