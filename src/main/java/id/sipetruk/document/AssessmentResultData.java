package id.sipetruk.document;

import id.sipetruk.regency.Regency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the printed "Hasil Penilaian Instrumen Kinerja" shows, as plain values.
 *
 * @param referenceMonth the month whose e-Kinerja and attendance were assessed
 * @param rubric the period's scoring rules (thresholds and score scales) as printed
 * @param signDate the date printed above the OPD head's signature
 * @param evidence the evidence files (data dukung) uploaded with the nomination, oldest first
 */
public record AssessmentResultData(Regency regency, String nominationCode, String periodTitle, Nominee nominee,
                                   YearMonth referenceMonth, Rules rubric, Scores scores, SignOff signOff,
                                   LocalDate signDate, int version, LocalDateTime generatedAt,
                                   List<EvidenceFile> evidence) implements DocumentContent {

    public AssessmentResultData {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Without evidence files ("Tidak ada data dukung"). */
    public AssessmentResultData(Regency regency, String nominationCode, String periodTitle, Nominee nominee,
                                YearMonth referenceMonth, Rules rubric, Scores scores, SignOff signOff,
                                LocalDate signDate, int version, LocalDateTime generatedAt) {
        this(regency, nominationCode, periodTitle, nominee, referenceMonth, rubric, scores, signOff, signDate, version,
                generatedAt, List.of());
    }

    /**
     * The period's scoring rules as the criteria column prints them.
     *
     * @param kinerjaPredikats       "Sangat Baik atau Baik" when the period scores Kinerja by predikat, else null
     * @param innovationScoreOptions the scores the innovation may get, e.g. 0, 10, 20, 30, 40
     */
    public record Rules(BigDecimal kinerjaThreshold, String kinerjaPredikats, int kinerjaScore, BigDecimal disiplinThreshold, int disiplinScore,
                        List<Integer> innovationScoreOptions, int behaviourAboveScore, int behaviourAsExpectedScore,
                        int behaviourBelowScore, List<Integer> teamWorkScoreOptions) {

        public Rules {
            innovationScoreOptions = List.copyOf(innovationScoreOptions);
            teamWorkScoreOptions = List.copyOf(teamWorkScoreOptions);
        }
    }

    @Override
    public DocumentFacts facts() {
        return DocumentFacts.of(this);
    }

    @Override
    public String fileName() {
        return DocumentFiles.assessmentResult(nominationCode, version);
    }

    @Override
    public byte[] render(Verification verification) {
        return new AssessmentResultPdf().render(this, verification);
    }

    /** Stamped "PRATINJAU", without verification code: for the OPD head before sign-off. */
    public byte[] preview() {
        return new AssessmentResultPdf().preview(this);
    }

    /** One evidence file as printed: its name, its type ("PDF", "JPEG", "PNG") and its size ("1,2 MB"). */
    public record EvidenceFile(String fileName, String type, String size) {
    }

    /**
     * The assessment's raw inputs and scores; a missing score prints as "-".
     *
     * @param eKinerjaPredikat the predikat's label when the period scores Kinerja by predikat, else null
     */
    public record Scores(BigDecimal eKinerjaValue, String eKinerjaPredikat, Integer kinerjaScore, BigDecimal attendancePercent,
                         Integer disiplinScore, String innovationName, String innovationDescription,
                         Integer innovationScore, String behaviourResult, Integer perilakuScore,
                         Integer teamWorkScore, Integer totalScore) {
    }

    /** Who filled the instrument and who signed it off in the application, and when. */
    public record SignOff(String filledBy, LocalDateTime filledAt, String signedOffBy, LocalDateTime signedOffAt) {
    }
}
