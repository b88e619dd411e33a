package id.sipetruk.period;

import id.sipetruk.common.ValidationException;
import id.sipetruk.document.AssessmentResultData;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

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
        return new AssessmentResultData.Rules(kinerjaThreshold, kinerjaScore, disiplinThreshold, disiplinScore,
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
