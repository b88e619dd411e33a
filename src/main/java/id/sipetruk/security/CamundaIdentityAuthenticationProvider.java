package id.sipetruk.security;

import id.sipetruk.account.AccountStates;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * SI PETRUK's one login: the user id and password are checked by Camunda's identity service (its password hashing),
 * failed logins are throttled per account and client address ({@link LoginThrottle}), and the user's Camunda groups
 * become the Spring authorities. The same
 * users therefore log in to our pages, Tasklist, Cockpit and the REST API.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaIdentityAuthenticationProvider.class);

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final AccountStates accounts;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
                                                 AccountStates accounts) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.lockedUntil(userId, address).isPresent()) {
            LOG.info("Login of user '{}' from {} refused: locked after repeated failures", userId, address);
            throw new LockedException("Terlalu banyak percobaan masuk yang gagal.");
        }
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            LOG.info("Login refused for user '{}' from {}", userId, address);
            throttle.failed(userId, address);
            throw new BadCredentialsException("Nama pengguna atau kata sandi salah.");
        }
        throttle.succeeded(userId, address);
        if (!accounts.of(userId).active()) {
            LOG.info("Login of user '{}' from {} refused: the account is deactivated", userId, address);
            throw new DisabledException("Akun ini dinonaktifkan oleh BKPSDM.");
        }
        List<GrantedAuthority> groups = groupsOf(identityService, userId);
        LOG.info("User '{}' logged in (groups {})", userId, groups);
        return new CamundaUserLogin(userId, groups);
    }

    /** The user's Camunda groups as Spring authorities, read now. */
    static List<GrantedAuthority> groupsOf(IdentityService identityService, String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
