package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit in Bahasa Indonesia, as the running application (webapps on) serves it to a logged-in administrator: our
 * locales/id.json and the config.js that chooses it, English still available. That id.json has every key of the
 * webjar's en.json, every text translated and every placeholder kept is {@link WebappLocalesTest}'s, for all four
 * apps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.enabled=true")
class CockpitLocaleTest {

    private static final String COCKPIT = "META-INF/resources/webjars/camunda/app/cockpit/";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort int port;
    @Value("${sipetruk.admin.user-id}") String adminUser;
    @Value("${sipetruk.admin.password}") String adminPassword;

    @Test
    void theRunningAppServesIdJson_andTheConfigThatChoosesIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(browser, "/masuk").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + enc(adminUser) + "&password=" + enc(adminPassword) + "&_csrf=" + enc(csrf.group(1));
        browser.send(HttpRequest.newBuilder(URI.create(base() + "/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> served = get(browser, "/camunda/app/cockpit/locales/id.json");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(json.readTree(served.body()).equals(ours())).as("the served id.json is ours").isTrue();

        HttpResponse<String> config = get(browser, "/camunda/app/cockpit/scripts/config.js");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("availableLocales: ['id']", "fallbackLocale: 'id'");

        HttpResponse<String> english = get(browser, "/camunda/app/cockpit/locales/en.json");
        assertThat(english.statusCode()).isEqualTo(200); // English stays available
        assertThat(english.body()).contains("\"DASHBOARD_DASHBOARD\": \"Dashboard\"");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode ours() throws IOException {
        URL url = getClass().getClassLoader().getResource(COCKPIT + "locales/id.json");
        assertThat(url).as("our id.json on the classpath").isNotNull();
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
