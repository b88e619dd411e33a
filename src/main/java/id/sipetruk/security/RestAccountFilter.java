package id.sipetruk.security;

import id.sipetruk.account.AccountState;
import id.sipetruk.account.AccountStates;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API ({@code /engine-rest}, HTTP Basic, no session) after Camunda has checked the password: a deactivated
 * account is answered 401, an account with a one-time password 403, both with an Indonesian message. The groups need
 * no refreshing here: Camunda reads them on every request.
 */
class RestAccountFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RestAccountFilter.class);

    private final IdentityService identity;
    private final AccountStates accounts;

    RestAccountFilter(IdentityService identity, AccountStates accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            chain.doFilter(request, response);
            return;
        }
        AccountState state = accounts.of(caller.getUserId());
        if (!state.active()) {
            LOG.info("REST request of '{}' refused: the account is deactivated", caller.getUserId());
            AccountAnswers.json(response, HttpServletResponse.SC_UNAUTHORIZED, "AccountDeactivated",
                    "account.deactivated");
        } else if (state.mustChangePassword()) {
            AccountAnswers.json(response, HttpServletResponse.SC_FORBIDDEN, "PasswordChangeRequired",
                    "account.password.changeFirst");
        } else {
            chain.doFilter(request, response);
        }
    }
}
