package id.sipetruk.nomination;

import static id.sipetruk.process.ProcessVariables.OPD_CODE;

import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
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

    /** The period of the instance, and the OPD this sub-process instance was started for (one of the called OPDs). */
    @Override
    protected TaskSubject subject(DelegateTask task) {
        AwardPeriod period = periods.byCode(task.getExecution().getProcessBusinessKey());
        String opdCode = (String) multiInstanceElement(task, OPD_CODE);
        if (!periods.isCalled(period.getId(), opdCode)) {
            throw new IllegalStateException("OPD " + opdCode + " was not called to nominate in " + period.getCode());
        }
        return TaskSubject.of(task, period.getId(), OpdGroups.headGroup(opdCode)).withOpd(opdCode);
    }

    @Override
    protected Map<String, Object> formFields(DelegateTask task, TaskSubject subject) {
        AwardPeriod period = periods.get(subject.getPeriodId());
        List<Map<String, String>> options = nominations.candidates(subject.getPeriodId(), subject.getOpdCode()).stream()
                .map(e -> Map.of("label", e.getName() + " — " + e.formattedNip() + " (" + e.getEmploymentType() + ") — "
                        + e.getPosition(), "value", e.getNip()))
                .toList();
        Map<String, Object> fields = new HashMap<>();
        // a list field must start as a JSON value: Tasklist submits lists with the type of the existing variable
        fields.put(NOMINEE_NIPS, SpinValues.jsonValue("[]").create());
        fields.put("employeeOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
        fields.put("opdName", FormText.plain(opds.findByCode(subject.getOpdCode()).map(o -> o.getName())
                .orElse(subject.getOpdCode())));
        fields.put("periodTitle", FormText.plain(period.getTitle()));
        fields.put("nomineeQuota", period.getNomineesPerOpd());
        return fields;
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues values, String actor) {
        nominations.nominate(subject.getPeriodId(), subject.getOpdCode(), values.list(NOMINEE_NIPS), actor);
    }
}
