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
        Long periodId = subject.getPeriodId();
        AwardPeriod period = periods.get(periodId);
        List<Map<String, String>> options = decrees.rankedFinalists(periodId).stream().map(ProposeAwardeesForm::option).toList();
        Map<String, Object> fields = new HashMap<>();
        fields.put("finalistOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
        fields.put("awardeeCodes", SpinValues.jsonValue(Spin.JSON(decrees.defaultProposal(periodId))).create());
        fields.put("periodTitle", FormText.plain(period.getTitle()));
        fields.put("awardeeQuota", period.getAwardeeCount());
        fields.put("periodUrl", baseUrl + "/periode/" + period.getCode());
        fields.put("lastReturnReason", decrees.latest(periodId).filter(d -> d.getStatus() == DecreeStatus.SENT_BACK)
                .map(Decree::getSendBackReason).map(FormText::plain).orElse("-"));
        return fields;
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
