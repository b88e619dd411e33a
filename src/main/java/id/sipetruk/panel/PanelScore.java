package id.sipetruk.panel;

import id.sipetruk.common.RegencyClock;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/** One external panel member's independent score of one finalist, or the member's abstention. */
@Entity
@Table(name = "panel_score")
public class PanelScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;
    private String panelMember;
    private Integer presentationScore;
    private Integer interviewScore;
    private boolean abstained;
    private String abstentionReason;
    private LocalDateTime submittedAt;

    protected PanelScore() {
    }

    /** The range of the presentation and the interview score. */
    public static final int LOWEST = 0;
    public static final int HIGHEST = 100;

    /** A member's scores; each must lie in {@link #LOWEST}..{@link #HIGHEST}, whoever calls. */
    public static PanelScore scored(Nomination finalist, String member, int presentation, int interview) {
        inRange("Nilai presentasi", presentation);
        inRange("Nilai wawancara", interview);
        PanelScore score = new PanelScore(finalist, member);
        score.presentationScore = presentation;
        score.interviewScore = interview;
        return score;
    }

    private static void inRange(String label, int value) {
        if (value < LOWEST || value > HIGHEST) {
            throw new ValidationException("field.range", label, LOWEST, HIGHEST);
        }
    }

    public static PanelScore abstention(Nomination finalist, String member, String reason) {
        PanelScore score = new PanelScore(finalist, member);
        score.abstained = true;
        score.abstentionReason = reason;
        return score;
    }

    private PanelScore(Nomination nomination, String panelMember) {
        this.nomination = nomination;
        this.panelMember = panelMember;
        this.submittedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public Nomination getNomination() { return nomination; }
    public String getPanelMember() { return panelMember; }
    public Integer getPresentationScore() { return presentationScore; }
    public Integer getInterviewScore() { return interviewScore; }
    public boolean isAbstained() { return abstained; }

    /** The member's score of the finalist: (presentation + interview) / 2, two decimals; null if he abstained. */
    public BigDecimal memberScore() {
        if (abstained || presentationScore == null || interviewScore == null) {
            return null;
        }
        return BigDecimal.valueOf(presentationScore + interviewScore)
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
    public String getAbstentionReason() { return abstentionReason; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
}
