package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit, Admin and the welcome page speak Bahasa Indonesia through Camunda's own locale files: our
 * {@code locales/id.json} of each app (src/main/resources, same path as in Camunda's webjar) must have exactly the
 * keys of the webjar's {@code en.json}, a translation for every text, and every placeholder kept. After an upgrade
 * of Camunda this test names the keys that are new or gone; tools/webapp-locales/generate.py rewrites the files.
 */
class WebappLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Texts that are the same in Bahasa Indonesia: product names, loanwords, technical type names, month names. */
    private static final Set<String> SAME_IN_INDONESIAN = Set.of(
            "", "Admin", "Camunda", "Cockpit", "Tasklist", "Optimize", "Filter", "ID", "ID*", "OK", "GLOBAL", "Label",
            "Diagram", "Operator", "<null>", "Boolean", "String", "Integer", "Long", "Double", "Short",
            "April", "September", "November", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Sep", "Nov",
            "<", "<=", ">", ">=",
            // Cockpit's identifiers, formats and loanwords
            "Camunda Cockpit", "BPMN", "DMN", "Tenant: ID", "JSON", "XML", "CSV", " OK", "null", "<undefined>",
            "YYYY-MM-DDTHH:mm:ss", "Batch", "batch", "Endpoint", "Status", "Total", "Valid", "Min", "Minimum:");

    /** Date formats (moment.js tokens) and the first day of the week: not words. */
    private static final Pattern DATE_FORMAT = Pattern.compile("dateLocales\\.(longDateFormat\\..*|calendar\\.sameElse|week\\..*)");

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\s*[^}]*?\\s*}}|%\\w|\\{}|</?(?:a|br|strong|b|i|em|p|span|code|div|ul|li|small)\\b[^>]*>|&\\w+;");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void idJson_hasExactlyTheKeysOfCamundasEnJson(String app) throws IOException {
        Map<String, String> english = texts(webjarEnglish(app));
        Map<String, String> indonesian = texts(ours(app));

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(indonesian.keySet());
        Set<String> extra = new TreeSet<>(indonesian.keySet());
        extra.removeAll(english.keySet());
        assertThat(missing).as(app + ": keys of Camunda's en.json missing in our id.json "
                + "(add them to tools/webapp-locales/id.tsv and run generate.py)").isEmpty();
        assertThat(extra).as(app + ": keys in our id.json that Camunda's en.json no longer has").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyText_isTranslated(String app) throws IOException {
        Map<String, String> english = texts(webjarEnglish(app));
        Map<String, String> indonesian = texts(ours(app));
        List<String> untranslated = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = indonesian.get(key);
            if (text.equals(translated) && !SAME_IN_INDONESIAN.contains(text) && !DATE_FORMAT.matcher(key).matches()) {
                untranslated.add(key + " = " + text);
            }
        });
        assertThat(untranslated).as(app + ": texts still in English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyPlaceholderAndHtmlTag_isKept(String app) throws IOException {
        Map<String, String> english = texts(webjarEnglish(app));
        Map<String, String> indonesian = texts(ours(app));
        List<String> broken = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = indonesian.getOrDefault(key, "");
            if (!placeholders(text).equals(placeholders(translated))) {
                broken.add(key + ": " + placeholders(text) + " became " + placeholders(translated));
            }
        });
        assertThat(broken).as(app + ": placeholders or HTML tags changed").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theTermsPeopleClick_areTheAgreedOnes(String app) throws IOException {
        Map<String, String> indonesian = texts(ours(app));
        if (app.equals("tasklist")) {
            assertThat(indonesian).containsEntry("labels.CLAIM_TASK", "Ambil")
                    .containsEntry("labels.UNCLAIM_TASK", "Lepaskan")
                    .containsEntry("labels.COMPLETE", "Selesaikan")
                    .containsEntry("labels.START_PROCESS", "Mulai proses")
                    .containsEntry("labels.SAVE", "Simpan");
        }
        assertThat(indonesian.values()).as(app).doesNotContain("Claim", "Complete", "Start process", "Create task")
                .noneMatch(text -> text.contains("migrate to Camunda 8"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", ""));
        }
        Collections.sort(found);
        return found;
    }

    /** Camunda's en.json, read from the webjar itself (our resources have no en.json at that path). */
    private static JsonNode webjarEnglish(String app) throws IOException {
        String path = LOCALES.formatted(app, "en");
        for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(path))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                return read(url);
            }
        }
        throw new AssertionError("Camunda's webjar has no " + path + " on the test classpath");
    }

    private static JsonNode ours(String app) throws IOException {
        String path = LOCALES.formatted(app, "id");
        URL url = WebappLocalesTest.class.getClassLoader().getResource(path);
        assertThat(url).as("our " + path).isNotNull();
        assertThat(url.toString()).as("our " + path + " comes from SI PETRUK, not from a jar").doesNotContain(".jar!");
        return read(url);
    }

    private static JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** Every text of a locale file by its path (labels.CLAIM_TASK, dateLocales.months[0]). */
    private static Map<String, String> texts(JsonNode root) {
        Map<String, String> texts = new LinkedHashMap<>();
        collect(root, "", texts);
        return texts;
    }

    private static void collect(JsonNode node, String path, Map<String, String> texts) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), texts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", texts);
            }
        } else {
            texts.put(path, node.asText());
        }
    }
}
