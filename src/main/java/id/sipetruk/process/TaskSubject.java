package id.sipetruk.process;

import id.sipetruk.common.RegencyClock;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.data.domain.Persistable;

/**
 * What one user task is about, fixed by the server when the engine creates the task and never changed: the period
 * and, depending on the task, the OPD, the nomination (or finalist), the panel member and the decree; and the role
 * (Camunda group) whose member must complete it. The form listeners act on this record, never on process variables,
 * which a task holder could otherwise rewrite.
 */
@Entity
@Table(name = "task_subject")
public class TaskSubject implements Persistable<String> {

    @Id
    private String taskId;
    private String processInstanceId;
    private String scopeInstanceId;
    private String taskKey;
    private Long periodId;
    private String opdCode;
    private Long nominationId;
    private String panelMember;
    private Long decreeId;
    private String roleGroup;
    private LocalDateTime createdAt;
    /** Its id is the task's, so saving a new one must not first look for it (a merge's select per task). */
    @Transient
    private boolean isNew = true;

    protected TaskSubject() {
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public String getId() { return taskId; }

    @Override
    public boolean isNew() { return isNew; }

    private TaskSubject(DelegateTask task, Long periodId, String roleGroup) {
        this.taskId = task.getId();
        this.processInstanceId = task.getProcessInstanceId();
        this.scopeInstanceId = task.getExecution().getParentActivityInstanceId();
        this.taskKey = task.getTaskDefinitionKey();
        this.periodId = periodId;
        this.roleGroup = roleGroup;
        this.createdAt = RegencyClock.now();
    }

    /** A task about a period (and whatever the {@code with…} calls add), to be done by a member of {@code roleGroup}. */
    public static TaskSubject of(DelegateTask task, Long periodId, String roleGroup) {
        return new TaskSubject(task, periodId, roleGroup);
    }

    public TaskSubject withOpd(String opdCode) {
        this.opdCode = opdCode;
        return this;
    }

    public TaskSubject withNomination(Long nominationId) {
        this.nominationId = nominationId;
        return this;
    }

    public TaskSubject withPanelMember(String panelMember) {
        this.panelMember = panelMember;
        return this;
    }

    public TaskSubject withDecree(Long decreeId) {
        this.decreeId = decreeId;
        return this;
    }

    public String getTaskId() { return taskId; }
    public String getProcessInstanceId() { return processInstanceId; }
    /** The activity instance that contains the task (e.g. one OPD's nomination sub-process). */
    public String getScopeInstanceId() { return scopeInstanceId; }
    public String getTaskKey() { return taskKey; }
    public Long getPeriodId() { return periodId; }
    public String getOpdCode() { return opdCode; }
    public Long getNominationId() { return nominationId; }
    public String getPanelMember() { return panelMember; }
    public Long getDecreeId() { return decreeId; }
    public String getRoleGroup() { return roleGroup; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
