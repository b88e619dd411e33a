package id.sipetruk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.identity.User;

/** A way of telling a person: e-mail, or the regency's WhatsApp gateway. */
interface NotificationChannel {

    Notification.Channel channel();

    /** Whether the installation has this channel at all (a mail server, a gateway). */
    boolean configured();

    /** Whether to queue for this person at all: he could have an address on this channel. */
    boolean reaches(String userId);

    /** The person's address on this channel, if he has one now. */
    Optional<String> addressOf(User person);

    /**
     * Sends one message; a runtime exception means it was not delivered and is tried again later.
     *
     * @param subject a line that says what it is about (the e-mail's subject, WhatsApp's first line)
     */
    void deliver(String address, String subject, String text);
}
