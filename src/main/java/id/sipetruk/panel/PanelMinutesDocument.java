package id.sipetruk.panel;

import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.Nominee;
import id.sipetruk.document.PanelMinutesData;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.regency.RegencySettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Berita Acara Penilaian Tim Penilai Eksternal of a period, dated the day the panel's scores are aggregated;
 * its subject is the period's code. Read within the calling delegate's transaction, so it sees what was just written.
 */
@Component
@Transactional
public class PanelMinutesDocument {

    private final AwardPeriodService periods;
    private final NominationRepository nominations;
    private final AssessmentRepository assessments;
    private final PanelScoreRepository panelScores;
    private final IdentityService identity;
    private final RegencySettingsService regency;
    private final DocumentService documents;
    private final Clock clock;

    public PanelMinutesDocument(AwardPeriodService periods, NominationRepository nominations,
                                AssessmentRepository assessments, PanelScoreRepository panelScores,
                                IdentityService identity, RegencySettingsService regency, DocumentService documents,
                                Clock clock) {
        this.clock = clock;
        this.periods = periods;
        this.nominations = nominations;
        this.assessments = assessments;
        this.panelScores = panelScores;
        this.identity = identity;
        this.regency = regency;
        this.documents = documents;
    }

    public GeneratedDocument generate(Long periodId) {
        return documents.issue(data(periods.get(periodId)));
    }

    /**
     * The panel's minutes: the members of the group "panel" (and anybody else who scored), every finalist with
     * a final rank in rank order, each member's score or abstention.
     */
    private PanelMinutesData data(AwardPeriod period) {
        Long periodId = period.getId();
        int version = documents.nextVersion(DocumentType.PANEL_MINUTES, period.getCode());
        LocalDateTime generatedAt = LocalDateTime.now(clock);
        LocalDate date = generatedAt.toLocalDate();
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
                .sorted(Nomination.STANDING)
                .toList();
        Map<Long, Assessment> assessed = assessments.byNomination(finalists.stream().map(Nomination::getId).toList());
        List<PanelMinutesData.Finalist> rows = finalists.stream().map(n -> {
            List<PanelScore> own = byFinalist.getOrDefault(n.getId(), List.of());
            List<PanelMinutesData.MemberScore> memberScores = members.stream().map(m -> own.stream()
                    .filter(s -> s.getPanelMember().equals(m.userId())).findFirst()
                    .map(s -> s.isAbstained() ? PanelMinutesData.MemberScore.abstention(m.name(), s.getAbstentionReason())
                            : PanelMinutesData.MemberScore.scored(m.name(), s.getPresentationScore(),
                                    s.getInterviewScore(), s.memberScore()))
                    .orElse(PanelMinutesData.MemberScore.missing(m.name()))).toList();
            return new PanelMinutesData.Finalist(n.getFinalRank(), nominee(n), n.getCode(),
                    Optional.ofNullable(assessed.get(n.getId())).map(Assessment::getTotalScore).orElse(null), memberScores,
                    n.getPanelScore() != null ? n.getPanelScore() : RankingRule.panelMean(own), n.getFinalScore());
        }).toList();
        return new PanelMinutesData(regency.effective(), period.getCode(), period.getTitle(), period.getYear(), date,
                period.getRubric().getInstrumentWeight(), period.getRubric().getPanelWeight(), members, rows, version,
                generatedAt);
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
