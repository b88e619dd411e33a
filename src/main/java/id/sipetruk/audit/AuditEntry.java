package id.sipetruk.audit;

import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * One line of a period's audit trail: when (regency time), who (user id, or {@link #SYSTEM}), what (in Indonesian),
 * about which nomination or period, and why (the reason given) or further details.
 */
public record AuditEntry(LocalDateTime time, String actor, String action, String subject, String details) {

    /** The actor of what SI PETRUK or the engine did on its own (timers, generated documents). */
    public static final String SYSTEM = "sistem";
    /** The actor of a person's action that the engine did not attribute (no login, no assignee). */
    public static final String UNRECORDED = "(tidak tercatat)";

    /** Oldest first; entries without a time (none expected) last. */
    public static final Comparator<AuditEntry> CHRONOLOGICAL =
            Comparator.comparing(AuditEntry::time, Comparator.nullsLast(Comparator.naturalOrder()));

    public AuditEntry {
        actor = actor == null || actor.isBlank() ? SYSTEM : actor;
        details = details == null ? "" : details;
    }
}
