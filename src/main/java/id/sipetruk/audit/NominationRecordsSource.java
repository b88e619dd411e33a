package id.sipetruk.audit;

import id.sipetruk.assessment.AssessmentOverride;
import id.sipetruk.assessment.AssessmentOverrideRepository;
import id.sipetruk.assessment.EvidenceRepository;
import id.sipetruk.assessment.EvidenceSummary;
import id.sipetruk.common.FileSizes;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.panel.PanelScore;
import id.sipetruk.panel.PanelScoreRepository;
import id.sipetruk.period.AwardPeriod;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What SI PETRUK's tables record about each nomination: who nominated, decided, scored, uploaded — and why. */
@Component
class NominationRecordsSource implements AuditSource {

    private final NominationDecisionRepository decisions;
    private final PanelScoreRepository panelScores;
    private final EvidenceRepository evidence;
    private final AssessmentOverrideRepository overrides;

    NominationRecordsSource(NominationDecisionRepository decisions, PanelScoreRepository panelScores,
                            EvidenceRepository evidence, AssessmentOverrideRepository overrides) {
        this.decisions = decisions;
        this.panelScores = panelScores;
        this.evidence = evidence;
        this.overrides = overrides;
    }

    @Override
    public List<AuditEntry> entries(AwardPeriod period, List<Nomination> nominations) {
        List<AuditEntry> entries = new ArrayList<>();
        for (Nomination nomination : nominations) {
            entries.add(new AuditEntry(nomination.getNominatedAt(), nomination.getNominatedBy(),
                    "Calon diusulkan", nomination.getCode(), nominee(nomination)));
            decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId())
                    .forEach(decision -> entries.add(decision(decision, nomination.getCode())));
            evidence.findByNominationIdOrderByUploadedAtAscIdAsc(nomination.getId())
                    .forEach(file -> entries.add(upload(file, nomination.getCode())));
            overrides.findByNominationIdOrderByOverriddenAtAscIdAsc(nomination.getId())
                    .forEach(change -> entries.add(override(change, nomination.getCode())));
        }
        panelScores.findByNominationPeriodIdOrderByNominationIdAscPanelMemberAsc(period.getId())
                .forEach(score -> entries.add(panelScore(score)));
        return entries;
    }

    private static String nominee(Nomination nomination) {
        return nomination.getEmployee().getName() + " (NIP " + nomination.getEmployee().formattedNip() + "), "
                + nomination.getOpd().getName();
    }

    private AuditEntry decision(NominationDecision decision, String nominationCode) {
        return new AuditEntry(decision.getDecidedAt(), decision.getDecidedBy(), action(decision),
                nominationCode, decision.getReason());
    }

    static String action(NominationDecision decision) {
        boolean head = decision.getStage() == NominationDecision.Stage.HEAD_REVIEW;
        return switch (decision.getOutcome()) {
            case APPROVED -> "Disetujui Kepala OPD";
            case SENT_BACK -> head ? "Dikembalikan ke Admin OPD" : "Dikembalikan ke OPD";
            case ELIGIBLE -> "Memenuhi syarat";
            case REJECTED -> "Ditolak";
        };
    }

    private static AuditEntry override(AssessmentOverride change, String nominationCode) {
        return new AuditEntry(change.getOverriddenAt(), change.getOverriddenBy(), "Data impor diubah", nominationCode,
                "%s: %s (%s) menjadi %s. Alasan: %s".formatted(change.getField(), change.getImportedValue(),
                        change.getSource(), change.getEnteredValue(), change.getReason()));
    }

    private AuditEntry panelScore(PanelScore score) {
        String code = score.getNomination().getCode();
        LocalDateTime at = score.getSubmittedAt();
        if (score.isAbstained()) {
            return new AuditEntry(at, score.getPanelMember(), "Abstain (konflik kepentingan)", code,
                    score.getAbstentionReason());
        }
        return new AuditEntry(at, score.getPanelMember(), "Nilai panel", code,
                "Presentasi " + score.getPresentationScore() + ", wawancara " + score.getInterviewScore());
    }

    /** Evidence times are recorded on the regency's clock already. */
    private static AuditEntry upload(EvidenceSummary file, String nominationCode) {
        return new AuditEntry(file.getUploadedAt(), file.getUploadedBy(), "Data dukung diunggah", nominationCode,
                file.getFileName() + " (" + FileSizes.format(file.getSizeBytes()) + ")");
    }
}
