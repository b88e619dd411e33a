package id.sipetruk.account;

import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.setup.AdminProperties;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a login is active and whether it must change its password (read on every request), and BKPSDM's one-click
 * deactivation: a deactivated login is kept, with its groups and history, and cannot log in or use an open session.
 */
@Service
public class AccountStates {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStates.class);
    /** One page of the account list. */
    public static final int PAGE_SIZE = 50;

    private final AccountRepository accounts;
    private final IdentityService identity;
    private final String setupAdministrator;

    public AccountStates(AccountRepository accounts, IdentityService identity, AdminProperties admin) {
        this.accounts = accounts;
        this.identity = identity;
        this.setupAdministrator = admin.userId();
    }

    /** One indexed read. */
    @Transactional(readOnly = true)
    public AccountState of(String userId) {
        return accounts.findById(userId).map(a -> new AccountState(a.isActive(), a.isMustChangePassword()))
                .orElse(AccountState.ORDINARY);
    }

    /** A login as the account list shows it. */
    public record Listed(String login, String name, String email, String nip, List<String> groups, boolean active,
                         boolean mustChangePassword) {
    }

    /** One page of every login, by login; {@code page} from 0. */
    @Transactional(readOnly = true)
    public List<Listed> list(int page) {
        List<User> users = identity.createUserQuery().orderByUserId().asc().listPage(page * PAGE_SIZE, PAGE_SIZE);
        Map<String, Account> ours = accounts.findAllById(users.stream().map(User::getId).toList()).stream()
                .collect(Collectors.toMap(Account::getUserId, Function.identity()));
        return users.stream().map(user -> {
            Account account = ours.get(user.getId());
            List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
                    .map(Group::getId).sorted(Comparator.naturalOrder()).toList();
            String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
            return new Listed(user.getId(), name, nullToEmpty(user.getEmail()),
                    account == null ? null : account.getNip(), groups, account == null || account.isActive(),
                    account != null && account.isMustChangePassword());
        }).toList();
    }

    /**
     * Deactivates or reactivates a login. Refused (403): one's own login, the start-up's administrator, and an
     * administrator's login unless {@code byAdministrator}.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean setActive(String userId, boolean active, String by, boolean byAdministrator) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw ValidationException.conflict("account.unknown", userId);
        }
        if (userId.equals(by)) {
            throw ValidationException.forbidden("account.deactivateSelf");
        }
        if (userId.equals(setupAdministrator)) {
            throw ValidationException.forbidden("account.import.setupAdministrator", userId);
        }
        if (!byAdministrator && identity.createUserQuery().userId(userId).memberOfGroup(RoleGroups.CAMUNDA_ADMIN)
                .count() > 0) {
            throw ValidationException.forbidden("account.import.administratorOnly", userId);
        }
        Account account = accounts.findById(userId).orElseGet(() -> new Account(userId));
        boolean changed = account.setActive(active, by);
        accounts.save(account);
        if (changed) {
            LOG.info("Login '{}' {} by {}", userId, active ? "reactivated" : "deactivated", by);
        }
        return changed;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
