package id.sipetruk.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answers of the engine's API (the public REST API and the API Tasklist itself uses) as a person should read
 * them, in Bahasa Indonesia and without technical details:
 * <ul>
 *   <li>an engine call that failed because SI PETRUK refused the input or act ({@link ValidationException}) answers
 *       its 4xx status (400, 403 or 409) with the person's message;</li>
 *   <li>the engine's own refusals get an Indonesian message: missing authorization (403), a task that is gone
 *       (404), a task someone else claimed or a change that collided with another (409);</li>
 *   <li>any other server error keeps 500 but shows no SQL, class or constraint name: the details go to the log
 *       under a reference the message gives.</li>
 * </ul>
 */
@Configuration
public class ValidationResponseFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ValidationResponseFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TASK_PATH = Pattern.compile("/task/([^/]+)/");

    private final TaskService tasks;
    private final IdentityService identity;

    public ValidationResponseFilter(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    @Bean
    public FilterRegistrationBean<ValidationResponseFilter> validationResponseFilterRegistration() {
        FilterRegistrationBean<ValidationResponseFilter> registration = new FilterRegistrationBean<>(this);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ValidationFailures.take();
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            ValidationException failure = ValidationFailures.take();
            if (failure != null && buffered.getStatus() >= 500) {
                answer(buffered, failure.status(), "ValidationException", failure.getMessage());
            } else if (buffered.getStatus() >= 400) {
                translateEngineError(request, buffered);
            }
        } finally {
            ValidationFailures.take();
            buffered.copyBodyToResponse();
        }
    }

    private void translateEngineError(HttpServletRequest request, ContentCachingResponseWrapper response)
            throws IOException {
        JsonNode error;
        try {
            error = JSON.readTree(response.getContentAsByteArray());
        } catch (IOException notJson) {
            return;
        }
        if (error == null || !error.hasNonNull("type")) {
            return;
        }
        String type = error.path("type").asText();
        String message = error.path("message").asText("");
        String lower = message.toLowerCase(Locale.ROOT);
        if (type.equals("AuthorizationException") && taskGone(request)) {
            answer(response, 404, type, Messages.get("engine.taskGone"));
        } else if (type.equals("AuthorizationException")) {
            answer(response, 403, type, Messages.get("engine.forbidden"));
        } else if (type.equals("TaskAlreadyClaimedException")) {
            answer(response, 409, type, Messages.get("engine.alreadyClaimed"));
        } else if (type.equals("OptimisticLockingException") || lower.contains("updated by another transaction")
                || lower.contains("was updated or deleted by another transaction")) {
            answer(response, 409, type, Messages.get("engine.concurrentChange"));
        } else if (lower.contains("cannot find task") || lower.contains("task is null")
                || lower.contains("no task found")) {
            answer(response, 404, type, Messages.get("engine.taskGone"));
        } else if (response.getStatus() >= 500 && (lower.contains("constraint") || lower.contains("unique index")
                || lower.contains("duplicate key"))) {
            answer(response, 409, type, Messages.get("engine.concurrentChange"));
        } else if (response.getStatus() >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Engine API error {} on {} {}: {} {}", reference, request.getMethod(), request.getRequestURI(),
                    type, message);
            answer(response, 500, "ServerError", Messages.get("engine.serverError", reference));
        }
    }

    /**
     * A task completed by a concurrent request can vanish between the engine reading it and checking who may act
     * on it; the engine then reports missing authorization, while the truth is that the task is gone.
     */
    private boolean taskGone(HttpServletRequest request) {
        Matcher task = TASK_PATH.matcher(request.getRequestURI());
        if (!task.find()) {
            return false;
        }
        // looked up without the caller's authorizations: a task he may not see is not gone
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return tasks.createTaskQuery().taskId(task.group(1)).count() == 0;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static void answer(ContentCachingResponseWrapper response, int status, String type, String message)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", type, "message", message, "code", 0)));
    }
}
