package id.sipetruk.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input or an act a person tried that breaks a rule. The message is in Bahasa Indonesia (from messages.properties)
 * because Tasklist, the REST API and our pages show it to that person; the transaction rolls back so nothing
 * half-done is kept. The HTTP status says which kind of refusal it is: 400 (bad input, the default), 403 (the
 * person may not do this), 409 (the thing changed meanwhile or is in a state that does not allow it).
 * Extending BadUserRequestException makes the REST API answer 4xx instead of 500 where the engine does not wrap it.
 */
public class ValidationException extends BadUserRequestException {

    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;
    public static final int CONFLICT = 409;

    private final int status;

    public ValidationException(String messageKey, Object... args) {
        this(BAD_REQUEST, messageKey, args);
    }

    protected ValidationException(int status, String messageKey, Object... args) {
        super(Messages.get(messageKey, args));
        this.status = status;
    }

    /** A refusal because the person lacks the right (403). */
    public static ValidationException forbidden(String messageKey, Object... args) {
        return new ValidationException(FORBIDDEN, messageKey, args);
    }

    /** A refusal because of the current state or a concurrent change (409). */
    public static ValidationException conflict(String messageKey, Object... args) {
        return new ValidationException(CONFLICT, messageKey, args);
    }

    /** The HTTP status of this refusal. */
    public int status() {
        return status;
    }
}
