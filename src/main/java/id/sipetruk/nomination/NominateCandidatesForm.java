package id.sipetruk.nomination;

import static id.sipetruk.process.ProcessVariables.OPD_CODE;

import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.process.FormTaskListener;
import id.sipetruk.process.FormText;
import id.sipetruk.process.FormValues;
import id.sipetruk.process.LiveFormValues;
import id.sipetruk.process.TaskSubject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_NominateCandidates (forms/nominate-candidates.form): the OPD head picks nominees from his unit. The list to
 * pick from is the OPD's staff at the moment the form opens ({@link LiveFormValues}): never stored with the task,
 * so an OPD of thousands adds nothing to the task's variables or the history.
 */
@Component("nominateCandidatesForm")
public class NominateCandidatesForm extends FormTaskListener {

    static final String NOMINEE_NIPS = "nomineeNips";
    static final String EMPLOYEE_OPTIONS = "employeeOptions";

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
        // a list field must start as a JSON value: Tasklist submits lists with the type of the existing variable
        return Map.of(NOMINEE_NIPS, SpinValues.jsonValue("[]").create());
    }

    @Override
    public String taskKey() {
        return "Task_NominateCandidates";
    }

    @Override
    public Set<String> names() {
        return Set.of(EMPLOYEE_OPTIONS, "opdName", "periodTitle", "nomineeQuota");
    }

    /** The OPD's nominable staff as the form's options ("Name — NIP (PNS) — position"), the OPD, period and quota. */
    @Override
    public Map<String, Object> values(TaskSubject subject) {
        List<Map<String, String>> options = nominations.candidates(subject.getPeriodId(), subject.getOpdCode()).stream()
                .map(e -> Map.of("label", e.getName() + " — " + e.formattedNip() + " (" + e.getEmploymentType() + ") — "
                        + e.getPosition(), "value", e.getNip()))
                .toList();
        AwardPeriod period = periods.get(subject.getPeriodId());
        Map<String, Object> shown = new HashMap<>();
        shown.put(EMPLOYEE_OPTIONS, options);
        shown.put("opdName", FormText.plain(opds.findByCode(subject.getOpdCode()).map(o -> o.getName())
                .orElse(subject.getOpdCode())));
        shown.put("periodTitle", FormText.plain(period.getTitle()));
        shown.put("nomineeQuota", period.getNomineesPerOpd());
        return shown;
    }

    @Override
    protected void submitted(DelegateTask task, TaskSubject subject, FormValues values, String actor) {
        nominations.nominate(subject.getPeriodId(), subject.getOpdCode(), values.list(NOMINEE_NIPS), actor);
    }
}
