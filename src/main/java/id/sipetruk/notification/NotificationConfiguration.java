package id.sipetruk.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Retries of failed sends run on Spring's scheduler ({@link NotificationSender#sendDue}). */
@Configuration
@EnableScheduling
class NotificationConfiguration {
}
