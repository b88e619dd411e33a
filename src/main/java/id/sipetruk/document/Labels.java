package id.sipetruk.document;

import id.sipetruk.assessment.BehaviourResult;
import id.sipetruk.decree.DecreeStatus;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.OpdParticipation;

/** Indonesian names of the statuses and results that documents and pages print. */
public final class Labels {

    private Labels() {
    }

    public static String behaviour(BehaviourResult result) {
        if (result == null) {
            return "-";
        }
        return switch (result) {
            case ABOVE_EXPECTATION -> "Di atas ekspektasi";
            case AS_EXPECTED -> "Sesuai ekspektasi";
            case BELOW_EXPECTATION -> "Di bawah ekspektasi";
            default -> result.name();
        };
    }

    public static String nomination(NominationStatus status) {
        return status == null ? "-" : status.label();
    }

    public static String period(AwardPeriodStatus status) {
        return status == null ? "-" : status.label();
    }

    public static String participation(OpdParticipation.Status status) {
        if (status == null) {
            return "-";
        }
        return switch (status) {
            case AWAITING_NOMINATION -> "Belum mengusulkan";
            case NOMINATED -> "Sudah mengusulkan";
            case NO_NOMINATION -> "Tidak mengusulkan";
            default -> status.name();
        };
    }

    public static String stage(NominationDecision.Stage stage) {
        if (stage == null) {
            return "-";
        }
        return switch (stage) {
            case HEAD_REVIEW -> "Persetujuan Kepala OPD";
            case VERIFICATION -> "Verifikasi internal BKPSDM";
            default -> stage.name();
        };
    }

    public static String outcome(NominationDecision.Outcome outcome) {
        if (outcome == null) {
            return "-";
        }
        return switch (outcome) {
            case APPROVED -> "Disetujui";
            case SENT_BACK -> "Dikembalikan untuk perbaikan";
            case ELIGIBLE -> "Memenuhi syarat";
            case REJECTED -> "Tidak memenuhi syarat";
            default -> outcome.name();
        };
    }

    public static String decree(DecreeStatus status) {
        if (status == null) {
            return "-";
        }
        return switch (status) {
            case DRAFT -> "Draf, menunggu keputusan";
            case SENT_BACK -> "Dikembalikan";
            case APPROVED -> "Ditetapkan";
            default -> status.name();
        };
    }

    public static String document(DocumentType type) {
        if (type == null) {
            return "-";
        }
        return switch (type) {
            case ASSESSMENT_RESULT -> "Hasil Penilaian Instrumen Kinerja";
            case DECREE_DRAFT -> "Keputusan Bupati";
            case CERTIFICATE -> "Piagam Penghargaan";
            case PANEL_MINUTES -> "Berita Acara Penilaian Tim Penilai Eksternal";
            case RECAPITULATION -> "Rekapitulasi Penilaian";
            default -> type.name();
        };
    }
}
