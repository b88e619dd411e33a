package id.sipetruk.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sipetruk.notification.*}: who the e-mails come from and how failed sends are retried. The mail server
 * itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} nothing is queued or sent.
 *
 * @param from        the sender, e.g. {@code "SI PETRUK BKPSDM <sipetruk@balangankab.go.id>"}
 * @param retryDelay  the wait after the first failed attempt; it grows with each further attempt
 * @param maxAttempts attempts before a notification is given up (and shown as failed)
 * @param digestTime  when, in the regency's time zone, the daily digests go out
 * @param sendAfterCommit whether to send right after the transaction that queued them commits (else only the
 *                    scheduler sends; tests that drive sending themselves switch it off)
 */
@Validated
@ConfigurationProperties("sipetruk.notification")
public record NotificationProperties(@NotBlank @DefaultValue("SI PETRUK <no-reply@localhost>") String from,
                                     @NotNull @DefaultValue("PT5M") Duration retryDelay,
                                     @Min(1) @DefaultValue("10") int maxAttempts,
                                     @NotNull @DefaultValue("07:00") LocalTime digestTime,
                                     @DefaultValue("true") boolean sendAfterCommit) {
}
