package id.sipetruk.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A civil servant (PNS or PPPK) of one OPD. */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String nip;
    private String name;
    private String position;
    @Column(name = "rank_grade")
    private String rankGrade;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "opd_id")
    private Opd opd;
    private boolean active = true;

    protected Employee() {
    }

    /** @throws id.sipetruk.common.ValidationException when the NIP is not a valid NIP */
    public Employee(String nip, String name, String position, String rankGrade, Opd opd) {
        this.nip = Nip.parse(nip).value();
        this.name = name;
        this.position = position;
        this.rankGrade = rankGrade;
        this.opd = opd;
    }

    public Long getId() { return id; }
    public String getNip() { return nip; }
    public String getName() { return name; }
    public String getPosition() { return position; }
    public String getRankGrade() { return rankGrade; }
    public Opd getOpd() { return opd; }
    public boolean isActive() { return active; }

    public String formattedNip() { return Nip.parse(nip).formatted(); }
}
