package id.sipetruk.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds each task's {@link LiveFormValues} to a successful {@code GET …/task/{id}/form-variables} of the public REST
 * API and of the API Tasklist uses. The engine has already checked that the caller may read the task; the values
 * follow from the task's recorded {@link TaskSubject}, never from anything the caller sends.
 */
@Configuration
public class LiveFormValuesFilter extends OncePerRequestFilter {

    private static final Pattern FORM_VARIABLES = Pattern.compile("/task/([^/]+)/form-variables$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveForms live;

    public LiveFormValuesFilter(LiveForms live) {
        this.live = live;
    }

    @Bean
    public FilterRegistrationBean<LiveFormValuesFilter> liveFormValuesFilterRegistration() {
        FilterRegistrationBean<LiveFormValuesFilter> registration = new FilterRegistrationBean<>(this);
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getRequestURI()).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() == HttpServletResponse.SC_OK) {
                Matcher task = FORM_VARIABLES.matcher(request.getRequestURI());
                if (task.find()) {
                    addLiveValues(task.group(1), request.getParameter("variableNames"), buffered);
                }
            }
        } finally {
            buffered.copyBodyToResponse();
        }
    }

    private void addLiveValues(String taskId, String variableNames, ContentCachingResponseWrapper response)
            throws IOException {
        Optional<Map<String, Object>> values = live.of(taskId);
        if (values.isEmpty() || values.get().isEmpty()) {
            return;
        }
        List<String> wanted = variableNames == null ? null : Arrays.asList(variableNames.split(","));
        ObjectNode variables = (ObjectNode) JSON.readTree(response.getContentAsByteArray());
        for (Map.Entry<String, Object> value : values.get().entrySet()) {
            if (wanted == null || wanted.contains(value.getKey())) {
                put(variables.putObject(value.getKey()), value.getValue());
            }
        }
        response.resetBuffer();
        JSON.writeValue(response.getOutputStream(), variables);
    }

    /** As the engine API writes a variable of that type: texts, numbers and flags as themselves, lists as JSON. */
    private static void put(ObjectNode variable, Object value) throws IOException {
        if (value == null) {
            variable.put("type", "Null").putNull("value");
        } else if (value instanceof String text) {
            variable.put("type", "String").put("value", text);
        } else if (value instanceof Integer number) {
            variable.put("type", "Integer").put("value", number);
        } else if (value instanceof Long number) {
            variable.put("type", "Long").put("value", number);
        } else if (value instanceof Double number) {
            variable.put("type", "Double").put("value", number);
        } else if (value instanceof Boolean flag) {
            variable.put("type", "Boolean").put("value", flag);
        } else {
            variable.put("type", "Json").put("value", JSON.writeValueAsString(value));
        }
        variable.putObject("valueInfo");
    }
}
