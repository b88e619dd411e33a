package id.sipetruk.nomination;

import id.sipetruk.organization.OpdGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of NominationProcess's OPD tasks (bpmn: {@code ${nominationRoles.adminGroup(execution)}}),
 * from the nomination whose code is the instance's business key: never from a variable a task holder could rewrite
 * to send the next task to another OPD.
 */
@Component("nominationRoles")
public class NominationRoles {

    private final NominationService nominations;

    public NominationRoles(NominationService nominations) {
        this.nominations = nominations;
    }

    /** The HR admins of the nomination's OPD. */
    public String adminGroup(DelegateExecution execution) {
        return OpdGroups.adminGroup(opdOf(execution));
    }

    /** The head of the nomination's OPD. */
    public String headGroup(DelegateExecution execution) {
        return OpdGroups.headGroup(opdOf(execution));
    }

    private String opdOf(DelegateExecution execution) {
        return nominations.byCode(execution.getProcessBusinessKey()).getOpd().getCode();
    }
}
