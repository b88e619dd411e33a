package id.sipetruk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.security.EngineRequestGuard.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Checks the variables a request submits with a task's completion or a process start against the deployed Camunda
 * Form: only the form's own fields (by key), only plain values (text, number, yes/no, date, JSON, empty), text of
 * at most {@value #MAX_TEXT} characters without NUL. A refusal names the offending field in Bahasa Indonesia.
 * When the task or process cannot be found for the caller, nothing is refused here: the engine answers.
 */
@Component
public class SubmittedVariables {

    /** The longest text any form field takes (the innovation's description); the engine keeps up to 4,000. */
    static final int MAX_TEXT = 4000;
    /** Value types a Camunda Form or a REST client filling one sends; no Object, File or Bytes. */
    private static final Set<String> PLAIN_TYPES = Set.of("", "string", "integer", "long", "short", "double",
            "boolean", "date", "json", "null");

    private final ObjectMapper json = new ObjectMapper();
    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;

    public SubmittedVariables(TaskService tasks, FormService forms, RepositoryService repository) {
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
    }

    /** A task's {@code complete}, {@code submit-form} or {@code resolve} body. */
    Optional<Refusal> checkTask(String taskId, JsonNode body) {
        Task task;
        try {
            task = tasks.createTaskQuery().taskId(taskId).singleResult();
        } catch (ProcessEngineException e) {
            return Optional.empty();
        }
        if (task == null) {
            return Optional.empty();
        }
        return check(body, formFields(() -> forms.getDeployedTaskForm(taskId)), "formulir tugas ini");
    }

    /** A {@code start} or {@code submit-form} body of a process definition ({@code key/…} or its id). */
    Optional<Refusal> checkStart(String definition, JsonNode body) {
        ProcessDefinition found;
        try {
            found = definition.startsWith("key/")
                    ? repository.createProcessDefinitionQuery().processDefinitionKey(definition.split("/")[1])
                    .latestVersion().singleResult()
                    : repository.getProcessDefinition(definition);
        } catch (ProcessEngineException e) {
            return Optional.empty();
        }
        if (found == null) {
            return Optional.empty();
        }
        return check(body, formFields(() -> forms.getDeployedStartForm(found.getId())), "formulir pembukaan proses ini");
    }

    /**
     * The values of a direct variable write ({@code PUT …/variables/{name}}: one value; {@code POST …/variables}:
     * {@code modifications}), by whoever may make it: plain values only, whatever the field.
     */
    Optional<Refusal> checkWrite(String path, JsonNode body) {
        if (body == null) {
            return Optional.empty();
        }
        if (!path.endsWith("/variables") && !path.endsWith("/localVariables")) {
            return checkValue(path.substring(path.lastIndexOf('/') + 1), body);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = body.path("modifications").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            Optional<Refusal> value = checkValue(variable.getKey(), variable.getValue());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> check(JsonNode body, Optional<Set<String>> fields, String formName) {
        JsonNode variables = body == null ? null : body.get("variables");
        if (variables == null || variables.isNull()) {
            return Optional.empty();
        }
        if (!variables.isObject()) {
            return Optional.of(Refusal.badRequest("\"variables\" harus berupa objek berisi isian formulir."));
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String name = variable.getKey();
            if (fields.isEmpty() || !fields.get().contains(name)) {
                unknown.add(name.length() > 60 ? name.substring(0, 60) + "…" : name);
                continue;
            }
            Optional<Refusal> value = checkValue(name, variable.getValue());
            if (value.isPresent()) {
                return value;
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of(Refusal.badRequest("Isian berikut bukan bagian dari " + formName
                    + " dan tidak diterima: " + String.join(", ", unknown) + "."));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkValue(String name, JsonNode variable) {
        String type = variable.path("type").asText("").toLowerCase(java.util.Locale.ROOT);
        if (!PLAIN_TYPES.contains(type) || variable.path("valueInfo").has("serializationDataFormat")
                || variable.path("valueInfo").has("objectTypeName")) {
            return Optional.of(Refusal.badRequest("Isian \"" + name + "\" berjenis \"" + variable.path("type").asText()
                    + "\", yang tidak diterima: kirim teks, angka, ya/tidak, tanggal atau JSON."));
        }
        JsonNode value = variable.get("value");
        String text = value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
        if (text.length() > MAX_TEXT) {
            return Optional.of(Refusal.badRequest("Isian \"" + name + "\" terlalu panjang: paling banyak " + MAX_TEXT
                    + " karakter."));
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.of(Refusal.badRequest("Isian \"" + name + "\" memuat karakter NUL yang tidak diizinkan."));
        }
        return Optional.empty();
    }

    /** The keys of the form's fields, or empty when the form cannot be read (then nothing is accepted). */
    private Optional<Set<String>> formFields(FormSource source) {
        try (InputStream form = source.open()) {
            if (form == null) {
                return Optional.empty();
            }
            Set<String> keys = new LinkedHashSet<>();
            collectKeys(json.readTree(form), keys);
            return Optional.of(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProcessEngineException noForm) {
            return Optional.empty();
        }
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component, keys);
        }
    }

    @FunctionalInterface
    private interface FormSource {
        InputStream open() throws IOException;
    }
}
