package id.sipetruk.period;

import id.sipetruk.common.IndonesianNumbers;
import id.sipetruk.common.ValidationException;
import id.sipetruk.document.AssessmentResultData;
import id.sipetruk.organization.Predikat;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scoring and ranking rules of one award period. Kept with the period (a copy per period), so a
 * rule changed for next year never rescores this year's nominees. Defaults follow domain.md.
 */
@Embeddable
public class Rubric {

    public static final BigDecimal DEFAULT_KINERJA_THRESHOLD = new BigDecimal("85");
    public static final BigDecimal DEFAULT_DISIPLIN_THRESHOLD = new BigDecimal("95");
    public static final int DEFAULT_INSTRUMENT_WEIGHT = 60;
    public static final int DEFAULT_PANEL_WEIGHT = 40;

    @Column(name = "rubric_kinerja_threshold")
    private BigDecimal kinerjaThreshold = DEFAULT_KINERJA_THRESHOLD;
    @Enumerated(EnumType.STRING)
    @Column(name = "rubric_kinerja_measure")
    private KinerjaMeasure kinerjaMeasure = KinerjaMeasure.VALUE;
    /** The predikat that meet Kinerja when it is scored by predikat, comma-separated names. */
    @Column(name = "rubric_kinerja_predikats")
    private String kinerjaPredikats = Predikat.SANGAT_BAIK.name();
    @Column(name = "rubric_kinerja_score")
    private int kinerjaScore = 10;
    @Column(name = "rubric_disiplin_threshold")
    private BigDecimal disiplinThreshold = DEFAULT_DISIPLIN_THRESHOLD;
    @Column(name = "rubric_disiplin_score")
    private int disiplinScore = 10;
    @Column(name = "rubric_innovation_scores")
    private String innovationScores = "10,20,30,40";
    @Column(name = "rubric_behaviour_above")
    private int behaviourAboveScore = 20;
    @Column(name = "rubric_behaviour_as_expected")
    private int behaviourAsExpectedScore = 10;
    @Column(name = "rubric_behaviour_below")
    private int behaviourBelowScore = 0;
    @Column(name = "rubric_team_work_scores")
    private String teamWorkScores = "10,15,20";
    @Column(name = "rubric_instrument_weight")
    private int instrumentWeight = DEFAULT_INSTRUMENT_WEIGHT;
    @Column(name = "rubric_panel_weight")
    private int panelWeight = DEFAULT_PANEL_WEIGHT;
    /** Order in which ties of the final score are broken; see docs/scoring-and-ranking.md. */
    @Column(name = "rubric_tie_breaks")
    private String tieBreaks = TieBreak.DEFAULT_ORDER;

    public Rubric() {
    }

    public Rubric(BigDecimal kinerjaThreshold, BigDecimal disiplinThreshold, int instrumentWeight, int panelWeight) {
        if (kinerjaThreshold.signum() < 0 || kinerjaThreshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException("period.kinerjaThreshold");
        }
        if (disiplinThreshold.signum() < 0 || disiplinThreshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException("period.disiplinThreshold");
        }
        if (instrumentWeight < 0 || panelWeight < 0 || instrumentWeight + panelWeight != 100) {
            throw new ValidationException("period.weights", instrumentWeight, panelWeight);
        }
        this.kinerjaThreshold = kinerjaThreshold;
        this.disiplinThreshold = disiplinThreshold;
        this.instrumentWeight = instrumentWeight;
        this.panelWeight = panelWeight;
    }

    /**
     * Scores Kinerja by predikat instead of by value (or back).
     *
     * @param predikats the predikat that meet it; at least one when scoring by predikat
     */
    public void scoreKinerjaBy(KinerjaMeasure measure, Set<Predikat> predikats) {
        if (measure == KinerjaMeasure.PREDIKAT && predikats.isEmpty()) {
            throw new ValidationException("period.kinerjaPredikats");
        }
        this.kinerjaMeasure = measure;
        if (!predikats.isEmpty()) {
            this.kinerjaPredikats = EnumSet.copyOf(predikats).stream().map(Enum::name)
                    .collect(Collectors.joining(","));
        }
    }

    /** Whether the nominee's Kinerja meets the rubric: the value or the predikat, whichever the period scores. */
    public boolean kinerjaMet(BigDecimal value, Predikat predikat) {
        return kinerjaMeasure == KinerjaMeasure.PREDIKAT ? predikat != null && kinerjaPredikats().contains(predikat)
                : value != null && value.compareTo(kinerjaThreshold) >= 0;
    }

    /** "Nilai e-Kinerja ≥ 85" or "Predikat kinerja Sangat Baik atau Baik", as pages and documents print it. */
    public String kinerjaCriterion() {
        if (kinerjaMeasure == KinerjaMeasure.PREDIKAT) {
            return "Predikat kinerja " + predikatLabels();
        }
        return "Nilai e-Kinerja \u2265 " + IndonesianNumbers.decimal(kinerjaThreshold);
    }

    private String predikatLabels() {
        return kinerjaPredikats().stream().map(Predikat::label).collect(Collectors.joining(" atau "));
    }

    public KinerjaMeasure getKinerjaMeasure() { return kinerjaMeasure; }
    public Set<Predikat> kinerjaPredikats() {
        return Arrays.stream(kinerjaPredikats.split(",")).map(String::trim).map(Predikat::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Predikat.class)));
    }
    public BigDecimal getKinerjaThreshold() { return kinerjaThreshold; }
    public int getKinerjaScore() { return kinerjaScore; }
    public BigDecimal getDisiplinThreshold() { return disiplinThreshold; }
    public int getDisiplinScore() { return disiplinScore; }
    public List<Integer> innovationScoreOptions() { return parse(innovationScores); }
    public int getBehaviourAboveScore() { return behaviourAboveScore; }
    public int getBehaviourAsExpectedScore() { return behaviourAsExpectedScore; }
    public int getBehaviourBelowScore() { return behaviourBelowScore; }
    public List<Integer> teamWorkScoreOptions() { return parse(teamWorkScores); }
    public int getInstrumentWeight() { return instrumentWeight; }
    public int getPanelWeight() { return panelWeight; }
    /** The thresholds and score scales as the printed assessment result lists them under "Kriteria". */
    public AssessmentResultData.Rules printed() {
        return new AssessmentResultData.Rules(kinerjaThreshold, kinerjaMeasure == KinerjaMeasure.PREDIKAT
                ? predikatLabels() : null, kinerjaScore, disiplinThreshold, disiplinScore,
                innovationScoreOptions(), behaviourAboveScore, behaviourAsExpectedScore, behaviourBelowScore,
                teamWorkScoreOptions());
    }

    public List<TieBreak> tieBreakOrder() {
        return Arrays.stream(tieBreaks.split(",")).map(String::trim).map(TieBreak::valueOf).toList();
    }

    private static List<Integer> parse(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
