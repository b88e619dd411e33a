package id.sipetruk.panel;

import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** From eligible nominations to a ranked list: shortlist, the external panel's scores, aggregation. */
@Service
@Transactional
public class PanelService {

    private static final Logger LOG = LoggerFactory.getLogger(PanelService.class);

    private final NominationRepository nominations;
    private final AssessmentRepository assessments;
    private final PanelScoreRepository scores;
    private final AwardPeriodService periods;
    private final IdentityService identityService;

    public PanelService(NominationRepository nominations, AssessmentRepository assessments, PanelScoreRepository scores,
                        AwardPeriodService periods, IdentityService identityService) {
        this.nominations = nominations;
        this.assessments = assessments;
        this.scores = scores;
        this.periods = periods;
        this.identityService = identityService;
    }

    /**
     * Ranks the eligible nominations by instrument total (ties: innovation score, then earliest nomination)
     * and marks the best {@code finalistCount} as finalists. Returns the finalists' ids, best first; empty if
     * nobody is eligible.
     */
    public List<Long> shortlist(Long periodId) {
        AwardPeriod period = periods.get(periodId);
        period.closeNomination();
        List<Nomination> eligible = nominations.findByPeriodIdAndStatusIn(periodId, List.of(NominationStatus.ELIGIBLE));
        Map<Long, Assessment> byNomination = assessments.byNomination(ids(eligible));
        List<Nomination> ranked = eligible.stream()
                .sorted(Comparator.<Nomination>comparingInt(n -> byNomination.get(n.getId()).getTotalScore()).reversed()
                        .thenComparing(Comparator.<Nomination>comparingInt(n -> byNomination.get(n.getId()).getInnovationScore()).reversed())
                        .thenComparing(Nomination::getNominatedAt)
                        .thenComparing(Nomination::getId))
                .toList();
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).shortlisted(i + 1, i < period.getFinalistCount());
        }
        List<Long> finalists = ranked.stream().limit(period.getFinalistCount()).map(Nomination::getId).toList();
        if (!finalists.isEmpty()) {
            period.startPanelAssessment();
        }
        LOG.info("Period {}: {} eligible, {} finalists", period.getCode(), eligible.size(), finalists.size());
        return finalists;
    }

    /** The id of the period with this code (the business key of its AwardPeriodProcess instance). */
    @Transactional(readOnly = true)
    public Long periodOf(String periodCode) {
        return periods.byCode(periodCode).getId();
    }

    /** The external panel: every member of the group "panel", in id order. */
    @Transactional(readOnly = true)
    public List<String> panelMembers() {
        List<String> members = identityService.createUserQuery().memberOfGroup(RoleGroups.PANEL).orderByUserId().asc()
                .list().stream().map(User::getId).toList();
        if (members.isEmpty()) {
            throw new ValidationException("panel.noMembers");
        }
        return members;
    }

    /** Fails unless the nomination is a finalist of the period (a task about anything else is never created). */
    @Transactional(readOnly = true)
    public void requireFinalist(Long periodId, Long nominationId) {
        Nomination finalist = nominations.findById(nominationId).orElse(null);
        if (finalist == null || !finalist.getPeriod().getId().equals(periodId)
                || finalist.getStatus() != NominationStatus.FINALIST) {
            throw new IllegalStateException("Nomination " + nominationId + " is no finalist of period " + periodId);
        }
    }

    /** Fails unless the user is a member of the external panel. */
    @Transactional(readOnly = true)
    public void requireMember(String userId) {
        if (userId == null || identityService.createUserQuery().userId(userId).memberOfGroup(RoleGroups.PANEL).count() == 0) {
            throw new IllegalStateException("User " + userId + " is no member of group " + RoleGroups.PANEL);
        }
    }

    public PanelScore recordScore(Long finalistId, String member, boolean abstain, String abstentionReason,
                                  Integer presentation, Integer interview) {
        Nomination finalist = nominations.findById(finalistId).orElseThrow(() -> new ValidationException("nomination.unknown"));
        if (finalist.getStatus() != NominationStatus.FINALIST) {
            throw new ValidationException("panel.notFinalist");
        }
        if (abstain && (abstentionReason == null || abstentionReason.isBlank())) {
            throw new ValidationException("panel.reasonRequired");
        }
        scores.findByNominationIdAndPanelMember(finalistId, member).ifPresent(scores::delete);
        scores.flush();
        return scores.save(abstain ? PanelScore.abstention(finalist, member, abstentionReason)
                : PanelScore.scored(finalist, member, presentation, interview));
    }

    /** Panel score per finalist, final score and final rank by the period's ranking rule. Safe to repeat. */
    public List<Nomination> aggregate(Long periodId) {
        AwardPeriod period = periods.get(periodId);
        RankingRule rule = new RankingRule(period.getRubric());
        List<Nomination> finalists = nominations.findByPeriodIdAndStatusIn(periodId, List.of(NominationStatus.FINALIST));
        Map<Long, Nomination> byId = finalists.stream().collect(Collectors.toMap(Nomination::getId, Function.identity()));
        Map<Long, Assessment> assessed = assessments.byNomination(byId.keySet());
        Map<Long, List<PanelScore>> scored = scores.byNomination(byId.keySet());
        List<RankingRule.Candidate> candidates = finalists.stream().map(n -> {
            Assessment assessment = assessed.get(n.getId());
            return new RankingRule.Candidate(n.getId(), assessment.getTotalScore(), assessment.getInnovationScore(),
                    RankingRule.panelMean(scored.getOrDefault(n.getId(), List.of())), n.getNominatedAt());
        }).sorted(rule.order()).toList();
        for (int i = 0; i < candidates.size(); i++) {
            RankingRule.Candidate c = candidates.get(i);
            byId.get(c.nominationId()).finalScore(c.panelScore(), rule.finalScore(c), i + 1);
        }
        period.startDecree();
        LOG.info("Period {}: panel scores aggregated for {} finalists", period.getCode(), candidates.size());
        return candidates.stream().map(c -> byId.get(c.nominationId())).toList();
    }

    private static List<Long> ids(List<Nomination> nominations) {
        return nominations.stream().map(Nomination::getId).toList();
    }

    /** Nobody was eligible: the period ends here, with the reason recorded. */
    public void closeWithoutAward(Long periodId) {
        AwardPeriod period = periods.get(periodId);
        long nominated = nominations.countByPeriodId(periodId);
        period.closeWithoutAward(Messages.get("period.closedWithoutAward", nominated));
        LOG.info("Period {} closed without award: no eligible nomination among {}", period.getCode(), nominated);
    }

    @Transactional(readOnly = true)
    public List<PanelScore> scoresOf(Long finalistId) {
        return scores.findByNominationId(finalistId);
    }

    @Transactional(readOnly = true)
    public BigDecimal panelMean(Long finalistId) {
        return RankingRule.panelMean(scores.findByNominationId(finalistId));
    }
}
