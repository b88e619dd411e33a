package id.sipetruk.decree;

import id.sipetruk.nomination.Nomination;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An awardee named in a decree version's annex (Lampiran), in rank order. Approved, it is the award. */
@Entity
@Table(name = "decree_awardee")
public class DecreeAwardee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decree_id")
    private Decree decree;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;
    private int rankOrder;
    private String awardTitle;

    protected DecreeAwardee() {
    }

    DecreeAwardee(Decree decree, Nomination nomination, int rankOrder, String awardTitle) {
        this.decree = decree;
        this.nomination = nomination;
        this.rankOrder = rankOrder;
        this.awardTitle = awardTitle;
    }

    public Long getId() { return id; }
    public Decree getDecree() { return decree; }
    public Nomination getNomination() { return nomination; }
    public int getRankOrder() { return rankOrder; }
    public String getAwardTitle() { return awardTitle; }
}
