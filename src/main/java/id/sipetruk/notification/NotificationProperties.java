package id.sipetruk.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sipetruk.notification.*}: who the e-mails come from, the WhatsApp gateway, and how failed sends are retried.
 * The mail server itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} no e-mail is queued
 * or sent, without {@code sipetruk.notification.whatsapp.url} no WhatsApp message.
 *
 * @param from          the sender, e.g. {@code "SI PETRUK BKPSDM <sipetruk@balangankab.go.id>"}
 * @param retryDelay    the wait after the first failed attempt; it grows with each further attempt
 * @param maxAttempts   attempts before a notification is given up (and shown as failed)
 * @param digestTime    when, in the regency's time zone, the daily digests go out
 * @param sendAfterCommit whether to send right after the transaction that queued them commits (else only the
 *                      scheduler sends; tests that drive sending themselves switch it off)
 * @param reminderPause how long after a reminder BKPSDM's "kirim pengingat" for the same task is refused, so that
 *                      nobody is flooded
 * @param whatsapp      the regency's WhatsApp gateway
 */
@Validated
@ConfigurationProperties("sipetruk.notification")
public record NotificationProperties(@NotBlank @DefaultValue("SI PETRUK <no-reply@localhost>") String from,
                                     @NotNull @DefaultValue("PT5M") Duration retryDelay,
                                     @Min(1) @DefaultValue("10") int maxAttempts,
                                     @NotNull @DefaultValue("07:00") LocalTime digestTime,
                                     @DefaultValue("true") boolean sendAfterCommit,
                                     @NotNull @DefaultValue("PT1H") Duration reminderPause,
                                     @Valid @NotNull @DefaultValue Whatsapp whatsapp) {

    /**
     * A WhatsApp gateway (Fonnte, Wablas, WA Gateway, a regency's own…) reached by one HTTP request per message.
     *
     * @param url         the gateway's send address; none: no WhatsApp messages
     * @param contentType {@code application/json} or {@code application/x-www-form-urlencoded}
     * @param body        the request body, where {@code {nomor}} becomes the number (6281234567890) and
     *                    {@code {pesan}} the message, each escaped for the content type
     * @param headers     added to the request, e.g. {@code Authorization: <token>}
     * @param timeout     how long to wait for the gateway before the attempt counts as failed
     */
    public record Whatsapp(URI url,
                           @NotBlank @DefaultValue("application/json") String contentType,
                           @NotBlank @DefaultValue("{\"target\":\"{nomor}\",\"message\":\"{pesan}\"}") String body,
                           @DefaultValue Map<String, String> headers,
                           @NotNull @DefaultValue("PT10S") Duration timeout) {

        public boolean configured() {
            return url != null;
        }
    }
}
