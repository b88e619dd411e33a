package id.sipetruk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Blocks expression-language injection through task queries (a known Camunda 7.24 CE weakness: the engine's
 * refusal of expressions in ad-hoc queries can be bypassed, e.g. through nested {@code orQueries}). Every task
 * query that reaches the engine over HTTP, through {@code /engine-rest} or the webapps' own API, and every
 * filter request (whose body extends the stored query) is refused with 400 when a parameter name or value, or
 * any name or string in its JSON body at any depth, contains {@code ${} or {@code #{}. Nothing of such a request
 * reaches the engine. Stored filters are created by administrators only (no FILTER CREATE grant elsewhere, see
 * {@link AuthorizationSetup}).
 */
public class TaskQueryExpressionGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(TaskQueryExpressionGuard.class);

    /** Task queries and filters, with or without "/engine/{name}", on the REST API and the webapps' API. */
    static final Pattern GUARDED = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?"
            + "/(?:task(?:/count)?|history/task(?:/count)?|filter(?:/.*)?)/?$");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    static final String MESSAGE = "Kueri tugas tidak boleh memuat ekspresi (${...} atau #{...}).";
    static final String TOO_LARGE = "Kueri tugas terlalu besar.";
    private static final int MAX_BODY = 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !GUARDED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(request, response, TOO_LARGE);
        } else if (carriesExpression(request.getQueryString(), body)) {
            refuse(request, response, MESSAGE);
        } else {
            chain.doFilter(new CachedBodyRequest(request, body), response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        LOG.warn("Refused task query ({}): {} {} by {}", message, request.getMethod(), request.getRequestURI(),
                request.getRemoteUser());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(
                Map.of("type", "InvalidRequestException", "message", message)));
    }

    boolean carriesExpression(String queryString, byte[] body) {
        if (queryString != null && EXPRESSION.matcher(URLDecoder.decode(
                queryString.replace("+", "%2B"), StandardCharsets.UTF_8)).find()) {
            return true;
        }
        if (body.length == 0) {
            return false;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (EXPRESSION.matcher(text).find()) {
            return true;
        }
        try {
            return carriesExpression(json.readTree(body)); // catches \u0024{ and other JSON escapes
        } catch (IOException notJson) {
            return false; // the engine refuses a body it cannot read
        }
    }

    private static boolean carriesExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return EXPRESSION.matcher(node.asText()).find();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (EXPRESSION.matcher(field.getKey()).find() || carriesExpression(field.getValue())) {
                return true;
            }
        }
        for (JsonNode element : node) {
            if (node.isArray() && carriesExpression(element)) {
                return true;
            }
        }
        return false;
    }
}
