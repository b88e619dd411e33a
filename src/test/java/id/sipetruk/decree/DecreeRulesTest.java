package id.sipetruk.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.AwardPeriodStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stage 6, the decree (docs/scoring-and-ranking.md "Awardees", docs/process.md "Status changes"): BKPSDM's proposal
 * (finalists only, each once, within the quota, at the decree stage), the Bupati's approval or send-back with a
 * reason, the number given once when the decree is issued, and the ceremony not before the decree. DecreeService
 * against the real database; a refusal stores no decree.
 */
@SpringBootTest
class DecreeRulesTest {

    @Autowired DecreeService decrees;
    @Autowired DecreeRepository decreeRows;
    @Autowired AwardPeriodRepository periods;
    @Autowired PeriodBuilder build;

    private final String suffix = Long.toString(System.nanoTime(), 36);

    /** A period of {@code year} at the decree stage, with one finalist, and the decree proposed for it. */
    private Decree proposedDecree(int year, int index) {
        Opd opd = build.inactiveOpd("tdr" + suffix + index, "Dinas Uji Keputusan " + suffix + " " + index);
        AwardPeriod period = build.period("TDR-" + suffix + "-" + index).year(year).title("Uji keputusan " + index)
                .quotas(1, 1, 1).createdBy("bkpsdm.test").at(AwardPeriodStatus.DECREE).save();
        Nomination finalist = build.nominee(period, "TDR-" + suffix + "-" + index + "-1").name("Pegawai Uji " + index)
                .in(opd).finalist(1, "80.00", "80.00").save();
        return decrees.propose(period.getId(), List.of(finalist.getCode()), "bkpsdm.test");
    }

    /** A period at the decree stage (2 awardees) with three ranked finalists and one nominee not shortlisted. */
    private record Ranked(AwardPeriod period, Nomination first, Nomination second, Nomination third, Nomination out) {
    }

    private Ranked ranked() {
        AwardPeriod period = build.period("TDR-" + suffix).quotas(1, 2, 3).at(AwardPeriodStatus.DECREE).save();
        Nomination first = finalist(period, 1);
        Nomination second = finalist(period, 2);
        Nomination third = finalist(period, 3);
        Nomination out = build.nominee(period, "TDR-" + suffix + "-4").in(opd(4)).assessed()
                .status(NominationStatus.NOT_SHORTLISTED).save();
        return new Ranked(period, first, second, third, out);
    }

    private Nomination finalist(AwardPeriod period, int rank) {
        return build.nominee(period, "TDR-" + suffix + "-" + rank).in(opd(rank)).assessed()
                .finalist(rank, String.valueOf(90 - rank), String.valueOf(80 - rank)).save();
    }

    private Opd opd(int number) {
        return build.inactiveOpd("tdr" + suffix + "o" + number, "Dinas Uji Usulan " + suffix + " " + number);
    }

    private void assertProposalRefused(AwardPeriod period, List<String> codes, String messageKey, Object... args) {
        assertThatThrownBy(() -> decrees.propose(period.getId(), codes, "bkpsdm.test"))
                .isInstanceOf(ValidationException.class).hasMessage(Messages.get(messageKey, args));
        assertThat(decreeRows.findByPeriodIdOrderByVersion(period.getId())).as("no decree stored").isEmpty();
    }

    @Test
    void theProposal_listsTheAwardeesInFinalRankOrder_withTheirTitles_whateverOrderTheyWereTicked() {
        Ranked r = ranked();
        Decree decree = decrees.propose(r.period().getId(), List.of(r.third().getCode(), r.first().getCode()),
                "bkpsdm.test");
        assertThat(decrees.get(decree.getId()).getAwardees())
                .extracting(a -> a.getNomination().getCode(), DecreeAwardee::getRankOrder, DecreeAwardee::getAwardTitle)
                .containsExactly(tuple(r.first().getCode(), 1, Messages.get("award.title", 1)),
                        tuple(r.third().getCode(), 2, Messages.get("award.title", 2)));
        assertThat(decree.getVersion()).isEqualTo(1);
        assertThat(decree.getProposedBy()).isEqualTo("bkpsdm.test");
        assertThat(decrees.defaultProposal(r.period().getId())).as("offered again: the last proposal")
                .containsExactly(r.first().getCode(), r.third().getCode());
    }

    @Test
    void aProposalOverTheQuota_empty_ofANonFinalist_orNamingSomebodyTwice_isRefused() {
        Ranked r = ranked();
        assertThat(decrees.defaultProposal(r.period().getId())).as("offered: the best within the quota")
                .containsExactly(r.first().getCode(), r.second().getCode());
        assertProposalRefused(r.period(), List.of(r.first().getCode(), r.second().getCode(), r.third().getCode()),
                "decree.quota", 3, 2);
        assertProposalRefused(r.period(), List.of(), "decree.none");
        assertProposalRefused(r.period(), List.of(r.out().getCode()), "decree.notFinalist", r.out().getCode());
        assertProposalRefused(r.period(), List.of(r.second().getCode(), r.second().getCode()), "decree.duplicate",
                r.second().getCode());
    }

    @Test
    void aProposalBeforeTheDecreeStage_isRefusedWith409() {
        AwardPeriod period = build.period("TDR-" + suffix).at(AwardPeriodStatus.PANEL_ASSESSMENT).save();
        Nomination finalist = finalist(period, 1);
        assertThatThrownBy(() -> decrees.propose(period.getId(), List.of(finalist.getCode()), "bkpsdm.test"))
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("period.wrongStatus", period.getCode(), AwardPeriodStatus.PANEL_ASSESSMENT.label(),
                        AwardPeriodStatus.DECREE.label()))
                .satisfies(e -> assertThat(((ValidationException) e).status()).isEqualTo(409));
    }

    @Test
    void theBupatiSendsBackOnlyWithAReason_andANewProposalIsTheNextVersion() {
        Ranked r = ranked();
        Decree first = decrees.propose(r.period().getId(), List.of(r.first().getCode(), r.second().getCode()),
                "bkpsdm.test");
        for (String blank : new String[] {null, " "}) {
            assertThatThrownBy(() -> decrees.sendBack(first.getId(), blank, "bupati.test"))
                    .isInstanceOf(ValidationException.class).hasMessage(Messages.get("decision.reasonRequired"));
        }
        assertThat(decrees.get(first.getId()).getStatus()).isNotEqualTo(DecreeStatus.SENT_BACK);
        decrees.sendBack(first.getId(), "Cukup satu penerima.", "bupati.test");
        assertThat(decrees.get(first.getId()).getStatus()).isEqualTo(DecreeStatus.SENT_BACK);
        assertThat(decrees.get(first.getId()).getSendBackReason()).isEqualTo("Cukup satu penerima.");

        Decree second = decrees.propose(r.period().getId(), List.of(r.first().getCode()), "bkpsdm.test");
        assertThat(second.getVersion()).isEqualTo(2);
        decrees.approve(second.getId(), "bupati.test");
        assertThat(decrees.get(second.getId()).getStatus()).isEqualTo(DecreeStatus.APPROVED);
        assertThat(decrees.get(second.getId()).getDecidedBy()).isEqualTo("bupati.test");
        assertThat(periods.findById(r.period().getId()).orElseThrow().getStatus()).isEqualTo(AwardPeriodStatus.CEREMONY);
        assertThatThrownBy(() -> decrees.approve(first.getId(), "bupati.test")).as("a sent-back version stays decided")
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("decree.notDraft", 1));
    }

    @Test
    void theNumberIsGivenWhenTheDecreeIsIssued_notWhenItIsApproved_andOnlyOnce() {
        Decree decree = proposedDecree(2095, 0);
        Long periodId = decree.getPeriod().getId();
        decrees.approve(decree.getId(), "bupati.test");
        assertThat(decrees.get(decree.getId()).getDecreeNumber()).as("approved, not yet issued").isNull();

        String number = decrees.issue(periodId).getDecreeNumber();
        assertThat(number).matches(".*/\\d{3}/.*/2095");
        assertThat(decrees.issue(periodId).getDecreeNumber()).as("a retried issue keeps the number").isEqualTo(number);
        assertThat(decrees.get(decree.getId()).getDecreeNumber()).isEqualTo(number);
    }

    @Test
    void aPeriodHasOneApprovedDecree_andItsCeremonyIsNotBeforeIt() {
        Decree decree = proposedDecree(2096, 0);
        decrees.approve(decree.getId(), "bupati.test");
        Long periodId = decree.getPeriod().getId();
        assertThatThrownBy(() -> decrees.approve(decree.getId(), "bupati.test"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sudah diputuskan");
        assertThatThrownBy(() -> decrees.propose(periodId, List.of("X"), "bkpsdm.test"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tidak dapat dilakukan sekarang");
        assertThat(decrees.approvedDecree(periodId).getId()).isEqualTo(decree.getId());

        java.time.LocalDate decreed = decrees.get(decree.getId()).getDecidedAt().toLocalDate();
        assertThatThrownBy(() -> decrees.recordCeremony(periodId, decreed.minusDays(1), "Pendopo"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tidak boleh sebelum");
        decrees.recordCeremony(periodId, decreed, "Pendopo");
        assertThat(periods.findById(periodId).orElseThrow().getCeremonyPlace()).isEqualTo("Pendopo");
    }
}
