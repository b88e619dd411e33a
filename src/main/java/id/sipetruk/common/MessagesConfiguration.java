package id.sipetruk.common;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;

/** Hands the application's {@link MessageSource} to {@link Messages}. */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

    public MessagesConfiguration(MessageSource messageSource) {
        Messages.use(messageSource);
    }
}
