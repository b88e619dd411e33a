package id.sipetruk.security;

import id.sipetruk.account.AccountState;
import id.sipetruk.account.AccountStates;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a login current on every request of our pages, the Camunda webapps and SI PETRUK's API (two indexed reads:
 * the account's flags, the user's groups):
 * <ul>
 *   <li>a deactivated account's session ends here (pages: back to the login page; APIs: 401);</li>
 *   <li>a changed role or OPD takes effect now: the login's groups are replaced, and so is the webapps' cached
 *       authentication (Camunda keeps one per session for its authentication cache's time to live, five minutes by
 *       default), built again from the engine as Camunda does when that time is over;</li>
 *   <li>an account with a one-time password reaches only {@code /akun} (pages are sent there; the APIs answer 403
 *       with an Indonesian message) until the password is changed.</li>
 * </ul>
 * Static files are not checked: they hold no data, and Tasklist loads dozens of them.
 */
class AccountRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRequestFilter.class);
    /** Where a person with a one-time password may go: the account page, logging out, the public pages. */
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of(WebSecurityConfiguration.ACCOUNT_PAGE,
            WebSecurityConfiguration.LOGOUT, WebSecurityConfiguration.LOGIN_PAGE, "/error", "/verifikasi");
    /** The webapps' own login, logout and "who am I". */
    private static final String WEBAPP_AUTH = "/camunda/api/admin/auth/";

    private final AccountStates accounts;
    private final IdentityService identity;
    private final SecurityContextRepository contexts;

    AccountRequestFilter(AccountStates accounts, IdentityService identity, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.identity = identity;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/camunda/") && !path.startsWith("/camunda/api/") && last.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CamundaUserLogin login)) {
            chain.doFilter(request, response);
            return;
        }
        AccountState state = accounts.of(login.getName());
        if (!state.active()) {
            endSession(request, login);
            if (isApi(request)) {
                AccountAnswers.json(response, HttpServletResponse.SC_UNAUTHORIZED, "AccountDeactivated",
                        "account.deactivated");
            } else {
                response.sendRedirect(request.getContextPath() + WebSecurityConfiguration.LOGIN_PAGE + "?nonaktif");
            }
            return;
        }
        refreshGroups(request, response, login);
        if (state.mustChangePassword() && !openWhileChanging(path(request))) {
            if (isApi(request)) {
                AccountAnswers.json(response, HttpServletResponse.SC_FORBIDDEN, "PasswordChangeRequired",
                        "account.password.changeFirst");
            } else {
                response.sendRedirect(request.getContextPath() + WebSecurityConfiguration.ACCOUNT_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void refreshGroups(HttpServletRequest request, HttpServletResponse response, CamundaUserLogin login) {
        List<GrantedAuthority> groups = CamundaIdentityAuthenticationProvider.groupsOf(identity, login.getName());
        if (authorities(groups).equals(authorities(login.getAuthorities()))) {
            return;
        }
        LOG.info("Groups of '{}' changed from {} to {}: effective from this request", login.getName(),
                authorities(login.getAuthorities()), authorities(groups));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login.withGroups(groups));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            renewWebappAuthentications(session);
        }
    }

    /**
     * What Camunda's own authentication cache does when its time to live is over ({@code AuthenticationUtil
     * .updateCache}), done now: the webapps' authentication of this session is built again from the engine (groups,
     * tenants, the applications it may open), or dropped if the user is gone.
     */
    private static void renewWebappAuthentications(HttpSession session) {
        Authentications webapps = AuthenticationUtil.getAuthsFromSession(session);
        for (UserAuthentication cached : List.copyOf(webapps.getAuthentications())) {
            UserAuthentication renewed = AuthenticationUtil.createAuthentication(cached.getProcessEngineName(),
                    cached.getIdentityId());
            if (renewed == null) {
                webapps.removeByEngineName(cached.getProcessEngineName());
            } else {
                renewed.setCacheValidationTime(cached.getCacheValidationTime());
                webapps.addOrReplace(renewed);
            }
        }
        AuthenticationUtil.updateSession(session, webapps);
    }

    private static void endSession(HttpServletRequest request, Authentication login) {
        LOG.info("Session of '{}' ended: the account is deactivated", login.getName());
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static Set<String> authorities(java.util.Collection<? extends GrantedAuthority> groups) {
        Set<String> ids = new HashSet<>();
        groups.forEach(group -> ids.add(group.getAuthority()));
        return ids;
    }

    private static boolean openWhileChanging(String path) {
        return OPEN_WHILE_CHANGING.contains(path) || path.startsWith(WEBAPP_AUTH) || path.startsWith("/verifikasi/");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/camunda/api/") || path.startsWith(WebSecurityConfiguration.API + "/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
