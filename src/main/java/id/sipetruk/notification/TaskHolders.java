package id.sipetruk.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Who may do a task: its assignee, or else every member of its candidate groups and every candidate user. */
@Component
class TaskHolders {

    private final IdentityService identity;

    TaskHolders(IdentityService identity) {
        this.identity = identity;
    }

    Set<String> of(String assignee, Collection<? extends IdentityLink> links) {
        Set<String> people = new LinkedHashSet<>();
        if (assignee != null) {
            people.add(assignee);
            return people;
        }
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                membersOf(link.getGroupId()).forEach(people::add);
            } else if (link.getUserId() != null) {
                people.add(link.getUserId());
            }
        }
        return people;
    }

    Collection<String> membersOf(String group) {
        return identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
    }
}
