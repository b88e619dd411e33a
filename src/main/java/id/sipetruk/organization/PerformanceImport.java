package id.sipetruk.organization;

import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableFile;
import id.sipetruk.common.TableFile.Row;
import id.sipetruk.common.TableImport;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.MonthlyPerformance.Kinerja;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Imports monthly performance per NIP (columns: docs/data-import.md): the e-Kinerja value of a regency's
 * e-Kinerja/TPP system or BKN's predikat with its two ratings, and the attendance percentage of the presensi
 * system. The e-Kinerja and the presensi export may come as separate files: a part a file has no column for is
 * left as it was. Importing the same file twice changes nothing the second time.
 */
@Service
public class PerformanceImport implements TableImport {

    static final String NIP = "NIP";
    static final String MONTH = "BULAN";
    static final String YEAR = "TAHUN";
    static final String VALUE = "NILAI KINERJA";
    static final String PREDIKAT = "PREDIKAT";
    static final String WORK_RESULT = "HASIL KERJA";
    static final String WORK_BEHAVIOUR = "PERILAKU KERJA";
    static final String ATTENDANCE = "PERSEN HADIR";

    private static final TableFile.Columns COLUMNS = new TableFile.Columns(List.of(NIP, MONTH, YEAR), Map.ofEntries(
            Map.entry("NIP BARU", NIP), Map.entry("NILAI", VALUE), Map.entry("NILAI E-KINERJA", VALUE),
            Map.entry("NILAI EKINERJA", VALUE), Map.entry("E-KINERJA", VALUE), Map.entry("PREDIKAT KINERJA", PREDIKAT),
            Map.entry("RATING HASIL KERJA", WORK_RESULT), Map.entry("RATING PERILAKU KERJA", WORK_BEHAVIOUR),
            Map.entry("PERILAKU", WORK_BEHAVIOUR), Map.entry("PERSEN KEHADIRAN", ATTENDANCE),
            Map.entry("PERSENTASE KEHADIRAN", ATTENDANCE), Map.entry("KEHADIRAN", ATTENDANCE),
            Map.entry("% HADIR", ATTENDANCE)));
    private static final List<String> KINERJA_COLUMNS = List.of(VALUE, PREDIKAT, WORK_RESULT, WORK_BEHAVIOUR);
    private static final List<String> VALUE_COLUMNS = List.of(VALUE, PREDIKAT, WORK_RESULT, WORK_BEHAVIOUR, ATTENDANCE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EmployeeRepository employees;
    private final MonthlyPerformanceRepository performances;
    private final Clock clock;

    public PerformanceImport(EmployeeRepository employees, MonthlyPerformanceRepository performances, Clock clock) {
        this.employees = employees;
        this.performances = performances;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "kinerja";
    }

    /** What one good row says. */
    private record Reading(Employee employee, int year, int month, Kinerja kinerja, BigDecimal attendance) {
    }

    @Override
    public ImportResult apply(byte[] file) {
        TableFile.Content content = TableFile.read(file, COLUMNS);
        if (!content.problems().isEmpty()) {
            return ImportResult.refused(content.problems());
        }
        Set<String> columns = content.columns();
        boolean hasKinerja = KINERJA_COLUMNS.stream().anyMatch(columns::contains);
        boolean hasAttendance = columns.contains(ATTENDANCE);
        if (!hasKinerja && !hasAttendance) {
            return ImportResult.refused(List.of(new ImportProblem(1, "", Messages.get("import.kinerja.noValues"))));
        }
        Map<String, Employee> byNip = employees.findAll().stream()
                .collect(Collectors.toMap(Employee::getNip, Function.identity()));
        List<ImportProblem> problems = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<Integer> badRows = new HashSet<>();
        for (Row row : content.rows()) {
            int before = problems.size();
            Optional<Reading> reading = read(row, byNip, seen, problems, hasKinerja, hasAttendance);
            if (problems.size() > before) {
                badRows.add(row.row());
            } else {
                reading.ifPresent(readings::add);
            }
        }
        Set<Integer> years = readings.stream().map(Reading::year).collect(Collectors.toSet());
        Map<String, MonthlyPerformance> existing = performances.findByYearIn(years).stream()
                .collect(Collectors.toMap(p -> key(p.getEmployee().getId(), p.getYear(), p.getMonth()),
                        Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock);
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Reading r : readings) {
            MonthlyPerformance record = existing.get(key(r.employee().getId(), r.year(), r.month()));
            boolean isNew = record == null;
            if (isNew) {
                record = new MonthlyPerformance(r.employee(), r.year(), r.month());
            }
            boolean differs = false;
            if (r.kinerja() != null) {
                differs = record.kinerja(r.kinerja(), now);
            }
            if (r.attendance() != null) {
                differs |= record.attendance(r.attendance(), now);
            }
            if (isNew) {
                performances.save(record);
                created++;
            } else if (differs) {
                changed++;
            } else {
                unchanged++;
            }
        }
        return new ImportResult(created, changed, unchanged, 0, badRows.size(), problems, List.of(), true);
    }

    private static String key(Long employeeId, int year, int month) {
        return employeeId + "/" + year + "/" + month;
    }

    private static Optional<Reading> read(Row row, Map<String, Employee> byNip, Map<String, Integer> seen,
                                          List<ImportProblem> problems, boolean hasKinerja, boolean hasAttendance) {
        Employee employee = null;
        try {
            Nip nip = Nip.parse(require(row, NIP));
            employee = byNip.get(nip.value());
            if (employee == null) {
                problems.add(new ImportProblem(row.row(), NIP,
                        Messages.get("import.unknownEmployee", nip.formatted())));
            }
        } catch (ValidationException wrong) {
            problems.add(new ImportProblem(row.row(), NIP, wrong.getMessage()));
        }
        Integer month = IndonesianDates.monthNumber(row.get(MONTH)).orElseGet(() -> whole(row, MONTH, 1, 12, problems));
        Integer year = whole(row, YEAR, 2000, 2100, problems);
        Kinerja kinerja = hasKinerja ? kinerja(row, problems) : null;
        BigDecimal attendance = hasAttendance ? percent(row, ATTENDANCE, problems) : null;
        if (VALUE_COLUMNS.stream().allMatch(column -> row.get(column).isEmpty())) {
            problems.add(new ImportProblem(row.row(), "", Messages.get("import.kinerja.emptyRow")));
        }
        if (employee == null || month == null || year == null) {
            return Optional.empty();
        }
        Integer earlier = seen.putIfAbsent(employee.getNip() + "/" + year + "/" + month, row.row());
        if (earlier != null) {
            problems.add(new ImportProblem(row.row(), NIP, Messages.get("import.kinerja.duplicate",
                    employee.formattedNip(), month, String.valueOf(year), earlier)));
            return Optional.empty();
        }
        return Optional.of(new Reading(employee, year, month, kinerja, attendance));
    }

    /**
     * The value, or the predikat as given or as the two ratings give it (a predikat the ratings contradict is bad);
     * null when the row has neither, so what is known stays.
     */
    private static Kinerja kinerja(Row row, List<ImportProblem> problems) {
        BigDecimal value = percent(row, VALUE, problems);
        Expectation workResult = expectation(row, WORK_RESULT, problems);
        Expectation behaviour = expectation(row, WORK_BEHAVIOUR, problems);
        Predikat predikat = null;
        if (!row.get(PREDIKAT).isEmpty()) {
            predikat = Predikat.read(row.get(PREDIKAT)).orElse(null);
            if (predikat == null) {
                problems.add(new ImportProblem(row.row(), PREDIKAT,
                        Messages.get("import.kinerja.predikat", row.get(PREDIKAT))));
            }
        }
        if (row.get(WORK_RESULT).isEmpty() != row.get(WORK_BEHAVIOUR).isEmpty() && predikat == null) {
            String missing = row.get(WORK_RESULT).isEmpty() ? WORK_RESULT : WORK_BEHAVIOUR;
            problems.add(new ImportProblem(row.row(), missing, Messages.get("import.kinerja.bothRatings", missing)));
        }
        if (workResult != null && behaviour != null) {
            Predikat rated = Predikat.of(workResult, behaviour);
            if (predikat != null && predikat != rated) {
                problems.add(new ImportProblem(row.row(), PREDIKAT, Messages.get("import.kinerja.predikatMismatch",
                        predikat.label(), rated.label())));
            }
            predikat = rated;
        }
        return value == null && predikat == null ? null : new Kinerja(value, predikat, workResult, behaviour);
    }

    private static Expectation expectation(Row row, String column, List<ImportProblem> problems) {
        if (row.get(column).isEmpty()) {
            return null;
        }
        Optional<Expectation> read = Expectation.read(row.get(column));
        if (read.isEmpty()) {
            problems.add(new ImportProblem(row.row(), column,
                    Messages.get("import.kinerja.expectation", row.get(column))));
        }
        return read.orElse(null);
    }

    /** 0–100 with at most two decimals, a decimal comma or point, an optional "%"; null when empty. */
    private static BigDecimal percent(Row row, String column, List<ImportProblem> problems) {
        String cell = row.get(column).replace("%", "").strip();
        if (cell.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(cell.contains(".") ? cell : cell.replace(',', '.'));
            if (value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 && value.stripTrailingZeros().scale() <= 2) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(new ImportProblem(row.row(), column, Messages.get("import.kinerja.percent", column, cell)));
        return null;
    }

    private static Integer whole(Row row, String column, int lowest, int highest, List<ImportProblem> problems) {
        String cell = row.get(column);
        try {
            int value = Integer.parseInt(cell.replaceAll("\\.0+$", ""));
            if (value >= lowest && value <= highest) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(new ImportProblem(row.row(), column, cell.isEmpty() ? Messages.get("import.required", column)
                : Messages.get("import.kinerja.range", column, cell, String.valueOf(lowest), String.valueOf(highest))));
        return null;
    }

    private static String require(Row row, String column) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            throw new ValidationException("import.required", column);
        }
        return cell;
    }
}
