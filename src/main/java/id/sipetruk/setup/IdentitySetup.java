package id.sipetruk.setup;

import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.RoleGroups;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the Camunda groups SI PETRUK routes work to: the regency-wide {@link RoleGroups} and, for every
 * active OPD, its head and HR-admin groups ({@link id.sipetruk.organization.OpdGroups}). Idempotent: a group
 * that exists is kept (its name and type are corrected if they drifted), so it is safe on every start.
 * Runs in every profile; {@link StartupSetup} calls it. Uses the public {@link IdentityService} only.
 */
@Component
public class IdentitySetup {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identityService;
    private final OpdRepository opdRepository;

    public IdentitySetup(IdentityService identityService, OpdRepository opdRepository) {
        this.identityService = identityService;
        this.opdRepository = opdRepository;
    }

    /** Role groups, then the groups of every active OPD. */
    public void run() {
        if (identityService.isReadOnly()) {
            LOG.warn("Identity service is read-only (e.g. LDAP): groups must be provided by the directory");
            return;
        }
        int created = 0;
        for (RoleGroups.RoleGroup role : RoleGroups.ALL) {
            created += ensureGroup(role.id(), role.name(), role.type()) ? 1 : 0;
        }
        List<Opd> opds = opdRepository.findByActiveTrueOrderByName();
        for (Opd opd : opds) {
            created += ensureOpdGroups(opd);
        }
        LOG.info("Identity setup: {} role groups and groups of {} active OPDs present, {} created",
                RoleGroups.ALL.size(), opds.size(), created);
    }

    /**
     * Makes sure the head and HR-admin groups of one OPD exist, e.g. when an OPD is added later.
     *
     * @return how many groups were created (0, 1 or 2)
     */
    public int ensureOpdGroups(Opd opd) {
        Objects.requireNonNull(opd, "opd");
        int created = 0;
        created += ensureGroup(opd.headGroup(), RoleGroups.opdHeadGroupName(opd.getName()),
                RoleGroups.TYPE_WORKFLOW) ? 1 : 0;
        created += ensureGroup(opd.adminGroup(), RoleGroups.opdAdminGroupName(opd.getName()),
                RoleGroups.TYPE_WORKFLOW) ? 1 : 0;
        return created;
    }

    /** @return true when the group was created, false when it existed already */
    boolean ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            LOG.debug("Created group {} ({})", id, name);
            return true;
        }
        if (!Objects.equals(group.getName(), name) || !Objects.equals(group.getType(), type)) {
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            LOG.info("Updated name/type of group {} to '{}' ({})", id, name, type);
        }
        return false;
    }
}
