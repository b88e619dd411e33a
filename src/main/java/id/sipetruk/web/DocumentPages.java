package id.sipetruk.web;

import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.IndonesianNumbers;
import id.sipetruk.common.Messages;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeAwardee;
import id.sipetruk.decree.DecreeRepository;
import id.sipetruk.decree.DecreeStatus;
import id.sipetruk.document.DocumentFiles;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Employee;
import id.sipetruk.panel.PanelScore;
import id.sipetruk.panel.PanelScoreRepository;
import id.sipetruk.panel.RankingRule;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import id.sipetruk.period.Rubric;
import id.sipetruk.period.TieBreak;
import id.sipetruk.web.PageViews.AssessmentView;
import id.sipetruk.web.PageViews.CertificateRow;
import id.sipetruk.web.PageViews.DecisionRow;
import id.sipetruk.web.PageViews.DecreeRow;
import id.sipetruk.web.PageViews.DocumentLink;
import id.sipetruk.web.PageViews.Dossier;
import id.sipetruk.web.PageViews.IndicatorRow;
import id.sipetruk.web.PageViews.NominationRow;
import id.sipetruk.web.PageViews.PanelRow;
import id.sipetruk.web.PageViews.ParticipationRow;
import id.sipetruk.web.PageViews.RubricRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the dossier and period pages show, in one read-only transaction per page. */
@Service
@Transactional(readOnly = true)
public class DocumentPages {

    private final NominationRepository nominations;
    private final AssessmentRepository assessments;
    private final NominationDecisionRepository decisions;
    private final PanelScoreRepository panelScores;
    private final AwardPeriodRepository periods;
    private final OpdParticipationRepository participations;
    private final DecreeRepository decrees;
    private final DocumentService documents;

    public DocumentPages(NominationRepository nominations, AssessmentRepository assessments,
                         NominationDecisionRepository decisions, PanelScoreRepository panelScores,
                         AwardPeriodRepository periods, OpdParticipationRepository participations,
                         DecreeRepository decrees, DocumentService documents) {
        this.nominations = nominations;
        this.assessments = assessments;
        this.decisions = decisions;
        this.panelScores = panelScores;
        this.periods = periods;
        this.participations = participations;
        this.decrees = decrees;
        this.documents = documents;
    }

    public Optional<Dossier> dossier(String nominationCode) {
        return nominations.findByCode(nominationCode).map(this::dossier);
    }

    public Optional<PageViews.Period> period(String periodCode) {
        return periods.findByCode(periodCode).map(this::period);
    }

    /**
     * The period's own documents besides the decree: the panel's minutes and the recapitulation, every version,
     * newest first within each type.
     */
    public List<DocumentLink> periodReports(String periodCode) {
        return documents.forSubject(periodCode).stream()
                .filter(d -> d.getType() == DocumentType.PANEL_MINUTES || d.getType() == DocumentType.RECAPITULATION)
                .sorted(Comparator.comparing(GeneratedDocument::getType)
                        .thenComparing(Comparator.comparingInt(GeneratedDocument::getVersion).reversed()))
                .map(DocumentPages::link).toList();
    }

    private Dossier dossier(Nomination n) {
        Employee e = n.getEmployee();
        AwardPeriod period = n.getPeriod();
        AssessmentView assessment = assessments.findByNominationId(n.getId()).map(a -> assessment(a, period.getRubric()))
                .orElse(null);
        List<DecisionRow> history = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(n.getId()).stream()
                .map(d -> new DecisionRow(Messages.label(d.getStage()), Messages.label(d.getOutcome()), orDash(d.getReason()),
                        orDash(d.getDecidedBy()), IndonesianDates.dateTime(d.getDecidedAt()),
                        d.getOutcome() == NominationDecision.Outcome.SENT_BACK
                                || d.getOutcome() == NominationDecision.Outcome.REJECTED))
                .toList();
        List<PanelScore> scores = panelScores.findByNominationId(n.getId()).stream()
                .sorted(Comparator.comparing(PanelScore::getPanelMember)).toList();
        List<PanelRow> panel = scores.stream().map(s -> new PanelRow(s.getPanelMember(),
                s.isAbstained() ? "-" : number(s.getPresentationScore()),
                s.isAbstained() ? "-" : number(s.getInterviewScore()),
                s.isAbstained() ? "-" : memberScore(s), s.isAbstained(), orDash(s.getAbstentionReason()),
                IndonesianDates.dateTime(s.getSubmittedAt()))).toList();
        long abstained = scores.stream().filter(PanelScore::isAbstained).count();
        return new Dossier(n.getCode(), e.getName(), e.formattedNip(), e.getPosition(), orDash(e.getRankGrade()),
                n.getOpd().getName(), period.getCode(), period.getTitle(),
                IndonesianDates.monthYear(period.getReferenceMonth(), period.getReferenceYear()),
                Messages.label(n.getStatus()), orDash(n.getNominatedBy()), IndonesianDates.dateTime(n.getNominatedAt()),
                n.getFinalNote(), assessment, history, panel,
                scores.isEmpty() ? "-" : number(RankingRule.panelMean(scores)), scores.size() - abstained, abstained,
                number(n.getInstrumentRank()), number(n.getPanelScore()), number(n.getFinalScore()),
                number(n.getFinalRank()), links(documents.forSubject(n.getCode())));
    }

    private AssessmentView assessment(Assessment a, Rubric rubric) {
        List<IndicatorRow> rows = List.of(
                new IndicatorRow("Kinerja (e-Kinerja)", a.kinerjaAsEntered(), number(a.getKinerjaScore())),
                new IndicatorRow("Disiplin (persentase kehadiran)",
                        a.getAttendancePercent() == null ? "-" : number(a.getAttendancePercent()) + "%",
                        number(a.getDisiplinScore())),
                new IndicatorRow("Inovasi", orDash(a.getInnovationName())
                        + (a.getInnovationDescription() == null || a.getInnovationDescription().isBlank() ? ""
                        : " \u2014 " + a.getInnovationDescription()), number(a.getInnovationScore())),
                new IndicatorRow("Perilaku (e-Perilaku 360\u00b0)", Messages.label(a.getBehaviourResult()),
                        number(a.getPerilakuScore())),
                new IndicatorRow("Team Work (penilaian Kepala OPD)",
                        a.getTeamWorkScore() == null ? "Belum dinilai" : "Skala " + options(rubric.teamWorkScoreOptions()),
                        number(a.getTeamWorkScore())));
        return new AssessmentView(rows, number(a.getTotalScore()), orDash(a.getFilledBy()),
                IndonesianDates.dateTime(a.getFilledAt()), orDash(a.getSignedOffBy()),
                IndonesianDates.dateTime(a.getSignedOffAt()));
    }

    private PageViews.Period period(AwardPeriod p) {
        Rubric r = p.getRubric();
        List<RubricRow> rubric = List.of(
                new RubricRow("Kinerja", r.kinerjaCriterion() + " \u2192 skor "
                        + r.getKinerjaScore() + ", selain itu 0"),
                new RubricRow("Disiplin", "Kehadiran \u2265 " + number(r.getDisiplinThreshold()) + "% \u2192 skor "
                        + r.getDisiplinScore() + ", selain itu 0"),
                new RubricRow("Inovasi", "Skor " + options(r.innovationScoreOptions())),
                new RubricRow("Perilaku", "Di atas ekspektasi " + r.getBehaviourAboveScore() + ", sesuai ekspektasi "
                        + r.getBehaviourAsExpectedScore() + ", di bawah ekspektasi " + r.getBehaviourBelowScore()),
                new RubricRow("Team Work", "Skor " + options(r.teamWorkScoreOptions())),
                new RubricRow("Bobot nilai akhir", "Instrumen " + r.getInstrumentWeight() + "%, tim penilai eksternal "
                        + r.getPanelWeight() + "%"),
                new RubricRow("Urutan bila nilai akhir sama", String.join(", ",
                        r.tieBreakOrder().stream().map(DocumentPages::tieBreak).toList())));

        List<OpdParticipation> opds = participations.findByPeriodIdOrderByOpdName(p.getId());
        List<ParticipationRow> participation = opds.stream().map(o -> new ParticipationRow(o.getOpd().getName(),
                Messages.label(o.getStatus()), orDash(o.getRespondedBy()),
                IndonesianDates.dateTime(o.getRespondedAt()))).toList();

        List<Nomination> ofPeriod = nominations.findByPeriodIdOrderById(p.getId());
        Map<Long, Assessment> assessed = assessments.byNomination(ofPeriod.stream().map(Nomination::getId).toList());
        List<NominationRow> rows = ofPeriod.stream()
                .sorted(Nomination.STANDING)
                .map(n -> new NominationRow(n.getCode(), n.getEmployee().getName(), n.getEmployee().formattedNip(),
                        n.getOpd().getName(), Messages.label(n.getStatus()),
                        Optional.ofNullable(assessed.get(n.getId())).map(a -> number(a.getTotalScore())).orElse("-"),
                        number(n.getInstrumentRank()), number(n.getPanelScore()), number(n.getFinalScore()),
                        number(n.getFinalRank())))
                .toList();

        List<GeneratedDocument> periodDocuments = documents.forSubject(p.getCode());
        List<Decree> versions = decrees.findByPeriodIdOrderByVersion(p.getId());
        List<DecreeRow> decreeRows = versions.stream().map(d -> new DecreeRow(d.getVersion(), Messages.label(d.getStatus()),
                orDash(d.getDecreeNumber()), orDash(d.getProposedBy()), IndonesianDates.dateTime(d.getProposedAt()),
                orDash(d.getDecidedBy()), d.getDecidedAt() == null ? "-" : IndonesianDates.dateTime(d.getDecidedAt()),
                d.getSendBackReason(),
                d.getAwardees().stream().sorted(Comparator.comparingInt(DecreeAwardee::getRankOrder))
                        .map(a -> a.getRankOrder() + ". " + a.getNomination().getEmployee().getName() + " ("
                                + a.getAwardTitle() + ")").toList(),
                links(periodDocuments.stream()
                        .filter(doc -> DocumentFiles.isOfDecreeVersion(doc, p.getCode(), d.getVersion())).toList())))
                .toList();

        List<CertificateRow> certificates = new ArrayList<>();
        versions.stream().filter(d -> d.getStatus() == DecreeStatus.APPROVED).reduce((a, b) -> b).ifPresent(approved ->
                approved.getAwardees().stream().sorted(Comparator.comparingInt(DecreeAwardee::getRankOrder))
                        .forEach(a -> certificates.add(new CertificateRow(a.getNomination().getCode(),
                                a.getNomination().getEmployee().getName(), a.getAwardTitle(),
                                documents.latest(DocumentType.CERTIFICATE, a.getNomination().getCode())
                                        .map(DocumentPages::link).orElse(null)))));

        String ceremony = p.getCeremonyDate() == null ? null
                : IndonesianDates.date(p.getCeremonyDate()) + (p.getCeremonyPlace() == null ? "" : ", " + p.getCeremonyPlace());
        return new PageViews.Period(p.getCode(), p.getTitle(), p.getYear(), Messages.label(p.getStatus()),
                IndonesianDates.monthYear(p.getReferenceMonth(), p.getReferenceYear()),
                IndonesianDates.dateTime(p.getNominationOpensAt()), IndonesianDates.dateTime(p.getNominationClosesAt()),
                p.getNomineesPerOpd(), p.getFinalistCount(), p.getAwardeeCount(), p.getClosingNote(), ceremony, rubric,
                p.getEligibility().described(), participation, count(opds, OpdParticipation.Status.NOMINATED),
                count(opds, OpdParticipation.Status.AWAITING_NOMINATION), count(opds, OpdParticipation.Status.NO_NOMINATION),
                rows, decreeRows, certificates);
    }

    private static long count(List<OpdParticipation> opds, OpdParticipation.Status status) {
        return opds.stream().filter(o -> o.getStatus() == status).count();
    }

    private static List<DocumentLink> links(List<GeneratedDocument> list) {
        return list.stream().map(DocumentPages::link).toList();
    }

    private static DocumentLink link(GeneratedDocument d) {
        return new DocumentLink(d.getId(), Messages.label(d.getType()), d.getVersion(), d.getFileName(),
                IndonesianDates.dateTime(d.getCreatedAt()), d.getSha256(), "/dokumen/" + d.getId());
    }

    private static String memberScore(PanelScore s) {
        return s.memberScore() == null ? "-" : number(s.memberScore());
    }

    private static String tieBreak(TieBreak t) {
        return switch (t) {
            case PANEL_SCORE -> "nilai tim penilai lebih tinggi";
            case INSTRUMENT_SCORE -> "total instrumen lebih tinggi";
            case INNOVATION_SCORE -> "skor inovasi lebih tinggi";
            case EARLIEST_NOMINATION -> "diusulkan lebih dahulu";
            default -> t.name();
        };
    }

    private static String options(List<Integer> values) {
        if (values.size() <= 1) {
            return values.isEmpty() ? "-" : String.valueOf(values.get(0));
        }
        List<String> texts = values.stream().map(String::valueOf).toList();
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " atau " + texts.get(texts.size() - 1);
    }

    private static String number(BigDecimal value) {
        return IndonesianNumbers.decimal(value);
    }

    private static String number(Integer value) {
        return value == null ? "-" : String.valueOf(value);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
