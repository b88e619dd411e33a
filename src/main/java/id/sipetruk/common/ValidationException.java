package id.sipetruk.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a person gave that breaks a rule. The message is in Bahasa Indonesia (from messages.properties)
 * because Tasklist and the REST API show it to that person; extending BadUserRequestException makes
 * the REST API answer 400 instead of 500, and the transaction rolls back so nothing half-done is kept.
 */
public class ValidationException extends BadUserRequestException {

    public ValidationException(String messageKey, Object... args) {
        super(Messages.get(messageKey, args));
    }
}
