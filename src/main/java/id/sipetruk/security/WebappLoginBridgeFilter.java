package id.sipetruk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the one login when people use the Camunda webapps' own login form and logout button:
 * <ul>
 *   <li>the login form posts to Camunda's login endpoint: the same user id and password are checked through SI
 *       PETRUK's login first, so that the login covers our pages too; a wrong password is answered 401 here, as
 *       Camunda would (and counted once by {@link LoginThrottle});</li>
 *   <li>the logout button posts to Camunda's logout endpoint: SI PETRUK's login ends here, then Camunda's own
 *       logout runs (it ends the webapps' login and renews their CSRF token).</li>
 * </ul>
 */
class WebappLoginBridgeFilter extends OncePerRequestFilter {

    private static final int MAX_BODY = 8 * 1024;

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contexts;
    private final RequestMatcher camundaLogin;
    private final RequestMatcher camundaLogout;

    WebappLoginBridgeFilter(AuthenticationManager authenticationManager, SecurityContextRepository contexts,
                            RequestMatcher camundaLogin, RequestMatcher camundaLogout) {
        this.authenticationManager = authenticationManager;
        this.contexts = contexts;
        this.camundaLogin = camundaLogin;
        this.camundaLogout = camundaLogout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !camundaLogin.matches(request) && !camundaLogout.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (camundaLogout.matches(request)) {
            SecurityContext empty = SecurityContextHolder.createEmptyContext();
            SecurityContextHolder.setContext(empty);
            contexts.saveContext(empty, request, response);
            chain.doFilter(request, response);
            return;
        }
        // read the form ourselves: request.getParameter would consume the body before Camunda's login reads it
        byte[] body = request.getInputStream().readNBytes(MAX_BODY);
        Map<String, String> form = formFields(new String(body, StandardCharsets.UTF_8));
        Authentication login;
        try {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                    form.get("username"), form.get("password"));
            attempt.setDetails(new WebAuthenticationDetails(request));
            login = authenticationManager.authenticate(attempt);
        } catch (AuthenticationException refused) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login);
        SecurityContextHolder.setContext(context);
        chain.doFilter(new CachedBodyRequest(request, body), response);
        // Camunda's login renews the session (against session fixation): keep the login in the new one
        if (response.getStatus() < HttpServletResponse.SC_MULTIPLE_CHOICES) {
            contexts.saveContext(context, request, response);
        }
    }

    private static Map<String, String> formFields(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
