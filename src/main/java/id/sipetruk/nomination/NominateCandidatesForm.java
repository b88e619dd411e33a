package id.sipetruk.nomination;

import static id.sipetruk.process.ProcessVariables.OPD_CODE;
import static id.sipetruk.process.ProcessVariables.PERIOD_ID;

import id.sipetruk.organization.OpdRepository;
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
import org.springframework.stereotype.Component;

/** Task_NominateCandidates (forms/nominate-candidates.form): the OPD head picks nominees from his unit. */
@Component("nominateCandidatesForm")
public class NominateCandidatesForm extends FormTaskListener {

    static final String NOMINEE_NIPS = "nomineeNips";

    private final NominationService nominations;
    private final AwardPeriodService periods;
    private final OpdRepository opds;

    public NominateCandidatesForm(NominationService nominations, AwardPeriodService periods, OpdRepository opds) {
        this.nominations = nominations;
        this.periods = periods;
        this.opds = opds;
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task) {
        String opdCode = (String) task.getVariable(OPD_CODE);
        AwardPeriod period = periods.get(longVariable(task, PERIOD_ID));
        List<Map<String, String>> options = nominations.candidates(opdCode).stream()
                .map(e -> Map.of("label", e.getName() + " — " + e.formattedNip() + " — " + e.getPosition(),
                        "value", e.getNip()))
                .toList();
        Map<String, Object> fields = new HashMap<>();
        // a list field must start as a JSON value: Tasklist submits lists with the type of the existing variable
        fields.put(NOMINEE_NIPS, SpinValues.jsonValue("[]").create());
        fields.put("employeeOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
        fields.put("opdName", opds.findByCode(opdCode).map(o -> o.getName()).orElse(opdCode));
        fields.put("periodTitle", period.getTitle());
        fields.put("nomineeQuota", period.getNomineesPerOpd());
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, FormValues values, String actor) {
        nominations.nominate(longVariable(task, PERIOD_ID), (String) task.getVariable(OPD_CODE),
                values.list(NOMINEE_NIPS), actor);
    }
}
