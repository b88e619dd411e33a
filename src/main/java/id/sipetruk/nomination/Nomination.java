package id.sipetruk.nomination;

import id.sipetruk.common.RegencyClock;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One nominee of one OPD in one period. Its code is the business key of its NominationProcess. */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "period_id")
    private AwardPeriod period;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "opd_id")
    private Opd opd;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Enumerated(EnumType.STRING)
    private NominationStatus status = NominationStatus.ASSESSMENT;
    private String nominatedBy;
    private LocalDateTime nominatedAt;
    private Integer instrumentRank;
    private BigDecimal panelScore;
    private BigDecimal finalScore;
    private Integer finalRank;
    private String finalNote;

    protected Nomination() {
    }

    public Nomination(String code, AwardPeriod period, Opd opd, Employee employee, String nominatedBy) {
        this.code = code;
        this.period = period;
        this.opd = opd;
        this.employee = employee;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public AwardPeriod getPeriod() { return period; }
    public Opd getOpd() { return opd; }
    public Employee getEmployee() { return employee; }
    public NominationStatus getStatus() { return status; }
    public String getNominatedBy() { return nominatedBy; }
    public LocalDateTime getNominatedAt() { return nominatedAt; }
    public Integer getInstrumentRank() { return instrumentRank; }
    public BigDecimal getPanelScore() { return panelScore; }
    public BigDecimal getFinalScore() { return finalScore; }
    public Integer getFinalRank() { return finalRank; }
    public String getFinalNote() { return finalNote; }

    public void moveTo(NominationStatus next) { this.status = next; }

    public void ranked(Integer instrumentRank) { this.instrumentRank = instrumentRank; }

    public void finalScore(BigDecimal panelScore, BigDecimal finalScore, int finalRank) {
        this.panelScore = panelScore;
        this.finalScore = finalScore;
        this.finalRank = finalRank;
    }

    public void close(NominationStatus finalStatus, String note) {
        this.status = finalStatus;
        this.finalNote = note;
    }
}
