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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One employee's performance in one month, as the regency's systems give it: the e-Kinerja value or BKN's predikat
 * with its two ratings, and the attendance percentage of the presensi system. Each part keeps when it was imported,
 * so the instrument can name its source; a part a file does not carry is left as it was.
 */
@Entity
@Table(name = "monthly_performance")
public class MonthlyPerformance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Column(name = "perf_year")
    private int year;
    @Column(name = "perf_month")
    private int month;
    @Column(name = "kinerja_value")
    private BigDecimal kinerjaValue;
    @Enumerated(EnumType.STRING)
    private Predikat predikat;
    @Enumerated(EnumType.STRING)
    @Column(name = "work_result")
    private Expectation workResult;
    @Enumerated(EnumType.STRING)
    @Column(name = "work_behaviour")
    private Expectation workBehaviour;
    @Column(name = "kinerja_imported_at")
    private LocalDateTime kinerjaImportedAt;
    @Column(name = "attendance_percent")
    private BigDecimal attendancePercent;
    @Column(name = "attendance_imported_at")
    private LocalDateTime attendanceImportedAt;

    protected MonthlyPerformance() {
    }

    public MonthlyPerformance(Employee employee, int year, int month) {
        this.employee = employee;
        this.year = year;
        this.month = month;
    }

    /** The e-Kinerja part of a row: a value, a predikat with its ratings, or both. */
    public record Kinerja(BigDecimal value, Predikat predikat, Expectation workResult, Expectation workBehaviour) {
    }

    /** @return whether anything changed */
    public boolean kinerja(Kinerja kinerja, LocalDateTime importedAt) {
        boolean changed = kinerjaValue == null ? kinerja.value() != null
                : kinerja.value() == null || kinerjaValue.compareTo(kinerja.value()) != 0;
        changed |= predikat != kinerja.predikat() || workResult != kinerja.workResult()
                || workBehaviour != kinerja.workBehaviour();
        if (changed) {
            kinerjaValue = kinerja.value();
            predikat = kinerja.predikat();
            workResult = kinerja.workResult();
            workBehaviour = kinerja.workBehaviour();
            kinerjaImportedAt = importedAt;
        }
        return changed;
    }

    /** @return whether it changed */
    public boolean attendance(BigDecimal percent, LocalDateTime importedAt) {
        if (attendancePercent != null && attendancePercent.compareTo(percent) == 0) {
            return false;
        }
        attendancePercent = percent;
        attendanceImportedAt = importedAt;
        return true;
    }

    public Long getId() { return id; }
    public Employee getEmployee() { return employee; }
    public int getYear() { return year; }
    public int getMonth() { return month; }
    public BigDecimal getKinerjaValue() { return kinerjaValue; }
    public Predikat getPredikat() { return predikat; }
    public Expectation getWorkResult() { return workResult; }
    public Expectation getWorkBehaviour() { return workBehaviour; }
    public LocalDateTime getKinerjaImportedAt() { return kinerjaImportedAt; }
    public BigDecimal getAttendancePercent() { return attendancePercent; }
    public LocalDateTime getAttendanceImportedAt() { return attendanceImportedAt; }
}
