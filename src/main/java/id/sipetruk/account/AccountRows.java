package id.sipetruk.account;

import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableFile.Row;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Nip;
import id.sipetruk.organization.Opd;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Reads one row of the account file, naming every cell that cannot be used (row, column, reason in Indonesian). */
@Component
class AccountRows {

    /** Camunda's user id whitelist of application.yml, lower case only: "kepala.disdik", "budi_s", "admin-bkpsdm". */
    static final Pattern LOGIN = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");
    static final int MAX_LOGIN = 64;
    /** Camunda's columns for first name, last name and e-mail hold 255 characters. */
    static final int MAX_TEXT = 255;

    /** The logins and NIPs of earlier rows of the same file. */
    static final class Seen {
        private final Map<String, Integer> logins = new HashMap<>();
        private final Map<String, Integer> nips = new HashMap<>();
    }

    /** Bean Validation's e-mail check (Hibernate Validator), not a hand-written pattern. */
    private static final class EmailAddress {
        @Email
        private String value;
    }

    private final Validator validator;

    AccountRows(Validator validator) {
        this.validator = validator;
    }

    /** The row, or null with its problems added. */
    AccountRow read(Row row, Map<String, Opd> opdByKey, Seen seen, List<ImportProblem> problems) {
        int before = problems.size();
        String login = login(row, seen, problems);
        String name = row.get(AccountColumns.NAME).replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add(problem(row, AccountColumns.NAME, "import.required", AccountColumns.NAME));
        } else if (name.length() > MAX_TEXT) {
            problems.add(problem(row, AccountColumns.NAME, "account.import.tooLong", AccountColumns.NAME, MAX_TEXT));
        }
        String email = email(row, problems);
        String nip = nip(row, seen, problems);
        Set<AccountRole> roles = roles(row, problems);
        Opd opd = opd(row, roles, opdByKey, problems);
        Boolean active = status(row, problems);
        if (problems.size() > before) {
            return null;
        }
        int space = name.indexOf(' ');
        List<String> groups = roles.stream().map(role -> role.group(role.perOpd() ? opd.getCode() : null)).toList();
        return new AccountRow(row.row(), login, name, space < 0 ? name : name.substring(0, space),
                space < 0 ? "" : name.substring(space + 1), email, nip, roles, groups, active);
    }

    private static String login(Row row, Seen seen, List<ImportProblem> problems) {
        String login = row.get(AccountColumns.LOGIN);
        if (login.isEmpty()) {
            problems.add(problem(row, AccountColumns.LOGIN, "import.required", AccountColumns.LOGIN));
        } else if (login.length() > MAX_LOGIN || !LOGIN.matcher(login).matches()) {
            problems.add(problem(row, AccountColumns.LOGIN, "account.import.login", login, MAX_LOGIN));
        } else {
            Integer earlier = seen.logins.putIfAbsent(login, row.row());
            if (earlier != null) {
                problems.add(problem(row, AccountColumns.LOGIN, "account.import.duplicateLogin", login, earlier));
            }
        }
        return login;
    }

    private String email(Row row, List<ImportProblem> problems) {
        String email = row.get(AccountColumns.EMAIL);
        if (email.isEmpty()) {
            problems.add(problem(row, AccountColumns.EMAIL, "import.required", AccountColumns.EMAIL));
        } else if (email.length() > MAX_TEXT
                || !validator.validateValue(EmailAddress.class, "value", email).isEmpty()) {
            problems.add(problem(row, AccountColumns.EMAIL, "account.import.email", email));
        }
        return email;
    }

    private static String nip(Row row, Seen seen, List<ImportProblem> problems) {
        String typed = row.get(AccountColumns.NIP);
        if (typed.isEmpty()) {
            return null;
        }
        if (row.lostDigits(AccountColumns.NIP)) {
            problems.add(problem(row, AccountColumns.NIP, "import.nipAsNumber", typed));
            return null;
        }
        try {
            Nip nip = Nip.parse(typed);
            Integer earlier = seen.nips.putIfAbsent(nip.value(), row.row());
            if (earlier != null) {
                problems.add(problem(row, AccountColumns.NIP, "account.import.duplicateNip", nip.formatted(), earlier));
            }
            return nip.value();
        } catch (ValidationException wrong) {
            problems.add(new ImportProblem(row.row(), AccountColumns.NIP, wrong.getMessage()));
            return null;
        }
    }

    private static Set<AccountRole> roles(Row row, List<ImportProblem> problems) {
        String typed = row.get(AccountColumns.ROLE);
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        if (typed.isEmpty()) {
            problems.add(problem(row, AccountColumns.ROLE, "import.required", AccountColumns.ROLE));
            return roles;
        }
        for (String word : typed.split("[,;/+]")) {
            if (word.isBlank()) {
                continue;
            }
            Optional<AccountRole> role = AccountRole.of(word);
            if (role.isEmpty()) {
                problems.add(problem(row, AccountColumns.ROLE, "account.import.unknownRole", word.strip(),
                        AccountRole.knownWords()));
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }

    /** The OPD of a role held in one OPD; ignored for the regency-wide roles. */
    private static Opd opd(Row row, Set<AccountRole> roles, Map<String, Opd> opdByKey, List<ImportProblem> problems) {
        if (roles.stream().noneMatch(AccountRole::perOpd)) {
            return null;
        }
        String typed = row.get(AccountColumns.OPD);
        if (typed.isEmpty()) {
            problems.add(problem(row, AccountColumns.OPD, "account.import.opdRequired"));
            return null;
        }
        Opd opd = opdByKey.get(typed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        if (opd == null) {
            problems.add(problem(row, AccountColumns.OPD, "account.import.unknownOpd", typed));
        } else if (!opd.isActive()) {
            problems.add(problem(row, AccountColumns.OPD, "account.import.inactiveOpd", opd.getName()));
        }
        return opd;
    }

    private static Boolean status(Row row, List<ImportProblem> problems) {
        String typed = row.get(AccountColumns.STATUS).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return switch (typed) {
            case "" -> null;
            case "aktif" -> true;
            case "nonaktif", "tidakaktif" -> false;
            default -> {
                problems.add(problem(row, AccountColumns.STATUS, "account.import.status", row.get(AccountColumns.STATUS)));
                yield null;
            }
        };
    }

    private static ImportProblem problem(Row row, String column, String key, Object... args) {
        return new ImportProblem(row.row(), column, Messages.get(key, args));
    }
}
