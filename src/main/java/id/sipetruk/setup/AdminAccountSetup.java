package id.sipetruk.setup;

import id.sipetruk.organization.RoleGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code camunda-admin} group always has a direct member. Camunda's admin webapp offers a first-run page that
 * creates an administrator for whoever comes first while that group is empty; SI PETRUK never leaves it empty:
 * when it has no member, the administrator of {@code sipetruk.admin.user-id} (default {@code admin}) is created
 * with {@code sipetruk.admin.password} (environment variable {@code SIPETRUK_ADMIN_PASSWORD}), or added to the
 * group if the user exists. Without a member and without a password the application refuses to start. (The
 * setup endpoint itself is also closed, see {@link WebSecurityConfiguration}.)
 */
@Component
public class AdminAccountSetup {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccountSetup.class);

    private final IdentityService identityService;
    private final String userId;
    private final String password;

    public AdminAccountSetup(IdentityService identityService, AdminProperties admin) {
        this.identityService = identityService;
        this.userId = admin.userId();
        this.password = admin.password();
    }

    public void run() {
        long members = identityService.createUserQuery().memberOfGroup(RoleGroups.CAMUNDA_ADMIN).count();
        if (members > 0) {
            LOG.info("Administrators: {} member(s) of {}", members, RoleGroups.CAMUNDA_ADMIN);
            return;
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("Group " + RoleGroups.CAMUNDA_ADMIN + " has no member and no "
                        + "administrator password is configured: set SIPETRUK_ADMIN_PASSWORD (sipetruk.admin.password)");
            }
            User admin = identityService.newUser(userId);
            admin.setFirstName("Administrator");
            admin.setLastName("SI PETRUK");
            admin.setPassword(password);
            identityService.saveUser(admin); // the password policy applies
            LOG.info("Administrator '{}' created", userId);
        }
        identityService.createMembership(userId, RoleGroups.CAMUNDA_ADMIN);
        LOG.info("User '{}' added to {}", userId, RoleGroups.CAMUNDA_ADMIN);
    }
}
