package id.sipetruk.document;

import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeRepository;
import id.sipetruk.decree.DecreeStatus;
import id.sipetruk.identity.RoleGroups;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Opd;
import id.sipetruk.panel.PanelScore;
import id.sipetruk.panel.PanelScoreRepository;
import id.sipetruk.panel.RankingRule;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Reads what the two period documents print, the panel's minutes and the recapitulation, from SI PETRUK's tables
 * and Camunda's users, into plain values ({@link PanelMinutesData}, {@link RecapitulationData}). Called within
 * {@link DocumentService}'s transaction, so it sees what the calling delegate has just written.
 */
@Component
public class PeriodDocumentData {

    private final AwardPeriodRepository periods;
    private final NominationRepository nominations;
    private final AssessmentRepository assessments;
    private final NominationDecisionRepository decisions;
    private final PanelScoreRepository panelScores;
    private final OpdParticipationRepository participations;
    private final DecreeRepository decrees;
    private final IdentityService identity;
    private final RegencySettingsService regency;

    public PeriodDocumentData(AwardPeriodRepository periods, NominationRepository nominations,
                              AssessmentRepository assessments, NominationDecisionRepository decisions,
                              PanelScoreRepository panelScores, OpdParticipationRepository participations,
                              DecreeRepository decrees, IdentityService identity, RegencySettingsService regency) {
        this.periods = periods;
        this.nominations = nominations;
        this.assessments = assessments;
        this.decisions = decisions;
        this.panelScores = panelScores;
        this.participations = participations;
        this.decrees = decrees;
        this.identity = identity;
        this.regency = regency;
    }

    public AwardPeriod period(Long periodId) {
        return periods.findById(periodId)
                .orElseThrow(() -> new NoSuchElementException("Periode " + periodId + " tidak ditemukan"));
    }

    /**
     * The panel's minutes: the members of the group "panel" (and anybody else who scored), every finalist with
     * a final rank in rank order, each member's score or abstention.
     */
    public PanelMinutesData panelMinutes(Long periodId, LocalDate date, int version, LocalDateTime generatedAt) {
        AwardPeriod period = period(periodId);
        List<PanelScore> scores = panelScores.findByNominationPeriodIdOrderByNominationIdAscPanelMemberAsc(periodId);
        Set<String> memberIds = new LinkedHashSet<>(identity.createUserQuery().memberOfGroup(RoleGroups.PANEL)
                .orderByUserId().asc().list().stream().map(User::getId).toList());
        scores.stream().map(PanelScore::getPanelMember).sorted().forEach(memberIds::add);
        List<PanelMinutesData.Member> members = memberIds.stream()
                .map(id -> new PanelMinutesData.Member(id, fullName(id))).toList();

        Map<Long, List<PanelScore>> byFinalist = scores.stream()
                .collect(Collectors.groupingBy(s -> s.getNomination().getId(), LinkedHashMap::new, Collectors.toList()));
        List<Nomination> finalists = nominations.findByPeriodIdOrderById(periodId).stream()
                .filter(n -> n.getFinalRank() != null || byFinalist.containsKey(n.getId())
                        || n.getStatus() == NominationStatus.FINALIST)
                .sorted(Comparator.comparing(Nomination::getFinalRank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Nomination::getId))
                .toList();
        List<PanelMinutesData.Finalist> rows = finalists.stream().map(n -> {
            List<PanelScore> own = byFinalist.getOrDefault(n.getId(), List.of());
            List<PanelMinutesData.MemberScore> memberScores = members.stream().map(m -> own.stream()
                    .filter(s -> s.getPanelMember().equals(m.userId())).findFirst()
                    .map(s -> s.isAbstained() ? PanelMinutesData.MemberScore.abstention(m.name(), s.getAbstentionReason())
                            : PanelMinutesData.MemberScore.scored(m.name(), s.getPresentationScore(), s.getInterviewScore()))
                    .orElse(PanelMinutesData.MemberScore.missing(m.name()))).toList();
            return new PanelMinutesData.Finalist(n.getFinalRank(), nominee(n), n.getCode(),
                    assessments.findByNominationId(n.getId()).map(Assessment::getTotalScore).orElse(null), memberScores,
                    n.getPanelScore() != null ? n.getPanelScore() : RankingRule.panelMean(own), n.getFinalScore());
        }).toList();
        return new PanelMinutesData(regency.effective(), period.getCode(), period.getTitle(), period.getYear(), date,
                period.getRubric().getInstrumentWeight(), period.getRubric().getPanelWeight(), members, rows, version,
                generatedAt);
    }

    /** Every nominee of the period grouped by OPD (by OPD name), and every invited OPD that nominated nobody. */
    public RecapitulationData recapitulation(Long periodId, LocalDate date, int version, LocalDateTime generatedAt) {
        AwardPeriod period = period(periodId);
        Map<Long, List<Nomination>> byOpd = nominations.findByPeriodIdOrderById(periodId).stream()
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
                            ? "Tidak mengusulkan" : Labels.participation(status);
                    return new RecapitulationData.OpdGroup(opd.getName(), participation, own.stream()
                            .sorted(Comparator.comparing(Nomination::getFinalRank,
                                            Comparator.nullsLast(Comparator.naturalOrder()))
                                    .thenComparing(Nomination::getInstrumentRank,
                                            Comparator.nullsLast(Comparator.naturalOrder()))
                                    .thenComparing(Nomination::getId))
                            .map(this::row).toList());
                }).toList();

        String decreeNumber = decrees.findByPeriodIdOrderByVersion(periodId).stream()
                .filter(d -> d.getStatus() == DecreeStatus.APPROVED).map(Decree::getDecreeNumber)
                .reduce((a, b) -> b).orElse(null);
        return new RecapitulationData(regency.effective(), period.getCode(), period.getTitle(), period.getYear(),
                Labels.period(period.getStatus()), period.getClosingNote(), decreeNumber,
                period.getRubric().getInstrumentWeight(), period.getRubric().getPanelWeight(), date, groups, version,
                generatedAt);
    }

    private RecapitulationData.Row row(Nomination n) {
        Optional<Assessment> assessment = assessments.findByNominationId(n.getId());
        String verification = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(n.getId()).stream()
                .filter(d -> d.getStage() == NominationDecision.Stage.VERIFICATION)
                .reduce((a, b) -> b).map(d -> Labels.outcome(d.getOutcome()))
                .orElse(Labels.nomination(n.getStatus()));
        return new RecapitulationData.Row(n.getCode(), nominee(n),
                assessment.map(Assessment::getKinerjaScore).orElse(null),
                assessment.map(Assessment::getDisiplinScore).orElse(null),
                assessment.map(Assessment::getInnovationScore).orElse(null),
                assessment.map(Assessment::getPerilakuScore).orElse(null),
                assessment.map(Assessment::getTeamWorkScore).orElse(null),
                assessment.map(Assessment::getTotalScore).orElse(null),
                verification, n.getPanelScore(), n.getFinalScore(), n.getFinalRank(), Labels.nomination(n.getStatus()));
    }

    private static Nominee nominee(Nomination nomination) {
        return Nominee.of(nomination.getEmployee(), nomination.getOpd().getName());
    }

    /** "Hasanuddin Syarif"; the user id if Camunda has no name for the user. */
    private String fullName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
