package id.sipetruk.document;

import id.sipetruk.assessment.BehaviourResult;
import id.sipetruk.period.Rubric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the printed "Hasil Penilaian Instrumen Kinerja" shows, as plain values.
 *
 * @param referenceMonth the month whose e-Kinerja and attendance were assessed
 * @param rubric the period's scoring rules (thresholds and score scales)
 * @param signDate the date printed above the OPD head's signature
 * @param evidence the evidence files (data dukung) uploaded with the nomination, oldest first
 */
public record AssessmentResultData(Regency regency, String nominationCode, String periodTitle, Nominee nominee,
                                   YearMonth referenceMonth, Rubric rubric, Scores scores, SignOff signOff,
                                   LocalDate signDate, int version, LocalDateTime generatedAt,
                                   List<EvidenceFile> evidence) {

    public AssessmentResultData {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Without evidence files ("Tidak ada data dukung"). */
    public AssessmentResultData(Regency regency, String nominationCode, String periodTitle, Nominee nominee,
                                YearMonth referenceMonth, Rubric rubric, Scores scores, SignOff signOff,
                                LocalDate signDate, int version, LocalDateTime generatedAt) {
        this(regency, nominationCode, periodTitle, nominee, referenceMonth, rubric, scores, signOff, signDate, version,
                generatedAt, List.of());
    }

    /** One evidence file as printed: its name, its type ("PDF", "JPEG", "PNG") and its size ("1,2 MB"). */
    public record EvidenceFile(String fileName, String type, String size) {
    }

    /** The assessment's raw inputs and scores; a missing score prints as "-". */
    public record Scores(BigDecimal eKinerjaValue, Integer kinerjaScore, BigDecimal attendancePercent,
                         Integer disiplinScore, String innovationName, String innovationDescription,
                         Integer innovationScore, BehaviourResult behaviourResult, Integer perilakuScore,
                         Integer teamWorkScore, Integer totalScore) {
    }

    /** Who filled the instrument and who signed it off in the application, and when. */
    public record SignOff(String filledBy, LocalDateTime filledAt, String signedOffBy, LocalDateTime signedOffAt) {
    }
}
