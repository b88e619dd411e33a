package id.sipetruk.assessment;

import id.sipetruk.period.Rubric;
import org.springframework.stereotype.Service;

/**
 * Scores the performance instrument with the thresholds of the nominee's period (domain.md):
 * Kinerja (a value or a predikat, as the period says) and Disiplin are met or not, Inovasi and Team Work are
 * chosen from the rubric's options, Perilaku follows the e-Perilaku 360° result. Total = sum (seed example:
 * 0+0+40+10+20 = 70).
 */
@Service
public class ScoringService {

    public void score(Assessment assessment, Rubric rubric) {
        int kinerja = rubric.kinerjaMet(assessment.getEKinerjaValue(), assessment.getEKinerjaPredikat())
                ? rubric.getKinerjaScore() : 0;
        int disiplin = assessment.getAttendancePercent().compareTo(rubric.getDisiplinThreshold()) >= 0 ? rubric.getDisiplinScore() : 0;
        int perilaku = behaviourScore(assessment.getBehaviourResult(), rubric);
        int teamWork = assessment.getTeamWorkScore() == null ? 0 : assessment.getTeamWorkScore();
        int total = kinerja + disiplin + assessment.getInnovationScore() + perilaku + teamWork;
        assessment.scored(kinerja, disiplin, perilaku, total);
    }

    public int behaviourScore(BehaviourResult result, Rubric rubric) {
        return switch (result) {
            case ABOVE_EXPECTATION -> rubric.getBehaviourAboveScore();
            case AS_EXPECTED -> rubric.getBehaviourAsExpectedScore();
            case BELOW_EXPECTATION -> rubric.getBehaviourBelowScore();
        };
    }
}
