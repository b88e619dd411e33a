package id.sipetruk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist's own login form (shown after its logout button) posts to Camunda's login endpoint. This filter
 * checks the same user id and password through SI PETRUK's login first, so that the one login covers our pages
 * too; a wrong password is answered 401 here, as Camunda would (and counted once by its login throttling).
 */
class WebappLoginBridgeFilter extends OncePerRequestFilter {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contexts;
    private final RequestMatcher camundaLogin;

    WebappLoginBridgeFilter(AuthenticationManager authenticationManager, SecurityContextRepository contexts,
                            RequestMatcher camundaLogin) {
        this.authenticationManager = authenticationManager;
        this.contexts = contexts;
        this.camundaLogin = camundaLogin;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !camundaLogin.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login;
        try {
            login = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    request.getParameter("username"), request.getParameter("password")));
        } catch (AuthenticationException refused) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
