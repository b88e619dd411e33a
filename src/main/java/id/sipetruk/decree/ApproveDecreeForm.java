package id.sipetruk.decree;

import static id.sipetruk.process.ProcessVariables.DECREE_APPROVED;

import id.sipetruk.common.SiteProperties;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormText;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ApproveDecree (forms/approve-decree.form): the regent's role approves the draft or sends it back. */
@Component("approveDecreeForm")
public class ApproveDecreeForm extends FormTaskListener {

    private final DecreeService decrees;
    private final AwardPeriodService periods;
    private final String baseUrl;

    public ApproveDecreeForm(DecreeService decrees, AwardPeriodService periods, SiteProperties site) {
        this.decrees = decrees;
        this.periods = periods;
        this.baseUrl = site.baseUrl();
    }

    /** The period's latest decree version, the draft BKPSDM just proposed. */
    @Override
    protected TaskSubject subject(DelegateTask task) {
        AwardPeriod period = periods.byCode(task.getExecution().getProcessBusinessKey());
        Decree draft = decrees.latest(period.getId()).filter(d -> d.getStatus() == DecreeStatus.DRAFT)
                .orElseThrow(() -> new IllegalStateException("No draft decree in period " + period.getCode()));
        return TaskSubject.of(task, period.getId(), RoleGroups.BUPATI).withDecree(draft.getId());
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("decreeDecision", null);
        fields.put("decreeSendBackReason", null);
        return fields;
    }

    @Override
    public String taskKey() {
        return "Task_ApproveDecree";
    }

    @Override
    public Set<String> names() {
        return Set.of("periodTitle", "decreeVersion", "awardeeList", "periodUrl");
    }

    /** The draft: its period, version and awardees in rank order, and a link to the period's page. */
    @Override
    public Map<String, Object> values(TaskSubject subject) {
        Decree decree = decrees.get(subject.getDecreeId());
        Map<String, Object> shown = new HashMap<>();
        shown.put("periodTitle", FormText.plain(decree.getPeriod().getTitle()));
        shown.put("decreeVersion", decree.getVersion());
        shown.put("awardeeList", decree.getAwardees().stream()
                .map(a -> a.getRankOrder() + ". " + a.getNomination().getEmployee().getName() + " — "
                        + a.getNomination().getOpd().getName())
                .collect(Collectors.joining("\n")));
        shown.put("periodUrl", baseUrl + "/periode/" + decree.getPeriod().getCode());
        return shown;
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        String decision = form.requiredText("decreeDecision", "Keputusan", 20);
        switch (decision) {
            case "APPROVE" -> decrees.approve(subject.getDecreeId(), actor);
            case "SEND_BACK" -> decrees.sendBack(subject.getDecreeId(),
                    form.optionalText("decreeSendBackReason", "Alasan", 2000), actor);
            default -> throw new ValidationException("decision.unknown", decision);
        }
        task.getExecution().setVariable(DECREE_APPROVED, "APPROVE".equals(decision));
    }
}
