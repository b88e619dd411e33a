package id.sipetruk.security;

import java.util.Collection;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A login checked by {@link CamundaIdentityAuthenticationProvider}: a Camunda user with his Camunda groups as
 * authorities. {@link AccountRequestFilter} keeps such a login current on every request (deactivation, a required
 * password change, changed groups); logins of any other kind (tests' mock users) are left as they are.
 */
public final class CamundaUserLogin extends UsernamePasswordAuthenticationToken {

    private static final long serialVersionUID = 1L;

    CamundaUserLogin(String userId, Collection<? extends GrantedAuthority> groups) {
        super(userId, null, groups);
    }

    /** The same login with other groups. */
    CamundaUserLogin withGroups(Collection<? extends GrantedAuthority> groups) {
        CamundaUserLogin changed = new CamundaUserLogin(getName(), groups);
        changed.setDetails(getDetails());
        return changed;
    }
}
