package id.sipetruk.organization;

import id.sipetruk.common.ImportDates;
import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportProgress;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableFile;
import id.sipetruk.common.TableFile.Row;
import id.sipetruk.common.TableImport;
import id.sipetruk.common.ValidationException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports SIASN's employee export ({@link SiasnEmployeeColumns}) as the regency's register: new employees are added,
 * changed ones updated (name with titles, position, grade, unit and so OPD, kind, legal status), and those an earlier
 * import brought but this file lacks deactivated (kept, with their history; only when every row could be read). A UNOR seen for the
 * first time is placed in the OPD of its SATUAN KERJA, which is created if the regency has none of that name.
 *
 * <p>Importing the same file twice changes nothing the second time.
 */
@Service
public class EmployeeImport implements TableImport {

    /** Rows between two reports of progress. */
    private static final int PROGRESS_EVERY = 1_000;

    private final EmployeeRepository employees;
    private final OpdRepository opds;
    private final UnorRepository unors;
    private final ApplicationEventPublisher events;

    public EmployeeImport(EmployeeRepository employees, OpdRepository opds, UnorRepository unors,
                          ApplicationEventPublisher events) {
        this.employees = employees;
        this.opds = opds;
        this.unors = unors;
        this.events = events;
    }

    /** The new OPDs an import created, for the start-up steps that give them groups; published in the transaction. */
    public record OpdsCreated(List<String> opdNames) {
    }

    @Override
    public String kind() {
        return "pegawai";
    }

    @Override
    public ImportResult apply(byte[] file) {
        return apply(file, ImportProgress.NONE);
    }

    @Override
    public ImportResult apply(byte[] file, ImportProgress progress) {
        TableFile.Content content = TableFile.read(file, SiasnEmployeeColumns.COLUMNS);
        if (!content.problems().isEmpty()) {
            return ImportResult.refused(content.problems());
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Employee> byNip = employees.findAll().stream()
                .collect(Collectors.toMap(Employee::getNip, Function.identity()));
        Map<String, Unor> unorByCode = unors.findAll().stream()
                .collect(Collectors.toMap(Unor::getCode, Function.identity()));
        List<Opd> existingOpds = opds.findAll();
        Map<String, Opd> opdByName = new HashMap<>();
        existingOpds.forEach(o -> opdByName.putIfAbsent(o.getName().toLowerCase(Locale.ROOT), o));
        Set<String> opdCodes = existingOpds.stream().map(Opd::getCode).collect(Collectors.toCollection(HashSet::new));

        Map<String, Integer> seen = new HashMap<>();
        Set<Integer> badRows = new HashSet<>();
        List<String> newOpds = new ArrayList<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int total = content.rows().size();
        int done = 0;
        progress.rows(0, total);
        for (Row row : content.rows()) {
            if (++done % PROGRESS_EVERY == 0) {
                progress.rows(done, total);
            }
            List<ImportProblem> own = check(row, seen);
            if (!own.isEmpty()) {
                problems.addAll(own);
                badRows.add(row.row());
                continue;
            }
            Nip nip = Nip.parse(row.get(SiasnEmployeeColumns.NIP));
            Unor unor = unorByCode.computeIfAbsent(row.get(SiasnEmployeeColumns.UNOR_ID), code -> {
                String workUnit = row.get(SiasnEmployeeColumns.WORK_UNIT).isEmpty()
                        ? row.get(SiasnEmployeeColumns.UNOR_NAME) : row.get(SiasnEmployeeColumns.WORK_UNIT);
                Opd opd = opdByName.computeIfAbsent(workUnit.toLowerCase(Locale.ROOT), name -> {
                    Opd made = opds.save(new Opd(freeCode(workUnit, opdCodes), workUnit));
                    newOpds.add(made.getName());
                    return made;
                });
                return unors.save(new Unor(code, row.get(SiasnEmployeeColumns.UNOR_NAME), workUnit, opd));
            });
            Employee employee = byNip.get(nip.value());
            boolean isNew = employee == null;
            if (isNew) {
                employee = new Employee(nip.value(), fullName(row), position(row), grade(row), unor.getOpd());
            }
            boolean differs = employee.enteredService(ImportDates.parse(row.get(SiasnEmployeeColumns.SERVICE_START)))
                    | employee.recordedAs(fullName(row), position(row), grade(row), unor.getOpd(),
                    unor.getCode(), type(row, nip), blankToNull(row.get(SiasnEmployeeColumns.LEGAL_STATUS_ID)),
                    blankToNull(row.get(SiasnEmployeeColumns.LEGAL_STATUS_NAME)));
            if (isNew) {
                employees.save(employee);
                byNip.put(employee.getNip(), employee);
                created++;
            } else if (differs) {
                changed++;
            } else {
                unchanged++;
            }
        }
        progress.rows(total, total);
        int deactivated = 0;
        if (badRows.isEmpty()) {
            for (Employee employee : byNip.values()) {
                // the register is what SIASN's export holds: whom an import brought and this one lacks has left
                if (employee.isActive() && employee.getUnorCode() != null && !seen.containsKey(employee.getNip())) {
                    employee.deactivate();
                    deactivated++;
                }
            }
        }
        if (!newOpds.isEmpty()) {
            events.publishEvent(new OpdsCreated(List.copyOf(newOpds)));
        }
        List<String> notes = newOpds.stream().map(name -> Messages.get("import.newOpd", name)).toList();
        return new ImportResult(created, changed, unchanged, deactivated, badRows.size(), problems, notes, true);
    }

    /** The row's problems: a NIP that is no NIP or comes twice, a missing name or unit. */
    private static List<ImportProblem> check(Row row, Map<String, Integer> seen) {
        List<ImportProblem> problems = new ArrayList<>();
        String typed = row.get(SiasnEmployeeColumns.NIP);
        if (typed.isEmpty()) {
            problems.add(new ImportProblem(row.row(), SiasnEmployeeColumns.NIP,
                    Messages.get("import.required", SiasnEmployeeColumns.NIP)));
        } else if (row.lostDigits(SiasnEmployeeColumns.NIP)) {
            problems.add(new ImportProblem(row.row(), SiasnEmployeeColumns.NIP, Messages.get("import.nipAsNumber", typed)));
        } else {
            try {
                String nip = Nip.parse(typed).value();
                Integer earlier = seen.putIfAbsent(nip, row.row());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.row(), SiasnEmployeeColumns.NIP,
                            Messages.get("import.duplicateNip", Nip.parse(nip).formatted(), earlier)));
                }
            } catch (ValidationException wrong) {
                problems.add(new ImportProblem(row.row(), SiasnEmployeeColumns.NIP, wrong.getMessage()));
            }
        }
        try {
            ImportDates.parse(row.get(SiasnEmployeeColumns.SERVICE_START));
        } catch (ValidationException notADate) {
            problems.add(new ImportProblem(row.row(), SiasnEmployeeColumns.SERVICE_START, notADate.getMessage()));
        }
        for (String column : List.of(SiasnEmployeeColumns.NAME, SiasnEmployeeColumns.UNOR_ID,
                SiasnEmployeeColumns.UNOR_NAME)) {
            if (row.get(column).isEmpty()) {
                problems.add(new ImportProblem(row.row(), column, Messages.get("import.required", column)));
            }
        }
        return problems;
    }

    /** "Dr. Hj. Siti Nur'aini, S.Pd., M.M." from GELAR DEPAN, NAMA and GELAR BELAKANG. */
    private static String fullName(Row row) {
        String before = row.get(SiasnEmployeeColumns.TITLE_BEFORE);
        String after = row.get(SiasnEmployeeColumns.TITLE_AFTER);
        return ((before.isEmpty() ? "" : before + " ") + row.get(SiasnEmployeeColumns.NAME)
                + (after.isEmpty() ? "" : ", " + after)).strip();
    }

    private static String position(Row row) {
        String position = row.get(SiasnEmployeeColumns.POSITION);
        return position.isEmpty() ? "-" : position;
    }

    private static String grade(Row row) {
        return blankToNull(row.get(SiasnEmployeeColumns.GRADE));
    }

    /** PPPK by its number or JENIS PEGAWAI; CPNS by STATUS CPNS PNS "C"; else PNS. */
    private static EmploymentType type(Row row, Nip nip) {
        if (nip.kind() == Nip.Kind.PPPK || row.get(SiasnEmployeeColumns.EMPLOYEE_TYPE).toUpperCase(Locale.ROOT)
                .contains("PPPK")) {
            return EmploymentType.PPPK;
        }
        return row.get(SiasnEmployeeColumns.CPNS_OR_PNS).equalsIgnoreCase("C") ? EmploymentType.CPNS : EmploymentType.PNS;
    }

    /** "dinas-pendidikan" from "Dinas Pendidikan": letters and digits, at most 40, unique among the OPDs. */
    static String freeCode(String name, Set<String> taken) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "opd" : base.substring(0, Math.min(base.length(), 36)).replaceAll("-$", "");
        String code = base;
        for (int i = 2; taken.contains(code); i++) {
            code = base + "-" + i;
        }
        taken.add(code);
        return code;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
