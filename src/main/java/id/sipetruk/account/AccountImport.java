package id.sipetruk.account;

import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableFile;
import id.sipetruk.common.TableFile.Row;
import id.sipetruk.common.TableImport;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.setup.AdminProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports the people who work in SI PETRUK ({@link AccountColumns}) as Camunda users in the groups of their role
 * and OPD. A new login gets a one-time password ({@link OneTimePasswords}) that must be changed at the first login;
 * an existing one gets the file's name, e-mail, NIP and SI PETRUK groups (a role or OPD it no longer has is taken
 * away; other groups, {@code camunda-admin} included, are kept). The administrator that the start-up creates is never
 * changed, and only an administrator may change an administrator or make one. Importing the same file twice changes
 * nothing the second time. Only the public {@link IdentityService} is used.
 */
@Service
public class AccountImport implements TableImport {

    private static final Logger LOG = LoggerFactory.getLogger(AccountImport.class);
    private static final String BY_IMPORT = "impor akun";

    private final IdentityService identity;
    private final AccountRepository accounts;
    private final OpdRepository opds;
    private final OneTimePasswords passwords;
    private final AccountRows rows;
    private final String setupAdministrator;

    public AccountImport(IdentityService identity, AccountRepository accounts, OpdRepository opds,
                         OneTimePasswords passwords, AccountRows rows, AdminProperties admin) {
        this.identity = identity;
        this.accounts = accounts;
        this.opds = opds;
        this.passwords = passwords;
        this.rows = rows;
        this.setupAdministrator = admin.userId();
    }

    @Override
    public String kind() {
        return "akun";
    }

    /** Applies the file; the one-time passwords it issues are dropped (a preview). */
    @Override
    public ImportResult apply(byte[] file) {
        return apply(file, new PasswordHandOver());
    }

    /** The same import, handing the one-time passwords of new logins to {@code handOver}. */
    public TableImport handingOverTo(PasswordHandOver handOver) {
        return new TableImport() {
            @Override
            public String kind() {
                return AccountImport.this.kind();
            }

            @Override
            public ImportResult apply(byte[] file) {
                return AccountImport.this.apply(file, handOver);
            }
        };
    }

    private ImportResult apply(byte[] file, PasswordHandOver handOver) {
        TableFile.Content content = TableFile.read(file, AccountColumns.COLUMNS);
        if (!content.problems().isEmpty()) {
            return ImportResult.refused(content.problems());
        }
        Importer importer = Importer.current();
        Map<String, Opd> opdByKey = new HashMap<>();
        for (Opd opd : opds.findAll()) {
            opdByKey.putIfAbsent(opd.getName().toLowerCase(Locale.ROOT), opd);
            opdByKey.put(opd.getCode().toLowerCase(Locale.ROOT), opd);
        }
        Set<String> existingGroups = identity.createGroupQuery().list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        AccountRows.Seen seen = new AccountRows.Seen();
        List<ImportProblem> problems = new ArrayList<>();
        Set<Integer> badRows = new HashSet<>();
        Counts counts = new Counts();
        for (Row row : content.rows()) {
            List<ImportProblem> own = new ArrayList<>();
            AccountRow account = rows.read(row, opdByKey, seen, own);
            if (account != null) {
                checkRights(account, importer, existingGroups, own);
            }
            if (!own.isEmpty()) {
                problems.addAll(own);
                badRows.add(row.row());
                continue;
            }
            write(account, handOver, counts);
        }
        List<String> notes = counts.issued == 0 ? List.of()
                : List.of(Messages.get("account.import.passwordsIssued", counts.issued));
        return new ImportResult(counts.created, counts.changed, counts.unchanged, counts.deactivated, badRows.size(),
                problems, notes, true);
    }

    private static final class Counts {
        int created;
        int changed;
        int unchanged;
        int deactivated;
        int issued;
    }

    /** Rules that depend on who imports and on the login as it is now. */
    private void checkRights(AccountRow row, Importer importer, Set<String> existingGroups,
                             List<ImportProblem> problems) {
        if (row.login().equals(setupAdministrator)) {
            problems.add(problem(row, AccountColumns.LOGIN, "account.import.setupAdministrator", row.login()));
            return;
        }
        boolean isAdministrator = identity.createUserQuery().userId(row.login())
                .memberOfGroup(RoleGroups.CAMUNDA_ADMIN).count() > 0;
        if (isAdministrator && !importer.administrator()) {
            problems.add(problem(row, AccountColumns.LOGIN, "account.import.administratorOnly", row.login()));
        }
        if (row.roles().contains(AccountRole.ADMINISTRATOR) && !importer.administrator()) {
            problems.add(problem(row, AccountColumns.ROLE, "account.import.makeAdministratorOnly"));
        }
        if (row.login().equals(importer.userId()) && Boolean.FALSE.equals(row.active())) {
            problems.add(problem(row, AccountColumns.STATUS, "account.deactivateSelf"));
        }
        for (String group : row.groups()) {
            if (!existingGroups.contains(group)) {
                problems.add(problem(row, AccountColumns.OPD, "account.import.noGroup", group));
            }
        }
    }

    private static ImportProblem problem(AccountRow row, String column, String key, Object... args) {
        return new ImportProblem(row.row(), column, Messages.get(key, args));
    }

    private void write(AccountRow row, PasswordHandOver handOver, Counts counts) {
        User user = identity.createUserQuery().userId(row.login()).singleResult();
        Account account = accounts.findById(row.login()).orElse(null);
        if (user == null) {
            user = identity.newUser(row.login());
            describe(user, row);
            String password = passwords.issue(user);
            user.setPassword(password);
            identity.saveUser(user);
            row.groups().forEach(group -> identity.createMembership(row.login(), group));
            account = account != null ? account : new Account(row.login());
            account.requirePasswordChange();
            account.recordNip(row.nip());
            account.setActive(!Boolean.FALSE.equals(row.active()), BY_IMPORT);
            accounts.save(account);
            handOver.add(new IssuedPassword(row.login(), row.name(), password));
            LOG.info("Account import: login '{}' created with a one-time password, groups {}", row.login(),
                    row.groups());
            counts.created++;
            counts.issued++;
            return;
        }
        boolean changed = false;
        if (!row.firstName().equals(Objects.toString(user.getFirstName(), ""))
                || !row.lastName().equals(Objects.toString(user.getLastName(), ""))
                || !row.email().equals(Objects.toString(user.getEmail(), ""))) {
            describe(user, row);
            identity.saveUser(user);
            changed = true;
        }
        changed |= replaceGroups(row);
        boolean deactivated = false;
        if (row.nip() != null || row.active() != null) {
            if (account == null) {
                account = new Account(row.login());
            }
            changed |= row.nip() != null && account.recordNip(row.nip());
            if (row.active() != null && account.setActive(row.active(), BY_IMPORT)) {
                deactivated = !row.active();
                changed |= row.active();
            }
            accounts.save(account);
        }
        if (deactivated) {
            counts.deactivated++;
        } else if (changed) {
            counts.changed++;
        } else {
            counts.unchanged++;
        }
    }

    /** The file's SI PETRUK groups replace the login's; groups the import does not manage are kept. */
    private boolean replaceGroups(AccountRow row) {
        Set<String> current = identity.createGroupQuery().groupMember(row.login()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Set<String> wanted = new LinkedHashSet<>(row.groups());
        boolean changed = false;
        for (String group : current) {
            if (AccountRole.managedGroup(group) && !wanted.contains(group)) {
                identity.deleteMembership(row.login(), group);
                changed = true;
            }
        }
        for (String group : wanted) {
            if (!current.contains(group)) {
                identity.createMembership(row.login(), group);
                changed = true;
            }
        }
        if (changed) {
            LOG.info("Account import: groups of '{}' were {}, are now {} (and any it keeps outside SI PETRUK's roles)",
                    row.login(), current, wanted);
        }
        return changed;
    }

    private static void describe(User user, AccountRow row) {
        user.setFirstName(row.firstName());
        user.setLastName(row.lastName());
        user.setEmail(row.email());
    }

    /** Who runs the import: the login of this request, if any, and whether it is an administrator. */
    private record Importer(String userId, boolean administrator) {

        static Importer current() {
            Authentication login = SecurityContextHolder.getContext().getAuthentication();
            if (login == null || !login.isAuthenticated()) {
                return new Importer(null, false);
            }
            return new Importer(login.getName(), login.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(RoleGroups.CAMUNDA_ADMIN::equals));
        }
    }
}
