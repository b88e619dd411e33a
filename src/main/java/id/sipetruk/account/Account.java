package id.sipetruk.account;

import id.sipetruk.common.RegencyClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What SI PETRUK knows of a login beyond Camunda's user: the NIP, whether it is active, whether its password is a
 * one-time password that must be changed. Kept in a table of our own rather than in Camunda's user info: one
 * indexed read per request gives both flags, the flags stay ours when the identity moves to a directory (a read-only
 * LDAP identity service cannot store user info), and the engine's API is used for users and groups only.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "user_id")
    private String userId;
    private String nip;
    private boolean mustChangePassword;
    private boolean active = true;
    private LocalDateTime statusChangedAt;
    private String statusChangedBy;

    protected Account() {
    }

    public Account(String userId) {
        this.userId = userId;
    }

    public String getUserId() { return userId; }
    public String getNip() { return nip; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public boolean isActive() { return active; }
    public LocalDateTime getStatusChangedAt() { return statusChangedAt; }
    public String getStatusChangedBy() { return statusChangedBy; }

    /** @return whether the NIP differed */
    boolean recordNip(String newNip) {
        boolean differs = !Objects.equals(nip, newNip);
        nip = newNip;
        return differs;
    }

    void requirePasswordChange() {
        mustChangePassword = true;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    /** @return whether it changed */
    boolean setActive(boolean newActive, String by) {
        if (active == newActive) {
            return false;
        }
        active = newActive;
        statusChangedAt = RegencyClock.now();
        statusChangedBy = by;
        return true;
    }
}
