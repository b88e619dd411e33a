package id.sipetruk.verification;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stage 4, BKPSDM's internal verification: a signed-off nomination is found eligible, sent back to the OPD or
 * rejected; sending back and rejecting need a reason; only a nomination awaiting verification can be decided.
 * VerificationService against the real database.
 */
@SpringBootTest
class VerificationRulesTest {

    @Autowired VerificationService service;
    @Autowired NominationRepository nominations;
    @Autowired NominationDecisionRepository decisions;
    @Autowired PeriodBuilder build;

    /** Nominated, filled and signed off: awaiting verification. */
    private Nomination awaitingVerification() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Opd opd = build.inactiveOpd("tvf" + suffix, "Dinas Uji Verifikasi Internal " + suffix);
        AwardPeriod period = build.period("TVF-" + suffix).at(AwardPeriodStatus.NOMINATION_OPEN).save();
        Nomination nomination = build.nominee(period, "TVF-" + suffix + "-1").in(opd).assessed().save();
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.VERIFICATION);
        return nomination;
    }

    private Nomination reloaded(Nomination nomination) {
        return nominations.findById(nomination.getId()).orElseThrow();
    }

    @Test
    void eligible_needsNoReason_andIsRecordedWithTheVerifier() {
        Nomination nomination = awaitingVerification();
        service.decide(nomination.getId(), VerificationOutcome.ELIGIBLE, null, "verifikator.uji");
        assertThat(reloaded(nomination).getStatus()).isEqualTo(NominationStatus.ELIGIBLE);
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId()))
                .filteredOn(d -> d.getStage() == NominationDecision.Stage.VERIFICATION)
                .extracting(NominationDecision::getOutcome, NominationDecision::getDecidedBy)
                .containsExactly(tuple(NominationDecision.Outcome.ELIGIBLE, "verifikator.uji"));
    }

    @Test
    void sendingBackOrRejecting_withoutAReason_isRefused_andNothingChanges() {
        Nomination nomination = awaitingVerification();
        for (VerificationOutcome outcome : new VerificationOutcome[] {VerificationOutcome.SEND_BACK, VerificationOutcome.REJECTED}) {
            for (String blank : new String[] {null, " "}) {
                assertThatThrownBy(() -> service.decide(nomination.getId(), outcome, blank, "verifikator.uji"))
                        .isInstanceOf(ValidationException.class).hasMessage(Messages.get("decision.reasonRequired"));
            }
        }
        assertThat(reloaded(nomination).getStatus()).isEqualTo(NominationStatus.VERIFICATION);
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId()))
                .noneMatch(d -> d.getStage() == NominationDecision.Stage.VERIFICATION);
    }

    @Test
    void sendBack_returnsTheNominationToTheOpd_withTheReason() {
        Nomination nomination = awaitingVerification();
        service.decide(nomination.getId(), VerificationOutcome.SEND_BACK, "Bukti inovasi belum dilampirkan.",
                "verifikator.uji");
        assertThat(reloaded(nomination).getStatus()).isEqualTo(NominationStatus.RETURNED_BY_BKPSDM);
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId()))
                .filteredOn(d -> d.getStage() == NominationDecision.Stage.VERIFICATION)
                .extracting(NominationDecision::getOutcome, NominationDecision::getReason)
                .containsExactly(tuple(NominationDecision.Outcome.SENT_BACK, "Bukti inovasi belum dilampirkan."));
    }

    @Test
    void rejection_endsTheNomination_withTheReasonAsItsFinalNote() {
        Nomination nomination = awaitingVerification();
        service.decide(nomination.getId(), VerificationOutcome.REJECTED, "Sedang menjalani hukuman disiplin.",
                "verifikator.uji");
        Nomination rejected = reloaded(nomination);
        assertThat(rejected.getStatus()).isEqualTo(NominationStatus.REJECTED);
        assertThat(rejected.getFinalNote()).isEqualTo("Sedang menjalani hukuman disiplin.");
    }

    @Test
    void onlyANominationAwaitingVerification_canBeDecided_otherwise409() {
        Nomination nomination = awaitingVerification();
        service.decide(nomination.getId(), VerificationOutcome.ELIGIBLE, null, "verifikator.uji");
        assertThatThrownBy(() -> service.decide(nomination.getId(), VerificationOutcome.REJECTED, "Terlambat.",
                "verifikator.uji"))
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("nomination.wrongStatus", nomination.getCode(),
                        NominationStatus.ELIGIBLE.label(), NominationStatus.REJECTED.label()))
                .satisfies(e -> assertThat(((ValidationException) e).status()).isEqualTo(409));
        assertThat(reloaded(nomination).getStatus()).isEqualTo(NominationStatus.ELIGIBLE);
        assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId()))
                .filteredOn(d -> d.getStage() == NominationDecision.Stage.VERIFICATION).hasSize(1);
    }
}
