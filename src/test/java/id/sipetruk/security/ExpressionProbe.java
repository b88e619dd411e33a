package id.sipetruk.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** A bean an injected expression would call: its counter proves whether an expression ran. */
@TestComponent("expressionProbe")
public class ExpressionProbe {

    private final AtomicInteger calls = new AtomicInteger();

    public String touch() {
        calls.incrementAndGet();
        return "nobody";
    }

    public int calls() {
        return calls.get();
    }
}
