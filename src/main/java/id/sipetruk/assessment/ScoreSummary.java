package id.sipetruk.assessment;

import id.sipetruk.common.IndonesianNumbers;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The filled instrument as the reviewers' forms show it (the head's sign-off, BKPSDM's verification). */
@Component
@Transactional(readOnly = true)
public class ScoreSummary {

    /** The names of {@link #of}. */
    public static final Set<String> NAMES = Set.of("scoreSummary");

    private final AssessmentRepository assessments;

    public ScoreSummary(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /** The instrument's scores as one line per indicator, for the reviewer's form. */
    public Map<String, Object> of(Long nominationId) {
        Map<String, Object> summary = new HashMap<>();
        Assessment a = assessments.findByNominationId(nominationId).orElse(null);
        if (a == null) {
            summary.put("scoreSummary", "-");
            return summary;
        }
        summary.put("scoreSummary", String.join("\n",
                "Kinerja (e-Kinerja " + a.kinerjaAsEntered() + "): " + a.getKinerjaScore(),
                "Disiplin (kehadiran " + IndonesianNumbers.decimal(a.getAttendancePercent()) + "%): " + a.getDisiplinScore(),
                "Inovasi (" + a.getInnovationName() + "): " + a.getInnovationScore(),
                "Perilaku (e-Perilaku 360°): " + a.getPerilakuScore(),
                "Team Work: " + (a.getTeamWorkScore() == null ? "belum dinilai" : a.getTeamWorkScore()),
                "Total: " + a.getTotalScore()));
        return summary;
    }
}
