package id.sipetruk.notification;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * WhatsApp through the regency's gateway: one HTTP request per message, its body the configured template with
 * {@code {nomor}} and {@code {pesan}} filled in, to the number the person gave on /akun. An answer other than 2xx,
 * or none within the timeout, is a failed attempt, retried like a failed e-mail.
 */
@Component
class WhatsappChannel implements NotificationChannel {

    private final NotificationProperties.Whatsapp gateway;
    private final NotificationPreferences preferences;
    private final RestClient http;

    WhatsappChannel(NotificationProperties properties, NotificationPreferences preferences) {
        this.gateway = properties.whatsapp();
        this.preferences = preferences;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(gateway.timeout()).build());
        requests.setReadTimeout(gateway.timeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public Notification.Channel channel() {
        return Notification.Channel.WHATSAPP;
    }

    @Override
    public boolean configured() {
        return gateway.configured();
    }

    @Override
    public boolean reaches(String userId) {
        return preferences.whatsappOf(userId).isPresent();
    }

    @Override
    public Optional<String> addressOf(User person) {
        return preferences.whatsappOf(person.getId());
    }

    @Override
    public void deliver(String address, String subject, String text) {
        String message = "*" + subject + "*\n\n" + text;
        http.post().uri(gateway.url()).contentType(MediaType.parseMediaType(gateway.contentType()))
                .headers(headers -> gateway.headers().forEach(headers::add))
                .body(gateway.body().replace("{nomor}", escaped(address)).replace("{pesan}", escaped(message)))
                .retrieve().toBodilessEntity();
    }

    private String escaped(String value) {
        if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(gateway.contentType()))) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }
}
