package id.sipetruk.account;

import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes his own password: the current one, then the new one twice. The new one must meet the engine's
 * password policy (each broken rule named in Indonesian) and differ from the current one; a one-time password is
 * then no longer required to be changed. A refusal changes nothing.
 */
@Service
public class PasswordChange {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordChange.class);

    /** The current password was wrong: counted like a failed login. */
    public static class WrongPasswordException extends ValidationException {
        WrongPasswordException() {
            super(BAD_REQUEST, "account.password.wrongCurrent");
        }
    }

    private final IdentityService identity;
    private final AccountRepository accounts;

    public PasswordChange(IdentityService identity, AccountRepository accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @Transactional
    public void change(String userId, String current, String newPassword, String repeated) {
        if (isBlank(current) || isBlank(newPassword) || isBlank(repeated)) {
            throw new ValidationException("account.password.required");
        }
        if (!newPassword.equals(repeated)) {
            throw new ValidationException("account.password.repeat");
        }
        if (!identity.checkPassword(userId, current)) {
            throw new WrongPasswordException();
        }
        if (newPassword.equals(current)) {
            throw new ValidationException("account.password.same");
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        PasswordPolicy policy = identity.getPasswordPolicy();
        if (policy != null) {
            PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(policy, newPassword, user);
            if (!result.isValid()) {
                throw new ValidationException("account.password.policy", result.getViolatedRules().stream()
                        .map(PasswordChange::rule).collect(Collectors.joining("; ")));
            }
        }
        user.setPassword(newPassword);
        identity.saveUser(user);
        accounts.findById(userId).ifPresent(Account::passwordChanged);
        LOG.info("Login '{}' changed its password", userId);
    }

    /** "paling sedikit 10 karakter" for PASSWORD_POLICY_LENGTH {minLength=10}. */
    private static String rule(PasswordPolicyRule rule) {
        Object[] parameters = rule.getParameters() == null ? new Object[0] : rule.getParameters().values().toArray();
        try {
            return Messages.get("account.password.rule." + rule.getPlaceholder(), parameters);
        } catch (NoSuchMessageException customRule) {
            return rule.getPlaceholder();
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
