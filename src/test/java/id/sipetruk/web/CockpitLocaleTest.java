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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit speaks Bahasa Indonesia: our locales/id.json has exactly the keys of the webjar's en.json (after a Camunda
 * upgrade this test names the keys to add or remove), keeps every placeholder, translates every text but a few
 * loanwords and identifiers, and the running app (webapps on) serves it together with the config.js that chooses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.enabled=true")
class CockpitLocaleTest {

    private static final String COCKPIT = "META-INF/resources/webjars/camunda/app/cockpit/";
    /** Texts that read the same in Bahasa Indonesia: names, identifiers, type names, formats, symbols, loanwords. */
    private static final Set<String> SAME_IN_INDONESIAN = Set.of(
            "Cockpit", "Camunda", "Camunda Cockpit", "Tasklist", "Admin", "BPMN", "DMN", "ID", "Tenant: ID", "JSON",
            "XML", "CSV", "OK", " OK", "null", "<null>", "<undefined>", "Boolean", "Integer", "Long", "Double", "Short",
            "String", "YYYY-MM-DDTHH:mm:ss", "<", "<=", ">", ">=", "Batch", "batch", "Endpoint", "Filter", "Operator",
            "Status", "Total", "Valid", "Min", "Minimum:");
    /** What a translation must carry over unchanged: AngularJS expressions, HTML tags, entities, moment/format codes. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|</?(?:a|b|i|p|br|em|strong|span|code|div|ul|li|small)\\b[^>]*>|&\\w+;|%\\w|\\{}");

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort int port;
    @Value("${sipetruk.admin.user-id}") String adminUser;
    @Value("${sipetruk.admin.password}") String adminPassword;

    @Test
    void idJson_hasExactlyTheKeysOfTheWebjarsEnglish() throws IOException {
        Map<String, String> english = flatten(webjarEnglish());
        Map<String, String> indonesian = flatten(ours());

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(indonesian.keySet());
        Set<String> extra = new TreeSet<>(indonesian.keySet());
        extra.removeAll(english.keySet());
        assertThat(missing).as("keys of the webjar's en.json missing from our id.json").isEmpty();
        assertThat(extra).as("keys of our id.json that the webjar's en.json no longer has").isEmpty();
    }

    @Test
    void everyTranslation_keepsItsPlaceholders() throws IOException {
        Map<String, String> english = flatten(webjarEnglish().get("labels"));
        Map<String, String> indonesian = flatten(ours().get("labels"));
        List<String> broken = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = indonesian.get(key);
            if (translated != null && !placeholders(text).equals(placeholders(translated))) {
                broken.add(key + ": " + placeholders(text) + " became " + placeholders(translated));
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void everyText_isTranslated_butNamesAndLoanwords() throws IOException {
        Map<String, String> english = flatten(webjarEnglish().get("labels"));
        Map<String, String> indonesian = flatten(ours().get("labels"));
        List<String> untranslated = english.entrySet().stream()
                .filter(e -> e.getValue().equals(indonesian.get(e.getKey())))
                .filter(e -> !SAME_IN_INDONESIAN.contains(e.getValue()))
                .map(e -> e.getKey() + " = " + e.getValue()).toList();
        assertThat(untranslated).isEmpty();
        assertThat(indonesian).containsEntry("DASHBOARD_DASHBOARD", "Dasbor");
        assertThat(ours().at("/dateLocales/months/11").asText()).isEqualTo("Desember");
    }

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

    private JsonNode webjarEnglish() throws IOException {
        URL url = getClass().getClassLoader().getResource(COCKPIT + "locales/en.json");
        assertThat(url).as("the webjar's en.json on the classpath").isNotNull();
        assertThat(url.toString()).contains("camunda-webapp-webjar");
        return read(url);
    }

    private JsonNode ours() throws IOException {
        URL url = getClass().getClassLoader().getResource(COCKPIT + "locales/id.json");
        assertThat(url).as("our id.json on the classpath").isNotNull();
        return read(url);
    }

    private JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** Every leaf of the tree by its path, e.g. "labels.DASHBOARD_DASHBOARD" or "dateLocales.months[0]". */
    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten("", node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
