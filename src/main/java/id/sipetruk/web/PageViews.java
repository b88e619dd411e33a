package id.sipetruk.web;

import java.util.List;

/** What the pages print, already worded and formatted in Indonesian; templates only place it. */
public final class PageViews {

    private PageViews() {
    }

    public record DocumentLink(Long id, String type, int version, String fileName, String createdAt, String sha256,
                               String url) {
    }

    public record IndicatorRow(String indicator, String raw, String score) {
    }

    public record AssessmentView(List<IndicatorRow> rows, String total, String filledBy, String filledAt,
                                 String signedOffBy, String signedOffAt) {
    }

    public record DecisionRow(String stage, String outcome, String reason, String decidedBy, String decidedAt,
                              boolean negative) {
    }

    public record PanelRow(String member, String presentation, String interview, String score, boolean abstained,
                           String abstentionReason, String submittedAt) {
    }

    public record Dossier(String code, String name, String nip, String position, String rankGrade, String opdName,
                          String periodCode, String periodTitle, String referenceMonth, String status, String nominatedBy,
                          String nominatedAt, String finalNote, AssessmentView assessment, List<DecisionRow> decisions,
                          List<PanelRow> panel, String panelMean, long panelCounted, long panelAbstained,
                          String instrumentRank, String panelScore, String finalScore, String finalRank,
                          List<DocumentLink> documents) {
    }

    public record RubricRow(String indicator, String rule) {
    }

    public record ParticipationRow(String opd, String status, String respondedBy, String respondedAt) {
    }

    public record NominationRow(String code, String name, String nip, String opd, String status, String total,
                                String instrumentRank, String panelScore, String finalScore, String finalRank) {
    }

    public record DecreeRow(int version, String status, String number, String proposedBy, String proposedAt,
                            String decidedBy, String decidedAt, String sendBackReason, List<String> awardees,
                            List<DocumentLink> documents) {
    }

    public record CertificateRow(String nominationCode, String name, String awardTitle, DocumentLink document) {
    }

    public record Period(String code, String title, int year, String status, String referenceMonth, String opensAt,
                         String closesAt, int nomineesPerOpd, int finalistCount, int awardeeCount, String closingNote,
                         String ceremony, List<RubricRow> rubric, List<String> eligibility,
                         List<ParticipationRow> participation,
                         long opdsNominated, long opdsAwaiting, long opdsWithout, List<NominationRow> nominations,
                         List<DecreeRow> decrees, List<CertificateRow> certificates) {
    }
}
