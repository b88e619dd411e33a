package id.sipetruk.decree;

import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.common.Messages;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.Nominee;
import id.sipetruk.document.RecapitulationData;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import id.sipetruk.regency.RegencySettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Rekapitulasi of a period (every nominee by OPD, and every invited OPD that nominated nobody), dated the day
 * the period ends; its subject is the period's code.
 */
@Component
@Transactional
public class RecapitulationDocument {

    private final AwardPeriodService periods;
    private final NominationRepository nominations;
    private final AssessmentRepository assessments;
    private final NominationDecisionRepository decisions;
    private final OpdParticipationRepository participations;
    private final DecreeRepository decrees;
    private final RegencySettingsService regency;
    private final DocumentService documents;
    private final Clock clock;

    public RecapitulationDocument(AwardPeriodService periods, NominationRepository nominations,
                                  AssessmentRepository assessments, NominationDecisionRepository decisions,
                                  OpdParticipationRepository participations, DecreeRepository decrees,
                                  RegencySettingsService regency, DocumentService documents, Clock clock) {
        this.clock = clock;
        this.periods = periods;
        this.nominations = nominations;
        this.assessments = assessments;
        this.decisions = decisions;
        this.participations = participations;
        this.decrees = decrees;
        this.regency = regency;
        this.documents = documents;
    }

    public GeneratedDocument generate(Long periodId) {
        return documents.issue(data(periods.get(periodId)));
    }

    /** Every nominee of the period grouped by OPD (by OPD name), and every invited OPD that nominated nobody. */
    private RecapitulationData data(AwardPeriod period) {
        Long periodId = period.getId();
        int version = documents.nextVersion(DocumentType.RECAPITULATION, period.getCode());
        LocalDateTime generatedAt = LocalDateTime.now(clock);
        LocalDate date = generatedAt.toLocalDate();
        List<Nomination> all = nominations.findByPeriodIdOrderById(periodId);
        List<Long> ids = all.stream().map(Nomination::getId).toList();
        Map<Long, Assessment> assessed = assessments.byNomination(ids);
        Map<Long, List<NominationDecision>> decided = decisions.byNomination(ids);
        Map<Long, List<Nomination>> byOpd = all.stream()
                .collect(Collectors.groupingBy(n -> n.getOpd().getId(), LinkedHashMap::new, Collectors.toList()));
        Map<Long, Opd> opds = new LinkedHashMap<>();
        Map<Long, OpdParticipation.Status> answered = new LinkedHashMap<>();
        for (OpdParticipation participation : participations.findByPeriodIdOrderByOpdName(periodId)) {
            opds.put(participation.getOpd().getId(), participation.getOpd());
            answered.put(participation.getOpd().getId(), participation.getStatus());
        }
        byOpd.values().forEach(list -> opds.putIfAbsent(list.get(0).getOpd().getId(), list.get(0).getOpd()));

        List<RecapitulationData.OpdGroup> groups = opds.values().stream()
                .sorted(Comparator.comparing(Opd::getName, String.CASE_INSENSITIVE_ORDER))
                .map(opd -> {
                    List<Nomination> own = byOpd.getOrDefault(opd.getId(), List.of());
                    OpdParticipation.Status status = answered.get(opd.getId());
                    String participation = own.isEmpty() && status != OpdParticipation.Status.AWAITING_NOMINATION
                            ? "Tidak mengusulkan" : Messages.label(status);
                    return new RecapitulationData.OpdGroup(opd.getName(), participation, own.stream()
                            .sorted(Nomination.STANDING)
                            .map(n -> row(n, Optional.ofNullable(assessed.get(n.getId())),
                                    decided.getOrDefault(n.getId(), List.of())))
                            .toList());
                }).toList();

        String decreeNumber = decrees.findByPeriodIdOrderByVersion(periodId).stream()
                .filter(d -> d.getStatus() == DecreeStatus.APPROVED).map(Decree::getDecreeNumber)
                .reduce((a, b) -> b).orElse(null);
        return new RecapitulationData(regency.effective(), period.getCode(), period.getTitle(), period.getYear(),
                Messages.label(period.getStatus()), period.getClosingNote(), decreeNumber,
                period.getRubric().getInstrumentWeight(), period.getRubric().getPanelWeight(), date, groups, version,
                generatedAt);
    }

    private static RecapitulationData.Row row(Nomination n, Optional<Assessment> assessment,
                                              List<NominationDecision> decisions) {
        String verification = decisions.stream()
                .filter(d -> d.getStage() == NominationDecision.Stage.VERIFICATION)
                .reduce((a, b) -> b).map(d -> Messages.label(d.getOutcome()))
                .orElse(Messages.label(n.getStatus()));
        return new RecapitulationData.Row(n.getCode(), nominee(n),
                assessment.map(Assessment::getKinerjaScore).orElse(null),
                assessment.map(Assessment::getDisiplinScore).orElse(null),
                assessment.map(Assessment::getInnovationScore).orElse(null),
                assessment.map(Assessment::getPerilakuScore).orElse(null),
                assessment.map(Assessment::getTeamWorkScore).orElse(null),
                assessment.map(Assessment::getTotalScore).orElse(null),
                verification, n.getPanelScore(), n.getFinalScore(), n.getFinalRank(), Messages.label(n.getStatus()));
    }

    private static Nominee nominee(Nomination nomination) {
        return Nominee.of(nomination.getEmployee(), nomination.getOpd().getName());
    }
}
