package id.sipetruk.decree;

import static id.sipetruk.process.ProcessVariables.DECREE_ID;
import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import id.sipetruk.nomination.Nomination;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
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

    public ProposeAwardeesForm(DecreeService decrees, AwardPeriodService periods, @Value("${sipetruk.base-url:}") String baseUrl) {
        this.decrees = decrees;
        this.periods = periods;
        this.baseUrl = baseUrl;
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task) {
        Long periodId = longVariable(task, PERIOD_ID);
        AwardPeriod period = periods.get(periodId);
        List<Map<String, String>> options = decrees.rankedFinalists(periodId).stream().map(ProposeAwardeesForm::option).toList();
        Map<String, Object> fields = new HashMap<>();
        fields.put("finalistOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
        fields.put("awardeeCodes", SpinValues.jsonValue(Spin.JSON(decrees.defaultProposal(periodId))).create());
        fields.put("periodTitle", period.getTitle());
        fields.put("awardeeQuota", period.getAwardeeCount());
        fields.put("periodUrl", baseUrl + "/periode/" + period.getCode());
        Long lastDecree = longVariable(task, DECREE_ID);
        fields.put("lastReturnReason", lastDecree == null ? "-" : String.valueOf(decrees.get(lastDecree).getSendBackReason()));
        return fields;
    }

    private static Map<String, String> option(Nomination n) {
        return Map.of("value", n.getCode(), "label", "%d. %s — %s — nilai akhir %s".formatted(n.getFinalRank(),
                n.getEmployee().getName(), n.getOpd().getName(), n.getFinalScore().toPlainString()));
    }

    @Override
    protected void submitted(DelegateTask task, FormValues form, String actor) {
        Decree decree = decrees.propose(longVariable(task, PERIOD_ID), form.list("awardeeCodes"), actor);
        task.getExecution().setVariable(DECREE_ID, decree.getId());
    }
}
