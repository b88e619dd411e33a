package id.sipetruk.security;

import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in person asking for one of SI PETRUK's pages: the user id and the Camunda groups. */
public record Viewer(String userId, Set<String> groups) {

    /** The person of the current request; an anonymous viewer (no id, no group) when nobody is logged in. */
    public static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Viewer(null, Set.of());
        }
        return new Viewer(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean in(String group) {
        return groups.contains(group);
    }

    public boolean isAdministrator() {
        return in(RoleGroups.CAMUNDA_ADMIN);
    }

    /** BKPSDM (admin or verifier), the Bupati's role, or a Camunda administrator: every OPD's data. */
    public boolean seesAllOpds() {
        return isAdministrator() || in(RoleGroups.BKPSDM_ADMIN) || in(RoleGroups.BKPSDM_VERIFIER)
                || in(RoleGroups.BUPATI);
    }

    /** Head or HR admin of this OPD. */
    public boolean worksFor(String opdCode) {
        return in(OpdGroups.headGroup(opdCode)) || in(OpdGroups.adminGroup(opdCode));
    }

    /** For logs and records: the user id, or a marker when nobody is logged in. */
    public String name() {
        return userId == null ? "(tanpa login)" : userId;
    }
}
