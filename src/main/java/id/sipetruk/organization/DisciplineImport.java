package id.sipetruk.organization;

import id.sipetruk.common.ImportDates;
import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableFile;
import id.sipetruk.common.TableFile.Row;
import id.sipetruk.common.TableImport;
import id.sipetruk.common.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Imports disciplinary penalties ({@link DisciplineColumns}) per NIP, PNS and PPPK. A penalty already known (the same
 * NOMOR SK, or the same TMT and JENIS HUKUMAN) is corrected when the file says otherwise, else left as it is; a new
 * one is added. Penalties are history: one missing from a later file is kept. Importing the same file twice changes
 * nothing the second time. A written import with no bad row is recorded ({@link DisciplineImportRun}): employees the
 * file does not name have no penalty as of that day.
 */
@Service
public class DisciplineImport implements TableImport {

    private final EmployeeRepository employees;
    private final DisciplinePenaltyRepository penalties;
    private final DisciplineImportRunRepository runs;

    public DisciplineImport(EmployeeRepository employees, DisciplinePenaltyRepository penalties,
                            DisciplineImportRunRepository runs) {
        this.employees = employees;
        this.penalties = penalties;
        this.runs = runs;
    }

    @Override
    public String kind() {
        return "disiplin";
    }

    /** A row that could be read. */
    private record Penalty(Employee employee, String type, PenaltyLevel level, LocalDate startsOn, LocalDate endsOn,
                           String decreeNumber) {
    }

    @Override
    public ImportResult apply(byte[] file) {
        TableFile.Content content = TableFile.read(file, DisciplineColumns.COLUMNS);
        if (!content.problems().isEmpty()) {
            return ImportResult.refused(content.problems());
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<Long, List<DisciplinePenalty>> known = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int bad = 0;
        for (Row row : content.rows()) {
            List<ImportProblem> own = new ArrayList<>();
            Penalty penalty = read(row, own);
            if (penalty != null) {
                String identity = penalty.employee().getNip() + "|" + (penalty.decreeNumber() != null
                        ? "SK " + penalty.decreeNumber().toUpperCase(Locale.ROOT)
                        : penalty.startsOn() + " " + penalty.type().toUpperCase(Locale.ROOT));
                Integer earlier = seen.putIfAbsent(identity, row.row());
                if (earlier != null) {
                    own.add(new ImportProblem(row.row(), DisciplineColumns.NIP,
                            Messages.get("import.disiplin.duplicate", earlier)));
                }
            }
            if (!own.isEmpty()) {
                problems.addAll(own);
                bad++;
                continue;
            }
            List<DisciplinePenalty> history = known.computeIfAbsent(penalty.employee().getId(),
                    id -> new ArrayList<>(penalties.findByEmployeeIdOrderByStartsOn(id)));
            Optional<DisciplinePenalty> existing = history.stream()
                    .filter(p -> p.isSameAs(penalty.decreeNumber(), penalty.startsOn(), penalty.type())).findFirst();
            if (existing.isEmpty()) {
                history.add(penalties.save(new DisciplinePenalty(penalty.employee(), penalty.type(), penalty.level(),
                        penalty.startsOn(), penalty.endsOn(), penalty.decreeNumber())));
                created++;
            } else if (existing.get().correctedTo(penalty.type(), penalty.level(), penalty.startsOn(),
                    penalty.endsOn(), penalty.decreeNumber())) {
                changed++;
            } else {
                unchanged++;
            }
        }
        if (bad == 0) {
            runs.save(new DisciplineImportRun(content.rows().size()));
        }
        return new ImportResult(created, changed, unchanged, 0, bad, problems, List.of(), true);
    }

    /** The row as a penalty of a known employee, or null with its problems added, column by column. */
    private Penalty read(Row row, List<ImportProblem> problems) {
        Employee employee = employee(row, problems);
        String type = row.get(DisciplineColumns.PENALTY_TYPE);
        if (type.isEmpty()) {
            problems.add(required(row, DisciplineColumns.PENALTY_TYPE));
        } else if (type.length() > 300) {
            problems.add(new ImportProblem(row.row(), DisciplineColumns.PENALTY_TYPE,
                    Messages.get("import.disiplin.tooLong", DisciplineColumns.PENALTY_TYPE, 300)));
        }
        String levelCell = row.get(DisciplineColumns.LEVEL);
        Optional<PenaltyLevel> level = PenaltyLevel.read(levelCell);
        if (levelCell.isEmpty()) {
            problems.add(required(row, DisciplineColumns.LEVEL));
        } else if (level.isEmpty()) {
            problems.add(new ImportProblem(row.row(), DisciplineColumns.LEVEL,
                    Messages.get("import.disiplin.level", levelCell)));
        }
        LocalDate startsOn = date(row, DisciplineColumns.STARTS_ON, problems);
        if (startsOn == null && row.get(DisciplineColumns.STARTS_ON).isEmpty()) {
            problems.add(required(row, DisciplineColumns.STARTS_ON));
        }
        LocalDate endsOn = date(row, DisciplineColumns.ENDS_ON, problems);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new ImportProblem(row.row(), DisciplineColumns.ENDS_ON,
                    Messages.get("import.disiplin.endsBeforeStart", row.get(DisciplineColumns.ENDS_ON),
                            row.get(DisciplineColumns.STARTS_ON))));
        }
        String decreeNumber = row.get(DisciplineColumns.DECREE_NUMBER).replaceAll("\\s+", " ");
        if (decreeNumber.length() > 150) {
            problems.add(new ImportProblem(row.row(), DisciplineColumns.DECREE_NUMBER,
                    Messages.get("import.disiplin.tooLong", DisciplineColumns.DECREE_NUMBER, 150)));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Penalty(employee, type.replaceAll("\\s+", " "), level.orElseThrow(), startsOn, endsOn,
                decreeNumber.isEmpty() ? null : decreeNumber);
    }

    /** The employee of the row's NIP (PNS or PPPK), or null with the problem added. */
    private Employee employee(Row row, List<ImportProblem> problems) {
        String typed = row.get(DisciplineColumns.NIP);
        if (typed.isEmpty()) {
            problems.add(required(row, DisciplineColumns.NIP));
            return null;
        }
        if (row.lostDigits(DisciplineColumns.NIP)) {
            problems.add(new ImportProblem(row.row(), DisciplineColumns.NIP, Messages.get("import.nipAsNumber", typed)));
            return null;
        }
        try {
            Nip nip = Nip.parse(typed);
            Optional<Employee> employee = employees.findByNip(nip.value());
            if (employee.isEmpty()) {
                problems.add(new ImportProblem(row.row(), DisciplineColumns.NIP,
                        Messages.get("import.disiplin.unknownNip", nip.formatted())));
            }
            return employee.orElse(null);
        } catch (ValidationException wrong) {
            problems.add(new ImportProblem(row.row(), DisciplineColumns.NIP, wrong.getMessage()));
            return null;
        }
    }

    private static LocalDate date(Row row, String column, List<ImportProblem> problems) {
        try {
            return ImportDates.parse(row.get(column));
        } catch (ValidationException notADate) {
            problems.add(new ImportProblem(row.row(), column, notADate.getMessage()));
            return null;
        }
    }

    private static ImportProblem required(Row row, String column) {
        return new ImportProblem(row.row(), column, Messages.get("import.required", column));
    }
}
