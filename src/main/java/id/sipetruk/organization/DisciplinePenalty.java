package id.sipetruk.organization;

import id.sipetruk.common.RegencyClock;
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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * One disciplinary penalty of an employee (SIASN's riwayat hukuman disiplin). History: an import adds or corrects a
 * penalty, never deletes one. Identified by its decree number (NOMOR SK) when it has one, else by its start (TMT)
 * and kind (JENIS HUKUMAN).
 */
@Entity
@Table(name = "discipline_penalty")
public class DisciplinePenalty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Column(name = "penalty_type")
    private String penaltyType;
    @Enumerated(EnumType.STRING)
    @Column(name = "penalty_level")
    private PenaltyLevel level;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "decree_number")
    private String decreeNumber;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected DisciplinePenalty() {
    }

    public DisciplinePenalty(Employee employee, String penaltyType, PenaltyLevel level, LocalDate startsOn,
                             LocalDate endsOn, String decreeNumber) {
        this.employee = employee;
        this.penaltyType = penaltyType;
        this.level = level;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.decreeNumber = decreeNumber;
        this.recordedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public Employee getEmployee() { return employee; }
    public String getPenaltyType() { return penaltyType; }
    public PenaltyLevel getLevel() { return level; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getDecreeNumber() { return decreeNumber; }
    public LocalDateTime getRecordedAt() { return recordedAt; }

    /** Whether a row of a file is this penalty: the same NOMOR SK, or (either without one) the same TMT and kind. */
    public boolean isSameAs(String otherDecreeNumber, LocalDate otherStart, String otherType) {
        if (decreeNumber != null && otherDecreeNumber != null) {
            return normalized(decreeNumber).equals(normalized(otherDecreeNumber));
        }
        return startsOn.equals(otherStart) && normalized(penaltyType).equals(normalized(otherType));
    }

    /**
     * What a later file says of it: its kind, level, end and number may be corrected.
     *
     * @return whether anything changed
     */
    public boolean correctedTo(String penaltyType, PenaltyLevel level, LocalDate startsOn, LocalDate endsOn,
                               String decreeNumber) {
        boolean changed = !this.penaltyType.equals(penaltyType) || this.level != level
                || !this.startsOn.equals(startsOn) || !Objects.equals(this.endsOn, endsOn)
                || (decreeNumber != null && !decreeNumber.equals(this.decreeNumber));
        this.penaltyType = penaltyType;
        this.level = level;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        if (decreeNumber != null) {
            this.decreeNumber = decreeNumber;
        }
        return changed;
    }

    /** Whether it was being served at some time between the two days (both included); no end: its start day only. */
    public boolean servedBetween(LocalDate from, LocalDate to) {
        LocalDate end = endsOn != null ? endsOn : startsOn;
        return !startsOn.isAfter(to) && !end.isBefore(from);
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
