package id.sipetruk.decree;

import static id.sipetruk.process.ProcessVariables.DECREE_APPROVED;
import static id.sipetruk.process.ProcessVariables.DECREE_ID;

import id.sipetruk.common.ValidationException;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormValues;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Task_ApproveDecree (forms/approve-decree.form): the regent's role approves the draft or sends it back. */
@Component("approveDecreeForm")
public class ApproveDecreeForm extends FormTaskListener {

    private final DecreeService decrees;
    private final String baseUrl;

    public ApproveDecreeForm(DecreeService decrees, @Value("${sipetruk.base-url:}") String baseUrl) {
        this.decrees = decrees;
        this.baseUrl = baseUrl;
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task) {
        Decree decree = decrees.get(longVariable(task, DECREE_ID));
        Map<String, Object> fields = new HashMap<>();
        fields.put("periodTitle", decree.getPeriod().getTitle());
        fields.put("decreeVersion", decree.getVersion());
        fields.put("awardeeList", decree.getAwardees().stream()
                .map(a -> a.getRankOrder() + ". " + a.getNomination().getEmployee().getName() + " — "
                        + a.getNomination().getOpd().getName())
                .collect(Collectors.joining("\n")));
        fields.put("periodUrl", baseUrl + "/periode/" + decree.getPeriod().getCode());
        fields.put("decreeDecision", null);
        fields.put("decreeSendBackReason", null);
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, FormValues form, String actor) {
        Long decreeId = longVariable(task, DECREE_ID);
        String decision = form.requiredText("decreeDecision", "Keputusan", 20);
        switch (decision) {
            case "APPROVE" -> decrees.approve(decreeId, actor);
            case "SEND_BACK" -> decrees.sendBack(decreeId, form.optionalText("decreeSendBackReason", "Alasan", 2000), actor);
            default -> throw new ValidationException("decision.unknown", decision);
        }
        task.getExecution().setVariable(DECREE_APPROVED, "APPROVE".equals(decision));
    }
}
