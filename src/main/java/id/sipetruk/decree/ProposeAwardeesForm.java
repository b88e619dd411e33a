package id.sipetruk.decree;

import id.sipetruk.common.SiteProperties;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormText;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.TaskSubject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeAwardees (forms/propose-awardees.form): BKPSDM proposes the awardees within the quota,
 * offered the best finalists by final rank (or its last proposal when the regent sent it back).
 */
@Component("proposeAwardeesForm")
public class ProposeAwardeesForm extends FormTaskListener {

    private final DecreeService decrees;
    private final AwardPeriodService periods;
    private final String baseUrl;

    public ProposeAwardeesForm(DecreeService decrees, AwardPeriodService periods, SiteProperties site) {
        this.decrees = decrees;
        this.periods = periods;
        this.baseUrl = site.baseUrl();
    }

    @Override
    protected TaskSubject subject(DelegateTask task) {
        return TaskSubject.of(task, periods.byCode(task.getExecution().getProcessBusinessKey()).getId(),
                RoleGroups.BKPSDM_ADMIN);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        // a list field must start as a JSON value: Tasklist submits lists with the type of the existing variable
        return Map.of("awardeeCodes",
                SpinValues.jsonValue(Spin.JSON(decrees.defaultProposal(subject.getPeriodId()))).create());
    }

    @Override
    public String taskKey() {
        return "Task_ProposeAwardees";
    }

    @Override
    public Set<String> names() {
        return Set.of("finalistOptions", "periodTitle", "awardeeQuota", "periodUrl", "lastReturnReason");
    }

    /** The ranked finalists to pick from, the quota, and why the Bupati sent the last draft back ("-" if never). */
    @Override
    public Map<String, Object> values(TaskSubject subject) {
        Long periodId = subject.getPeriodId();
        AwardPeriod period = periods.get(periodId);
        Map<String, Object> shown = new HashMap<>();
        shown.put("finalistOptions", decrees.rankedFinalists(periodId).stream().map(ProposeAwardeesForm::option)
                .toList());
        shown.put("periodTitle", FormText.plain(period.getTitle()));
        shown.put("awardeeQuota", period.getAwardeeCount());
        shown.put("periodUrl", baseUrl + "/periode/" + period.getCode());
        shown.put("lastReturnReason", decrees.latest(periodId).filter(d -> d.getStatus() == DecreeStatus.SENT_BACK)
                .map(Decree::getSendBackReason).map(FormText::plain).orElse("-"));
        return shown;
    }

    private static Map<String, String> option(Nomination n) {
        return Map.of("value", n.getCode(), "label", "%d. %s — %s — nilai akhir %s".formatted(n.getFinalRank(),
                n.getEmployee().getName(), n.getOpd().getName(), n.getFinalScore().toPlainString()));
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues form, String actor) {
        decrees.propose(subject.getPeriodId(), form.list("awardeeCodes"), actor);
    }
}
