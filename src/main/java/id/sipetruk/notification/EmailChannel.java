package id.sipetruk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through Spring Boot's {@code spring.mail.*} server, to the address in the person's Camunda user. */
@Component
class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Notification.Channel channel() {
        return Notification.Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public boolean reaches(String userId) {
        return true;
    }

    @Override
    public Optional<String> addressOf(User person) {
        return Optional.ofNullable(person.getEmail()).filter(email -> !email.isBlank());
    }

    @Override
    public void deliver(String address, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(address);
        message.setSubject(subject);
        message.setText(text);
        mail.getObject().send(message);
    }
}
