package id.sipetruk.demo;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The demo's mail server: keeps the latest e-mails SI PETRUK would have sent, for the page {@code /notifikasi},
 * so a newcomer sees what people are told without installing a mail server. Demo profile only, and only while no
 * mail server is configured: with {@code spring.mail.host} the demo sends real e-mail, as an installation does
 * (docs/notifications.md).
 */
@Component
@Profile("demo")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
public class DemoMailbox extends JavaMailSenderImpl {

    private static final int KEPT = 200;

    private final Deque<SimpleMailMessage> kept = new ArrayDeque<>();

    @Override
    protected synchronized void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
        if (originalMessages == null) {
            return;
        }
        for (Object original : originalMessages) {
            if (original instanceof SimpleMailMessage message) {
                kept.addFirst(new SimpleMailMessage(message));
                if (kept.size() > KEPT) {
                    kept.removeLast();
                }
            }
        }
    }

    /** The latest first. */
    public synchronized List<SimpleMailMessage> recent() {
        return List.copyOf(kept);
    }
}
