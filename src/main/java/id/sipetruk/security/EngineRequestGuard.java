package id.sipetruk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.organization.RoleGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a logged-in person may send to the engine's API, through both doors ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}), checked before the engine sees the request (and the size of any request body to
 * {@code /camunda/api}). Camunda's authorizations decide who may
 * touch which task at all (task holders get TASK_WORK, see docs/security.md); this guard narrows what a task holder
 * can do with it:
 * <ul>
 *   <li>every request body is capped ({@value #MAX_BODY} bytes: 413 before more is read);</li>
 *   <li>{@code complete}, {@code submit-form} and {@code resolve} of a task, and the start of a process, accept only
 *       the fields of the deployed form, with plain values ({@link SubmittedVariables}): for everybody;</li>
 *   <li>a non-administrator claims a task for himself only, unclaims only a task he holds, and cannot change a
 *       task's assignee, owner, delegation, identity links, variables or attachments, nor throw a BPMN error or
 *       escalation, nor write process or execution variables, signals or messages.</li>
 * </ul>
 * Refusals are 4xx with a message in Bahasa Indonesia, and a line in the log.
 */
public class EngineRequestGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRequestGuard.class);

    /** The largest request body the engine API reads (a deployment of both processes and forms is ~60 KB). */
    static final int MAX_BODY = 1024 * 1024;

    /** More groups than any person holds (a role and an OPD group, perhaps an administrator's). */
    private static final int MAX_GROUPS = 200;
    private static final Pattern ENGINE_API = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(/.*)$");
    private static final Pattern TASK_ACTION = Pattern.compile("^/task/([^/]+)(?:/(.+))?$");
    private static final Pattern START = Pattern.compile(
            "^/process-definition/(key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:submit-form|start)$");
    /** Non-GET requests a non-administrator may never make: variables, signals, messages, instance changes. */
    private static final Pattern NEVER_FOR_NON_ADMINS = Pattern.compile("^(?:/(?:process-instance|execution|case-instance"
            + "|case-execution)/[^/]+/.+|/variable-instance/.+|/signal|/message|/condition|/job/.+|/incident/.+"
            + "|/external-task/.+|/modification/.+|/migration/.+)$");
    private static final Pattern VARIABLE_WRITE = Pattern.compile("^/.+/(?:variables|localVariables)(?:/[^/]+)?$");
    private static final Set<String> FORM_ACTIONS = Set.of("complete", "submit-form", "resolve");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ObjectMapper json = new ObjectMapper();
    private final IdentityService identity;
    private final TaskService tasks;
    private final SubmittedVariables variables;

    public EngineRequestGuard(IdentityService identity, TaskService tasks, SubmittedVariables variables) {
        this.identity = identity;
        this.tasks = tasks;
        this.variables = variables;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return READ_METHODS.contains(request.getMethod())
                || !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            refuse(request, response, Refusal.tooLarge());
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(request, response, Refusal.tooLarge());
            return;
        }
        String path = apiPath(request);
        if (path == null) {
            // the webapps' own API (login, Cockpit's plugins): only the size cap
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        Caller caller = caller(request);
        Matcher task = TASK_ACTION.matcher(path);
        if (task.matches() && "unclaim".equals(task.group(2)) && !caller.admin()) {
            Optional<Refusal> refused = unclaim(task.group(1), caller);
            if (refused.isPresent()) {
                refuse(request, response, refused.get());
            } else {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            return;
        }
        JsonNode json = readJson(body);
        Optional<Refusal> refusal = VARIABLE_WRITE.matcher(path).matches() && !"DELETE".equals(request.getMethod())
                ? variables.checkWrite(path, json) : Optional.empty();
        if (refusal.isEmpty()) {
            refusal = task.matches() ? checkTask(task.group(1), task.group(2), json, caller)
                    : checkOther(path, json, caller);
        }
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
        } else {
            chain.doFilter(new CachedBodyRequest(request, body), response);
        }
    }

    private Optional<Refusal> checkOther(String path, JsonNode body, Caller caller) {
        Matcher start = START.matcher(path);
        if (start.matches()) {
            return variables.checkStart(start.group(1), body);
        }
        if (!caller.admin() && NEVER_FOR_NON_ADMINS.matcher(path).matches() && !path.endsWith("/count")) {
            return Optional.of(Refusal.forbidden("Perubahan langsung pada proses, variabel atau pekerjaan mesin "
                    + "proses hanya boleh dilakukan administrator. Kerjakan tugas Anda melalui formulirnya di Tasklist."));
        }
        return Optional.empty();
    }

    /** {@code /task/{id}/{action}}; {@code /task/count} and {@code /task/report/…} are queries. */
    private Optional<Refusal> checkTask(String taskId, String action, JsonNode body, Caller caller) {
        if (action != null && FORM_ACTIONS.contains(action)) {
            return variables.checkTask(taskId, body);
        }
        if (caller.admin() || "count".equals(taskId) || "report".equals(taskId)) {
            return Optional.empty();
        }
        if (action == null) {
            return Optional.of(Refusal.forbidden("Data tugas (penerima, batas waktu, nama) tidak boleh diubah "
                    + "langsung; hanya administrator yang dapat mengubahnya."));
        }
        return switch (action) {
            case "claim" -> checkClaim(body, caller);
            case "comment/create" -> Optional.empty();
            default -> Optional.of(Refusal.forbidden("Tindakan \"" + action + "\" pada tugas tidak diizinkan. Anda hanya "
                    + "dapat mengambil, melepaskan dan menyelesaikan tugas Anda sendiri melalui formulirnya."));
        };
    }

    private Optional<Refusal> checkClaim(JsonNode body, Caller caller) {
        String userId = body == null ? null : body.path("userId").asText(null);
        if (userId == null || !userId.equals(caller.userId())) {
            return Optional.of(Refusal.forbidden("Anda hanya dapat mengambil tugas untuk diri Anda sendiri ("
                    + caller.userId() + "), bukan untuk pengguna lain."));
        }
        return Optional.empty();
    }

    /**
     * Unclaims a task the caller holds. The engine's own unclaim changes the assignee (TASK_ASSIGN, which task
     * holders do not have, so that they cannot hand a task to anyone); the guard unclaims through the claim command
     * instead, which needs only TASK_WORK, as the caller.
     */
    private Optional<Refusal> unclaim(String taskId, Caller caller) {
        Task task = runAs(caller, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return Optional.of(Refusal.notFound());
        }
        if (!caller.userId().equals(task.getAssignee())) {
            return Optional.of(Refusal.forbidden("Anda hanya dapat melepaskan tugas yang sedang Anda pegang sendiri."));
        }
        runAs(caller, () -> {
            tasks.claim(taskId, null);
            return null;
        });
        LOG.info("Task {} unclaimed by {}", taskId, caller.userId());
        return Optional.empty();
    }

    private <T> T runAs(Caller caller, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.userId(), caller.groups());
        try {
            return work.get();
        } finally {
            if (previous != null) {
                identity.setAuthentication(previous);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    /**
     * The logged-in user and his groups: the engine's authentication of this request (the REST API sets it from the
     * HTTP Basic login, with the groups read at that moment), else the web login with the groups
     * {@link AccountRequestFilter} read for this request, else (another kind of login) his groups read now.
     */
    private Caller caller(HttpServletRequest request) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            List<String> groups = authentication.getGroupIds();
            return new Caller(authentication.getUserId(), groups == null ? List.of() : groups);
        }
        String userId = request.getRemoteUser();
        if (userId == null) {
            return new Caller(null, List.of());
        }
        if (SecurityContextHolder.getContext().getAuthentication() instanceof CamundaUserLogin login
                && login.getName().equals(userId)) {
            return new Caller(userId, login.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        }
        return new Caller(userId, identity.createGroupQuery().groupMember(userId).listPage(0, MAX_GROUPS).stream()
                .map(Group::getId).toList());
    }

    record Caller(String userId, List<String> groups) {
        boolean admin() {
            return groups.contains(RoleGroups.CAMUNDA_ADMIN);
        }
    }

    /** A refusal with its HTTP status and Indonesian message. */
    record Refusal(int status, String message) {
        static Refusal badRequest(String message) {
            return new Refusal(HttpServletResponse.SC_BAD_REQUEST, message);
        }

        static Refusal forbidden(String message) {
            return new Refusal(HttpServletResponse.SC_FORBIDDEN, message);
        }

        static Refusal notFound() {
            return new Refusal(HttpServletResponse.SC_NOT_FOUND,
                    "Tugas tidak ditemukan: mungkin sudah diselesaikan, atau Anda tidak berhak melihatnya.");
        }

        static Refusal tooLarge() {
            return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Permintaan terlalu besar: paling banyak " + (MAX_BODY / 1024) + " KB.");
        }
    }

    private JsonNode readJson(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null; // the engine answers a body it cannot read with 400
        }
    }

    private static String apiPath(HttpServletRequest request) {
        Matcher m = ENGINE_API.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return m.matches() ? m.group(1) : null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        LOG.warn("Refused {} {} by {}: {}", request.getMethod(), request.getRequestURI(),
                Optional.ofNullable(identity.getCurrentAuthentication()).map(Authentication::getUserId)
                        .orElse(request.getRemoteUser()), refusal.message());
        response.setStatus(refusal.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(Map.of("type", "InvalidRequestException",
                "message", refusal.message())));
    }
}
