package id.sipetruk.setup;

import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.ProcessKeys;
import id.sipetruk.setup.TasklistFilterSetup.FilterDefinition;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda authorizations: each group gets exactly what its work needs. Created at start-up in every profile,
 * idempotent (an existing grant gets missing permissions added, nothing is duplicated).
 * <ul>
 *   <li>everybody: Tasklist, and reading the two process definitions (the diagram in Tasklist); the shared
 *       filters meant for everybody;</li>
 *   <li>{@code bkpsdm-admin}: starting an award period (CREATE_INSTANCE on AwardPeriodProcess, CREATE on process
 *       instances) — nobody else may; and Cockpit, read-only (the two processes' instances, incidents, history);</li>
 *   <li>each role group: READ on the Tasklist filters meant for it;</li>
 *   <li>{@code camunda-admin}: everything, Cockpit and Admin included (the engine also treats it as admin group).</li>
 * </ul>
 * Tasks need no grant here: the engine grants a task to its candidate groups and its assignee when the task is
 * created (and removes the grant with the task), which is what keeps OPD A's tasks from OPD B. No other group
 * may read process instances, variables or history, deploy, or create filters.
 */
@Component
public class AuthorizationSetup {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSetup.class);
    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizations;
    private final FilterService filters;

    public AuthorizationSetup(AuthorizationService authorizations, FilterService filters) {
        this.authorizations = authorizations;
        this.filters = filters;
    }

    public void run() {
        int changed = 0;
        for (Resources resource : Resources.values()) {
            changed += grantGroup(RoleGroups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        changed += grantEverybody(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        changed += grantEverybody(Resources.PROCESS_DEFINITION, ProcessKeys.AWARD_PERIOD, Permissions.READ);
        changed += grantEverybody(Resources.PROCESS_DEFINITION, ProcessKeys.NOMINATION, Permissions.READ);
        changed += grantGroup(RoleGroups.BKPSDM_ADMIN, Resources.PROCESS_DEFINITION, ProcessKeys.AWARD_PERIOD,
                Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        changed += grantGroup(RoleGroups.BKPSDM_ADMIN, Resources.PROCESS_INSTANCE, Authorization.ANY,
                Permissions.CREATE);
        // BKPSDM watches the periods in Cockpit, read-only: SI PETRUK's processes, their instances, incidents and
        // history; nothing to change there, and not the Admin app
        changed += grantGroup(RoleGroups.BKPSDM_ADMIN, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        for (String process : List.of(ProcessKeys.AWARD_PERIOD, ProcessKeys.NOMINATION)) {
            changed += grantGroup(RoleGroups.BKPSDM_ADMIN, Resources.PROCESS_DEFINITION, process, Permissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        }
        for (FilterDefinition definition : TasklistFilterSetup.definitions()) {
            // an administrator may have copied a filter under the same name: each gets the grant
            for (Filter filter : filters.createTaskFilterQuery().filterName(definition.name()).list()) {
                if (definition.audience().isEmpty()) {
                    changed += grantEverybody(Resources.FILTER, filter.getId(), Permissions.READ);
                }
                for (String group : definition.audience()) {
                    changed += grantGroup(group, Resources.FILTER, filter.getId(), Permissions.READ);
                }
            }
        }
        LOG.info("Authorization setup: grants in place, {} created or extended", changed);
    }

    /** A global grant (every user, also users added later). */
    private int grantEverybody(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId)
                .singleResult();
        return save(existing, () -> {
            Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            created.setUserId(Authorization.ANY);
            return created;
        }, resource, resourceId, permissions);
    }

    private int grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).singleResult();
        return save(existing, () -> {
            Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            created.setGroupId(groupId);
            return created;
        }, resource, resourceId, permissions);
    }

    private int save(Authorization existing, Supplier<Authorization> create, Resource resource,
                     String resourceId, Permission... permissions) {
        if (existing != null) {
            boolean complete = true;
            for (Permission permission : permissions) {
                complete &= existing.isPermissionGranted(permission);
            }
            if (complete) {
                return 0;
            }
        }
        Authorization authorization = existing != null ? existing : create.get();
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
        return 1;
    }
}
