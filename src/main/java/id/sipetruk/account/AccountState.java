package id.sipetruk.account;

/** What the login of a request may do now: work, or first change its one-time password, or nothing. */
public record AccountState(boolean active, boolean mustChangePassword) {

    /** A login SI PETRUK keeps nothing about (made in Camunda Admin, the demo's, the start-up's administrator). */
    static final AccountState ORDINARY = new AccountState(true, false);
}
