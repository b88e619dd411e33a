package id.sipetruk.assessment;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.IndonesianNumbers;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.MonthlyPerformance;
import id.sipetruk.organization.MonthlyPerformanceRepository;
import id.sipetruk.organization.Predikat;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.KinerjaMeasure;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nominee's imported performance in the period's reference month (the kinerja import), which pre-fills the
 * instrument; a value entered otherwise needs a reason, recorded as an {@link AssessmentOverride}.
 */
@Service
@Transactional
public class ImportedPerformance {

    static final String KINERJA_VALUE = "Nilai e-Kinerja";
    static final String KINERJA_PREDIKAT = "Predikat kinerja";
    static final String ATTENDANCE = "Persentase kehadiran";

    private final MonthlyPerformanceRepository performances;
    private final AssessmentOverrideRepository overrides;

    public ImportedPerformance(MonthlyPerformanceRepository performances, AssessmentOverrideRepository overrides) {
        this.performances = performances;
        this.overrides = overrides;
    }

    /**
     * What the imports hold; each part null when not imported.
     *
     * @param kinerjaSource    "impor kinerja 2 Desember 2026", or null
     * @param attendanceSource likewise for the attendance
     */
    public record Imported(BigDecimal value, Predikat predikat, BigDecimal attendance, String kinerjaSource,
                           String attendanceSource) {

        static final Imported NOTHING = new Imported(null, null, null, null, null);
    }

    @Transactional(readOnly = true)
    public Imported of(Nomination nomination) {
        AwardPeriod period = nomination.getPeriod();
        return performances.findByEmployeeIdAndYearAndMonth(nomination.getEmployee().getId(),
                period.getReferenceYear(), period.getReferenceMonth()).map(ImportedPerformance::imported)
                .orElse(Imported.NOTHING);
    }

    private static Imported imported(MonthlyPerformance p) {
        return new Imported(p.getKinerjaValue(), p.getPredikat(), p.getAttendancePercent(),
                source(p.getKinerjaImportedAt()), source(p.getAttendanceImportedAt()));
    }

    private static String source(LocalDateTime importedAt) {
        return importedAt == null ? null : "impor kinerja " + IndonesianDates.date(importedAt.toLocalDate());
    }

    /** One imported value the admin entered otherwise. */
    private record Change(String field, String imported, String entered, String source) {
    }

    /**
     * Refuses an instrument that changes an imported value without a reason; with one, records each change.
     *
     * @throws ValidationException ("assessment.overrideReason") naming the changed values and their source
     */
    void checkOverrides(Nomination nomination, AssessmentInput input, String by) {
        Imported imported = of(nomination);
        List<Change> changes = new ArrayList<>();
        if (nomination.getPeriod().getRubric().getKinerjaMeasure() == KinerjaMeasure.PREDIKAT) {
            if (imported.predikat() != null && imported.predikat() != input.eKinerjaPredikat()) {
                changes.add(new Change(KINERJA_PREDIKAT, imported.predikat().label(),
                        input.eKinerjaPredikat() == null ? "-" : input.eKinerjaPredikat().label(),
                        imported.kinerjaSource()));
            }
        } else if (differs(imported.value(), input.eKinerjaValue())) {
            changes.add(new Change(KINERJA_VALUE, IndonesianNumbers.decimal(imported.value()),
                    IndonesianNumbers.decimal(input.eKinerjaValue()), imported.kinerjaSource()));
        }
        if (differs(imported.attendance(), input.attendancePercent())) {
            changes.add(new Change(ATTENDANCE, IndonesianNumbers.decimal(imported.attendance()),
                    IndonesianNumbers.decimal(input.attendancePercent()), imported.attendanceSource()));
        }
        if (changes.isEmpty()) {
            return;
        }
        String reason = input.overrideReason() == null ? "" : input.overrideReason().strip();
        if (reason.isEmpty()) {
            throw new ValidationException("assessment.overrideReason", changes.stream()
                    .map(c -> "%s %s (%s)".formatted(c.field(), c.imported(), c.source()))
                    .collect(Collectors.joining("; ")));
        }
        changes.forEach(c -> overrides.save(new AssessmentOverride(nomination, c.field(), c.imported(), c.entered(),
                c.source(), reason, by)));
    }

    /** Whether an imported value exists and the entered one is another. */
    private static boolean differs(BigDecimal imported, BigDecimal entered) {
        return imported != null && (entered == null || imported.compareTo(entered) != 0);
    }

    /** The reason the admin gave last time, to show again when the instrument comes back to him. */
    @Transactional(readOnly = true)
    public String lastReason(Long nominationId) {
        List<AssessmentOverride> earlier = overrides.findByNominationIdOrderByOverriddenAtAscIdAsc(nominationId);
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).getReason();
    }
}
