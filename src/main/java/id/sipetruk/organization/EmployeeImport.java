package id.sipetruk.organization;

import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.SiasnEmployeeFile.Problem;
import id.sipetruk.organization.SiasnEmployeeFile.Row;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports SIASN's employee export ({@link SiasnEmployeeFile}) as the regency's register: new employees are added,
 * changed ones updated (name with titles, position, grade, unit and so OPD, kind, legal status), and those an earlier
 * import brought but this file lacks deactivated (kept, with their history; only when every row could be read). A UNOR seen for the
 * first time is placed in the OPD of its SATUAN KERJA, which is created if the regency has none of that name.
 *
 * <p>A preview runs exactly the same steps and rolls them back. With "all or nothing" one bad row writes nothing;
 * otherwise the good rows are applied. Importing the same file twice changes nothing the second time.
 */
@Service
public class EmployeeImport {

    private static final Logger LOG = LoggerFactory.getLogger(EmployeeImport.class);

    private final EmployeeRepository employees;
    private final OpdRepository opds;
    private final UnorRepository unors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    public EmployeeImport(EmployeeRepository employees, OpdRepository opds, UnorRepository unors,
                          ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.employees = employees;
        this.opds = opds;
        this.unors = unors;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What an import did or, as a preview, would do.
     *
     * @param opdBaru    the names of the OPDs the import creates
     * @param diterapkan whether anything was written
     */
    public record Result(int baru, int berubah, int tetap, int dinonaktifkan, int galat, List<Problem> kesalahan,
                         List<String> opdBaru, boolean diterapkan) {
    }

    /** The new OPDs an import created, for the start-up steps that give them groups; published in the transaction. */
    public record OpdsCreated(List<String> opdNames) {
    }

    public Result preview(byte[] file) {
        return run(file, true, true, "pratinjau");
    }

    public Result commit(byte[] file, boolean allOrNothing, String by) {
        return run(file, false, allOrNothing, by);
    }

    private Result run(byte[] file, boolean preview, boolean allOrNothing, String by) {
        return transaction.execute(status -> {
            Result result = apply(SiasnEmployeeFile.read(file));
            // a refused file (no header, a required column missing) has nothing to write
            boolean write = !preview && result.diterapkan() && !(allOrNothing && result.galat() > 0);
            if (!write) {
                status.setRollbackOnly();
                return new Result(result.baru(), result.berubah(), result.tetap(), result.dinonaktifkan(),
                        result.galat(), result.kesalahan(), result.opdBaru(), false);
            }
            LOG.info("Employee import by {}: {} new, {} changed, {} unchanged, {} deactivated, {} rows refused, "
                    + "new OPDs {}", by, result.baru(), result.berubah(), result.tetap(), result.dinonaktifkan(),
                    result.galat(), result.opdBaru());
            return result;
        });
    }

    private Result apply(SiasnEmployeeFile.Content content) {
        List<Problem> problems = new ArrayList<>(content.problems());
        if (!problems.isEmpty()) {
            return new Result(0, 0, 0, 0, problems.size(), problems, List.of(), false);
        }
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
        for (Row row : content.rows()) {
            List<Problem> own = check(row, seen);
            if (!own.isEmpty()) {
                problems.addAll(own);
                badRows.add(row.row());
                continue;
            }
            Nip nip = Nip.parse(row.get(SiasnEmployeeFile.NIP));
            Unor unor = unorByCode.computeIfAbsent(row.get(SiasnEmployeeFile.UNOR_ID), code -> {
                String workUnit = row.get(SiasnEmployeeFile.WORK_UNIT).isEmpty()
                        ? row.get(SiasnEmployeeFile.UNOR_NAME) : row.get(SiasnEmployeeFile.WORK_UNIT);
                Opd opd = opdByName.computeIfAbsent(workUnit.toLowerCase(Locale.ROOT), name -> {
                    Opd made = opds.save(new Opd(freeCode(workUnit, opdCodes), workUnit));
                    newOpds.add(made.getName());
                    return made;
                });
                return unors.save(new Unor(code, row.get(SiasnEmployeeFile.UNOR_NAME), workUnit, opd));
            });
            Employee employee = byNip.get(nip.value());
            boolean isNew = employee == null;
            if (isNew) {
                employee = new Employee(nip.value(), fullName(row), position(row), grade(row), unor.getOpd());
            }
            boolean differs = employee.recordedAs(fullName(row), position(row), grade(row), unor.getOpd(),
                    unor.getCode(), type(row, nip), blankToNull(row.get(SiasnEmployeeFile.LEGAL_STATUS_ID)),
                    blankToNull(row.get(SiasnEmployeeFile.LEGAL_STATUS_NAME)));
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
        return new Result(created, changed, unchanged, deactivated, badRows.size(), problems, newOpds, true);
    }

    /** The row's problems: a NIP that is no NIP or comes twice, a missing name or unit. */
    private static List<Problem> check(Row row, Map<String, Integer> seen) {
        List<Problem> problems = new ArrayList<>();
        String typed = row.get(SiasnEmployeeFile.NIP);
        if (typed.isEmpty()) {
            problems.add(new Problem(row.row(), SiasnEmployeeFile.NIP,
                    Messages.get("import.required", SiasnEmployeeFile.NIP)));
        } else if (row.lostDigits(SiasnEmployeeFile.NIP)) {
            problems.add(new Problem(row.row(), SiasnEmployeeFile.NIP, Messages.get("import.nipAsNumber", typed)));
        } else {
            try {
                String nip = Nip.parse(typed).value();
                Integer earlier = seen.putIfAbsent(nip, row.row());
                if (earlier != null) {
                    problems.add(new Problem(row.row(), SiasnEmployeeFile.NIP,
                            Messages.get("import.duplicateNip", Nip.parse(nip).formatted(), earlier)));
                }
            } catch (ValidationException wrong) {
                problems.add(new Problem(row.row(), SiasnEmployeeFile.NIP, wrong.getMessage()));
            }
        }
        for (String column : List.of(SiasnEmployeeFile.NAME, SiasnEmployeeFile.UNOR_ID, SiasnEmployeeFile.UNOR_NAME)) {
            if (row.get(column).isEmpty()) {
                problems.add(new Problem(row.row(), column, Messages.get("import.required", column)));
            }
        }
        return problems;
    }

    /** "Dr. Hj. Siti Nur'aini, S.Pd., M.M." from GELAR DEPAN, NAMA and GELAR BELAKANG. */
    private static String fullName(Row row) {
        String before = row.get(SiasnEmployeeFile.TITLE_BEFORE);
        String after = row.get(SiasnEmployeeFile.TITLE_AFTER);
        return ((before.isEmpty() ? "" : before + " ") + row.get(SiasnEmployeeFile.NAME)
                + (after.isEmpty() ? "" : ", " + after)).strip();
    }

    private static String position(Row row) {
        String position = row.get(SiasnEmployeeFile.POSITION);
        return position.isEmpty() ? "-" : position;
    }

    private static String grade(Row row) {
        return blankToNull(row.get(SiasnEmployeeFile.GRADE));
    }

    /** PPPK by its number or JENIS PEGAWAI; CPNS by STATUS CPNS PNS "C"; else PNS. */
    private static EmploymentType type(Row row, Nip nip) {
        if (nip.kind() == Nip.Kind.PPPK || row.get(SiasnEmployeeFile.EMPLOYEE_TYPE).toUpperCase(Locale.ROOT)
                .contains("PPPK")) {
            return EmploymentType.PPPK;
        }
        return row.get(SiasnEmployeeFile.CPNS_OR_PNS).equalsIgnoreCase("C") ? EmploymentType.CPNS : EmploymentType.PNS;
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
