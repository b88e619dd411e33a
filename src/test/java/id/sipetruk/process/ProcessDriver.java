package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.PeriodStage;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Drives award periods through the real engine the way people and the job executor would: starts a period
 * with the start form's fields, completes tasks as a named user through the deployed form (submitTaskForm,
 * as Tasklist does), and runs due jobs (timers, async continuations) explicitly. A person acts logged in: the
 * engine's authentication is set to the user and his groups around the call (Camunda's authorizations apply, the
 * form listeners record him as the actor, the engine's operation log names him).
 */
@Component
public class ProcessDriver {

    private static final DateTimeFormatter FORM_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormService forms;
    private final ManagementService management;
    private final RepositoryService repository;
    private final TaskSubjectRepository subjects;
    private final AwardPeriodRepository periods;
    private final HistoryService history;
    private final IdentityService identity;
    private final ZoneId zone;
    private final LiveForms live;

    public ProcessDriver(RuntimeService runtime, TaskService tasks, FormService forms, ManagementService management,
                         RepositoryService repository, TaskSubjectRepository subjects, AwardPeriodRepository periods,
                         HistoryService history, IdentityService identity, Clock clock, LiveForms live) {
        this.zone = clock.getZone();
        this.live = live;
        this.history = history;
        this.identity = identity;
        this.repository = repository;
        this.subjects = subjects;
        this.periods = periods;
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.management = management;
    }

    /** The start form's fields with sensible values: the window opened a minute ago and closes tomorrow. */
    public Map<String, Object> periodForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("year", 2026);
        form.put("title", "Penghargaan ASN Berprestasi Tahun 2026");
        form.put("referenceMonth", "10");
        form.put("referenceYear", 2026);
        form.put("nominationOpensAt", LocalDateTime.now().minusMinutes(1).format(FORM_DATE_TIME));
        form.put("nominationClosesAt", LocalDateTime.now().plusDays(1).format(FORM_DATE_TIME));
        form.put("nomineesPerOpd", 2);
        form.put("awardeeCount", 2);
        form.put("finalistCount", 3);
        form.put("kinerjaThreshold", 85);
        form.put("disiplinThreshold", 95);
        form.put("instrumentWeight", 60);
        form.put("panelWeight", 40);
        // the tests open many periods of one year in one database
        form.put("additionalPeriod", true);
        // ... and award the same fixture employees in several of them: the rule "no award in the last N years" is
        // tested on its own (EligibilityTest)
        form.put("awardLookbackYears", 0);
        return form;
    }

    /** Starts a period as the given user, logged in (the period records him as its creator). */
    public ProcessInstance startPeriodAs(String user, Map<String, Object> form) {
        return as(user, () -> startPeriod(form));
    }

    /**
     * Runs the action logged in as the user with the groups he holds in Camunda, as Tasklist and the REST API do. An
     * authentication the caller has already set for this user (e.g. with one group only) is kept as it is.
     */
    public <T> T as(String user, Supplier<T> action) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && user.equals(current.getUserId())) {
            return action.get();
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    public ProcessInstance startPeriod(Map<String, Object> form) {
        String definitionId = processDefinitionId();
        try (InputStream startForm = forms.getDeployedStartForm(definitionId)) {
            assertThat(startForm).as("start form deployed").isNotNull();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return forms.submitStartForm(definitionId, form);
    }

    public String processDefinitionId() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.AWARD_PERIOD).latestVersion()
                .singleResult().getId();
    }

    public RuntimeService runtime() {
        return runtime;
    }

    /** What the task's form shows as {@code name}: computed when it opens ({@link LiveForms}), else a variable. */
    public Object taskVariable(Task task, String name) {
        Map<String, Object> shown = live.of(task.getId()).orElse(Map.of());
        return shown.containsKey(name) ? shown.get(name) : tasks.getVariable(task.getId(), name);
    }

    /** What the server recorded the task to be about. */
    public TaskSubject subject(Task task) {
        return subjects.findById(task.getId()).orElseThrow();
    }

    /** The period of an AwardPeriodProcess instance (its business key is the period's code). */
    public AwardPeriod period(ProcessInstance period) {
        String code = history.createHistoricProcessInstanceQuery().processInstanceId(period.getId()).singleResult()
                .getBusinessKey();
        return periods.findByCode(code).orElseThrow();
    }

    /** All instances of a period: the AwardPeriodProcess and its NominationProcess instances. */
    public List<String> instanceTree(ProcessInstance period) {
        return runtime.createProcessInstanceQuery().rootProcessInstanceId(period.getId()).list().stream()
                .map(ProcessInstance::getId).toList();
    }

    /** Runs every due job of the period (timers that are due, async continuations) until none is left. */
    public void runDueJobs(ProcessInstance period) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = dueJobs(period);
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    private List<Job> dueJobs(ProcessInstance period) {
        return instanceTree(period).stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list().stream())
                .filter(job -> job.getExceptionMessage() == null)
                .toList();
    }

    /**
     * The engine's clock is set to this time of the regency (timers due by then become executable); a test that
     * moves it resets it with {@link #resetClock()}.
     */
    public void moveClockTo(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(zone).toInstant()));
    }

    public void resetClock() {
        ClockUtil.reset();
    }

    /** A minute after the stage's deadline: every timer of the period due by then fires. */
    public void passDeadline(ProcessInstance period, PeriodStage stage) {
        moveClockTo(period(period).deadline(stage).plusMinutes(1));
        runDueJobs(period);
    }

    /** When the timer (by its activity id) of the period will fire, in the regency's time. */
    public LocalDateTime timerDueAt(ProcessInstance period, String timerId) {
        List<Job> timers = instanceTree(period).stream().flatMap(id -> management.createJobQuery()
                .processInstanceId(id).activityId(timerId).timers().list().stream()).toList();
        assertThat(timers).as("timer %s", timerId).hasSize(1);
        return LocalDateTime.ofInstant(timers.get(0).getDuedate().toInstant(), zone);
    }

    /** The clock reaches the window's closing time: every closing timer of the period fires. */
    public void closeWindowOnSchedule(ProcessInstance period) {
        for (String activity : List.of("Timer_WindowClosesForOpd", "Timer_NominationWindowCloses")) {
            management.createJobQuery().processInstanceId(period.getId()).activityId(activity).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        runDueJobs(period);
    }

    public List<Task> openTasks(ProcessInstance period, String taskKey) {
        return instanceTree(period).stream()
                .flatMap(id -> tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).list().stream())
                .toList();
    }

    public boolean isCandidate(Task task, String candidateGroup) {
        return tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup(candidateGroup).count() == 1;
    }

    public Task task(ProcessInstance period, String taskKey, String candidateGroup) {
        List<Task> found = openTasks(period, taskKey).stream().filter(t -> isCandidate(t, candidateGroup)).toList();
        assertThat(found).as("one %s task for %s", taskKey, candidateGroup).hasSize(1);
        return found.get(0);
    }

    public Task assignedTask(ProcessInstance period, String taskKey, String assignee, Long finalistId) {
        List<Task> found = openTasks(period, taskKey).stream()
                .filter(t -> assignee.equals(t.getAssignee()))
                .filter(t -> finalistId.equals(subject(t).getNominationId()))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /**
     * Logged in as the user, claims the task and submits the form, as Tasklist does; the deployed form must resolve.
     */
    public void submit(Task task, String user, Map<String, Object> fields) {
        as(user, () -> {
            try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
                assertThat(form).as("form of %s deployed", task.getTaskDefinitionKey()).isNotNull();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            VariableMap variables = Variables.createVariables();
            variables.putAll(fields);
            forms.submitTaskForm(task.getId(), variables);
            return null;
        });
    }
}
