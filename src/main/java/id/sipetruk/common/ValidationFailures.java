package id.sipetruk.common;

/**
 * Remembers, for the current request thread, the input rejection that aborted an engine call. The engine
 * wraps any exception thrown by a task listener (ENGINE-03051) and the REST API then answers 500 with a
 * technical message; {@link ValidationResponseFilter} uses this to answer 400 with the person's message.
 */
public final class ValidationFailures {

    private static final ThreadLocal<ValidationException> LAST = new ThreadLocal<>();

    private ValidationFailures() {
    }

    public static ValidationException record(ValidationException failure) {
        LAST.set(failure);
        return failure;
    }

    public static ValidationException take() {
        ValidationException failure = LAST.get();
        LAST.remove();
        return failure;
    }
}
