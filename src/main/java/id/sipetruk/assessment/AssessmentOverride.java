package id.sipetruk.assessment;

import id.sipetruk.common.RegencyClock;
import id.sipetruk.nomination.Nomination;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An OPD admin entered another value than the imported one, and said why; the audit trail lists it. */
@Entity
@Table(name = "assessment_override")
public class AssessmentOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;
    /** The instrument field's label: "Nilai e-Kinerja", "Persentase kehadiran". */
    private String field;
    @Column(name = "imported_value")
    private String importedValue;
    @Column(name = "entered_value")
    private String enteredValue;
    /** "impor kinerja 2 Desember 2026". */
    private String source;
    private String reason;
    @Column(name = "overridden_by")
    private String overriddenBy;
    @Column(name = "overridden_at")
    private LocalDateTime overriddenAt;

    protected AssessmentOverride() {
    }

    AssessmentOverride(Nomination nomination, String field, String importedValue, String enteredValue, String source,
                       String reason, String by) {
        this.nomination = nomination;
        this.field = field;
        this.importedValue = importedValue;
        this.enteredValue = enteredValue;
        this.source = source;
        this.reason = reason;
        this.overriddenBy = by;
        this.overriddenAt = RegencyClock.now();
    }

    public String getField() { return field; }
    public String getImportedValue() { return importedValue; }
    public String getEnteredValue() { return enteredValue; }
    public String getSource() { return source; }
    public String getReason() { return reason; }
    public String getOverriddenBy() { return overriddenBy; }
    public LocalDateTime getOverriddenAt() { return overriddenAt; }
}
