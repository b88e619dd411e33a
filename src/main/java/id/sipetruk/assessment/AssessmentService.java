package id.sipetruk.assessment;

import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecision.Outcome;
import id.sipetruk.nomination.NominationDecision.Stage;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.nomination.NominationService;
import id.sipetruk.period.KinerjaMeasure;
import id.sipetruk.period.Rubric;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OPD's part of a nomination: the admin fills the instrument, the head rates Team Work and signs off. */
@Service
@Transactional
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final NominationService nominations;
    private final NominationDecisionRepository decisions;
    private final ScoringService scoring;
    private final ImportedPerformance imported;

    public AssessmentService(AssessmentRepository assessments, NominationService nominations,
                             NominationDecisionRepository decisions, ScoringService scoring,
                             ImportedPerformance imported) {
        this.imported = imported;
        this.assessments = assessments;
        this.nominations = nominations;
        this.decisions = decisions;
        this.scoring = scoring;
    }

    public Assessment fill(Long nominationId, AssessmentInput input, String by) {
        Nomination nomination = nominations.get(nominationId);
        Rubric rubric = nomination.getPeriod().getRubric();
        if (!rubric.innovationScoreOptions().contains(input.innovationScore())) {
            throw new ValidationException("assessment.innovationScore", input.innovationScore(),
                    join(rubric.innovationScoreOptions()));
        }
        if (rubric.getKinerjaMeasure() == KinerjaMeasure.PREDIKAT ? input.eKinerjaPredikat() == null
                : input.eKinerjaValue() == null) {
            throw new ValidationException("assessment.kinerjaRequired", rubric.kinerjaCriterion());
        }
        if (input.attendancePercent() == null) {
            throw new ValidationException("field.required", ImportedPerformance.ATTENDANCE);
        }
        imported.checkOverrides(nomination, input, by);
        Assessment assessment = assessments.findByNominationId(nominationId).orElseGet(() -> new Assessment(nomination));
        assessment.fill(input, by);
        scoring.score(assessment, rubric);
        nomination.filled();
        return assessments.save(assessment);
    }

    public void signOff(Long nominationId, int teamWorkScore, String by) {
        Assessment assessment = find(nominationId).orElseThrow(() -> new ValidationException("assessment.notFilled"));
        Rubric rubric = assessment.getNomination().getPeriod().getRubric();
        if (!rubric.teamWorkScoreOptions().contains(teamWorkScore)) {
            throw new ValidationException("assessment.teamWork", teamWorkScore, join(rubric.teamWorkScoreOptions()));
        }
        assessment.signOff(teamWorkScore, by);
        scoring.score(assessment, rubric);
        assessment.getNomination().signedOff();
        decisions.save(new NominationDecision(assessment.getNomination(), Stage.HEAD_REVIEW, Outcome.APPROVED, null, by));
    }

    public void sendBack(Long nominationId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("decision.reasonRequired");
        }
        Nomination nomination = nominations.get(nominationId);
        nomination.returnedByHead();
        decisions.save(new NominationDecision(nomination, Stage.HEAD_REVIEW, Outcome.SENT_BACK, reason, by));
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> find(Long nominationId) {
        return assessments.findByNominationId(nominationId);
    }

    private static String join(java.util.List<Integer> options) {
        return String.join(", ", options.stream().map(String::valueOf).toList());
    }
}
