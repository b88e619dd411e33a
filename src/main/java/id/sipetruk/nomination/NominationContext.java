package id.sipetruk.nomination;

import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts a task form shows about its nomination (who, which OPD, the last send-back reason, a link
 * to the dossier). They are task-local variables: shown in the form, never copied into the process.
 */
@Component
@Transactional(readOnly = true)
public class NominationContext {

    private final NominationService nominations;
    private final NominationDecisionRepository decisions;
    private final AssessmentRepository assessments;
    private final String baseUrl;

    public NominationContext(NominationService nominations, NominationDecisionRepository decisions,
                             AssessmentRepository assessments, @Value("${sipetruk.base-url:}") String baseUrl) {
        this.nominations = nominations;
        this.decisions = decisions;
        this.assessments = assessments;
        this.baseUrl = baseUrl;
    }

    public Map<String, Object> of(Long nominationId) {
        Nomination nomination = nominations.get(nominationId);
        Map<String, Object> context = new HashMap<>();
        context.put("nominationCode", nomination.getCode());
        context.put("nomineeName", nomination.getEmployee().getName());
        context.put("nomineeNip", nomination.getEmployee().formattedNip());
        context.put("nomineePosition", nomination.getEmployee().getPosition());
        context.put("opdName", nomination.getOpd().getName());
        context.put("periodTitle", nomination.getPeriod().getTitle());
        context.put("dossierUrl", baseUrl + "/berkas/" + nomination.getCode());
        context.put("lastReturnReason", decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nominationId).stream()
                .filter(d -> d.getOutcome() == NominationDecision.Outcome.SENT_BACK)
                .max(Comparator.comparing(NominationDecision::getId))
                .map(d -> d.getReason() + " (" + d.getDecidedBy() + ")")
                .orElse("-"));
        return context;
    }

    /** The instrument's scores as one line per indicator, for the reviewer's form. */
    public Map<String, Object> scoreSummary(Long nominationId) {
        Map<String, Object> summary = new HashMap<>();
        Assessment a = assessments.findByNominationId(nominationId).orElse(null);
        if (a == null) {
            summary.put("scoreSummary", "-");
            return summary;
        }
        summary.put("scoreSummary", String.join("\n",
                "Kinerja (e-Kinerja " + a.getEKinerjaValue().stripTrailingZeros().toPlainString() + "): " + a.getKinerjaScore(),
                "Disiplin (kehadiran " + a.getAttendancePercent().stripTrailingZeros().toPlainString() + "%): " + a.getDisiplinScore(),
                "Inovasi (" + a.getInnovationName() + "): " + a.getInnovationScore(),
                "Perilaku (e-Perilaku 360°): " + a.getPerilakuScore(),
                "Team Work: " + (a.getTeamWorkScore() == null ? "belum dinilai" : a.getTeamWorkScore()),
                "Total: " + a.getTotalScore()));
        return summary;
    }
}
