package id.sipetruk.account;

/** A one-time password given to a new login, to be handed over to its person once. */
public record IssuedPassword(String login, String name, String password) {

    /** Never print the password by accident (logs, debuggers' toString). */
    @Override
    public String toString() {
        return "IssuedPassword[" + login + "]";
    }
}
