package id.sipetruk.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * One-time passwords for new accounts: {@value #LENGTH} characters from {@link SecureRandom}, with upper and lower
 * case, digits and special characters (so the engine's password policy is met), starting with a letter, without look-alikes (I, l, 1, O, 0)
 * because BKPSDM hands them over on paper or by message. Checked against the engine's policy before use.
 */
@Component
public class OneTimePasswords {

    static final int LENGTH = 14;
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "#%+=?!@*";
    private static final String ALL = UPPER + LOWER + DIGITS + SPECIAL;

    private final SecureRandom random = new SecureRandom();
    private final IdentityService identity;

    public OneTimePasswords(IdentityService identity) {
        this.identity = identity;
    }

    /** A new one-time password that the engine's policy accepts for this user. */
    public String issue(User user) {
        PasswordPolicy policy = identity.getPasswordPolicy();
        while (true) {
            String password = candidate();
            if (policy == null || identity.checkPasswordAgainstPolicy(policy, password, user).isValid()) {
                return password;
            }
        }
    }

    private String candidate() {
        List<Character> chars = new ArrayList<>();
        for (String set : List.of(UPPER, LOWER, DIGITS, SPECIAL)) {
            chars.add(pick(set));
        }
        while (chars.size() < LENGTH - 1) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, random);
        // a letter first: a cell that starts with = + @ is a formula to a spreadsheet
        chars.set(0, pick(UPPER + LOWER));
        chars.add(pick(SPECIAL));
        StringBuilder password = new StringBuilder();
        chars.forEach(password::append);
        return password.toString();
    }

    private char pick(String set) {
        return set.charAt(random.nextInt(set.length()));
    }
}
