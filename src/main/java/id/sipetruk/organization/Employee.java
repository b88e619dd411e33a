package id.sipetruk.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A civil servant (PNS or PPPK) of one OPD. */
@Entity
@Table(name = "employee")
public class Employee {

    /** From employee_seq, 50 at a time (V13), so that an import's inserts go to the database in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
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
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    private EmploymentType employmentType;
    /** SIASN's KEDUDUKAN HUKUM ID ("01" Aktif, "99" Pensiun, …); null while unknown (not imported). */
    @Column(name = "legal_status_code")
    private String legalStatusCode;
    @Column(name = "legal_status_name")
    private String legalStatusName;
    /** SIASN's UNOR ID of the unit he works in; null for employees not imported. */
    @Column(name = "unor_code")
    private String unorCode;
    /** SIASN's TMT CPNS; null while not imported. */
    @Column(name = "service_start")
    private LocalDate serviceStart;

    protected Employee() {
    }

    /** @throws id.sipetruk.common.ValidationException when the NIP is not a valid NIP */
    public Employee(String nip, String name, String position, String rankGrade, Opd opd) {
        Nip number = Nip.parse(nip);
        this.nip = number.value();
        this.employmentType = number.kind() == Nip.Kind.PPPK ? EmploymentType.PPPK : EmploymentType.PNS;
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
    public EmploymentType getEmploymentType() { return employmentType; }
    public String getLegalStatusCode() { return legalStatusCode; }
    public String getLegalStatusName() { return legalStatusName; }

    /** The legal status code of an employee in active service (SIASN: "01" Aktif). */
    public static final String IN_SERVICE = "01";

    /**
     * Why the employee cannot be nominated, as a message key of messages.properties; empty if he can: he must be in
     * the register (active), appointed (not CPNS) and in active service (legal status "Aktif", or not known).
     */
    public Optional<String> notNominableBecause() {
        if (!active) {
            return Optional.of("nomination.inactiveEmployee");
        }
        if (employmentType == EmploymentType.CPNS) {
            return Optional.of("nomination.candidateEmployee");
        }
        if (legalStatusCode != null && !IN_SERVICE.equals(legalStatusCode)) {
            return Optional.of("nomination.notInService");
        }
        return Optional.empty();
    }

    public String getUnorCode() { return unorCode; }

    /**
     * What SIASN's employee export says of him now; he is in the register again if he was not.
     *
     * @return whether anything changed
     */
    public boolean recordedAs(String name, String position, String rankGrade, Opd opd, String unorCode,
                              EmploymentType type, String legalStatusCode, String legalStatusName) {
        boolean changed = !active || !Objects.equals(this.name, name) || !Objects.equals(this.position, position)
                || !Objects.equals(this.rankGrade, rankGrade) || !Objects.equals(this.opd.getId(), opd.getId())
                || !Objects.equals(this.unorCode, unorCode) || this.employmentType != type
                || !Objects.equals(this.legalStatusCode, legalStatusCode)
                || !Objects.equals(this.legalStatusName, legalStatusName);
        this.active = true;
        this.name = name;
        this.position = position;
        this.rankGrade = rankGrade;
        this.opd = opd;
        this.unorCode = unorCode;
        employment(type, legalStatusCode, legalStatusName);
        return changed;
    }

    /**
     * When he entered service: SIASN's TMT CPNS when imported, else the month a PNS's NIP holds; empty for a PPPK
     * not imported (his number holds the year only).
     */
    public Optional<LocalDate> serviceStart() {
        if (serviceStart != null) {
            return Optional.of(serviceStart);
        }
        return Optional.ofNullable(Nip.parse(nip).appointment()).map(month -> month.atDay(1));
    }

    /** Whether {@link #serviceStart()} is SIASN's TMT CPNS (else it is the NIP's month, or unknown). */
    public boolean serviceStartFromSiasn() {
        return serviceStart != null;
    }

    /**
     * SIASN's TMT CPNS; an empty cell keeps what is known.
     *
     * @return whether it changed
     */
    public boolean enteredService(LocalDate start) {
        if (start == null || start.equals(serviceStart)) {
            return false;
        }
        serviceStart = start;
        return true;
    }

    /** His unit was placed in another OPD (BKPSDM's UNOR mapping). */
    void movedTo(Opd newOpd) {
        this.opd = newOpd;
    }

    /** No longer in the register (missing from a full employee import): kept, with his history, but not nominable. */
    public void deactivate() {
        this.active = false;
    }

    /** What SIASN says of the employee's kind and legal status (KEDUDUKAN HUKUM ID and NAMA). */
    public void employment(EmploymentType type, String legalStatusCode, String legalStatusName) {
        this.employmentType = type;
        this.legalStatusCode = legalStatusCode;
        this.legalStatusName = legalStatusName;
    }

    public String formattedNip() { return Nip.parse(nip).formatted(); }
}
