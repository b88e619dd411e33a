package id.sipetruk.setup;

import static id.sipetruk.process.ProcessKeys.TASK_FILL_ASSESSMENT;
import static id.sipetruk.process.ProcessKeys.TASK_NOMINATE_CANDIDATES;
import static id.sipetruk.process.ProcessKeys.TASK_REVIEW_ASSESSMENT;
import static id.sipetruk.process.ProcessKeys.TASK_SCORE_FINALIST;

import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.ProcessVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates SI PETRUK's shared Tasklist filters, the way the Camunda invoice example's demo data does
 * ({@link FilterService}, a stored {@link TaskQuery}, properties "description", "priority", "color", "refresh",
 * "variables"). Idempotent by name: a filter whose name exists is left as it is (an administrator may have
 * adjusted it in Tasklist). Runs in every profile; {@link StartupSetup} calls it.
 *
 * <p>Filters have no owner. Each {@link FilterDefinition} names the groups it is meant for
 * ({@link FilterDefinition#audience()}); {@link id.sipetruk.setup.AuthorizationSetup} grants them READ on it.
 */
@Component
public class TasklistFilterSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterSetup.class);

    public static final String FILTER_MY_TASKS = "Semua tugas saya";
    public static final String FILTER_OPD_TASKS = "Tugas OPD saya";
    public static final String FILTER_VERIFICATION = "Verifikasi";
    public static final String FILTER_PANEL = "Penilaian panel";
    public static final String FILTER_BUPATI = "Keputusan Bupati";
    public static final String FILTER_BKPSDM_ADMIN = "Administrasi BKPSDM";

    private static final String CURRENT_USER = "${currentUser()}";
    private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

    /**
     * One shared filter.
     *
     * @param audience group ids the filter is meant for (empty: everybody); used for grants once authorization is on
     */
    public record FilterDefinition(String name, String description, int priority, String color,
                                   Function<TaskService, TaskQuery> query, List<String> audience) {
    }

    private final FilterService filterService;
    private final TaskService taskService;

    public TasklistFilterSetup(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** The filters, in Tasklist order (lower priority first). */
    public static List<FilterDefinition> definitions() {
        return List.of(
                new FilterDefinition(FILTER_MY_TASKS,
                        "Tugas yang ditugaskan kepada saya atau dapat saya ambil (termasuk lewat grup saya)",
                        -10, "#1f6f43",
                        ts -> ts.createTaskQuery().or()
                                .taskAssigneeExpression(CURRENT_USER)
                                .taskCandidateUserExpression(CURRENT_USER)
                                .endOr(),
                        List.of()),
                new FilterDefinition(FILTER_OPD_TASKS,
                        "Pengusulan calon, pengisian dan persetujuan penilaian di OPD saya",
                        -5, "#2f6db5",
                        ts -> ts.createTaskQuery()
                                .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                                .taskDefinitionKeyIn(TASK_NOMINATE_CANDIDATES, TASK_FILL_ASSESSMENT,
                                        TASK_REVIEW_ASSESSMENT)
                                .includeAssignedTasks(),
                        List.of()),
                new FilterDefinition(FILTER_VERIFICATION,
                        "Verifikasi kelayakan dan data calon oleh Tim Verifikasi Internal BKPSDM",
                        0, "#b36b00",
                        ts -> ts.createTaskQuery().taskCandidateGroup(RoleGroups.BKPSDM_VERIFIER)
                                .includeAssignedTasks(),
                        List.of(RoleGroups.BKPSDM_VERIFIER)),
                new FilterDefinition(FILTER_PANEL,
                        "Penilaian presentasi dan wawancara finalis yang ditugaskan kepada saya",
                        5, "#6b3fa0",
                        ts -> ts.createTaskQuery().taskAssigneeExpression(CURRENT_USER)
                                .taskDefinitionKey(TASK_SCORE_FINALIST),
                        List.of(RoleGroups.PANEL)),
                new FilterDefinition(FILTER_BUPATI,
                        "Penetapan penerima penghargaan dengan Keputusan Bupati",
                        10, "#a32020",
                        ts -> ts.createTaskQuery().taskCandidateGroup(RoleGroups.BUPATI).includeAssignedTasks(),
                        List.of(RoleGroups.BUPATI)),
                new FilterDefinition(FILTER_BKPSDM_ADMIN,
                        "Tugas Admin BKPSDM: periode penghargaan, usulan keputusan, penyerahan penghargaan",
                        15, "#555555",
                        ts -> ts.createTaskQuery().taskCandidateGroup(RoleGroups.BKPSDM_ADMIN)
                                .includeAssignedTasks(),
                        List.of(RoleGroups.BKPSDM_ADMIN)));
    }

    /** Creates every missing filter. */
    public void run() {
        int created = 0;
        for (FilterDefinition definition : definitions()) {
            created += ensureFilter(definition) ? 1 : 0;
        }
        LOG.info("Tasklist filter setup: {} filters present, {} created", definitions().size(), created);
    }

    /** @return true when the filter was created, false when a filter with its name existed */
    boolean ensureFilter(FilterDefinition definition) {
        long existing = filterService.createTaskFilterQuery().filterName(definition.name()).count();
        if (existing > 0) {
            if (existing > 1) {
                LOG.warn("{} Tasklist filters are named '{}'; leaving them as they are", existing, definition.name());
            }
            return false;
        }
        Filter filter = filterService.newTaskFilter(definition.name())
                .setProperties(properties(definition))
                .setQuery(definition.query().apply(taskService));
        filterService.saveFilter(filter);
        LOG.debug("Created Tasklist filter '{}'", definition.name());
        return true;
    }

    private static Map<String, Object> properties(FilterDefinition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", definition.priority());
        properties.put("color", definition.color());
        properties.put("refresh", true);
        List<Map<String, String>> variables = new ArrayList<>();
        variables.add(variable(ProcessVariables.PERIOD_CODE, "Periode"));
        variables.add(variable(ProcessVariables.OPD_CODE, "OPD"));
        // task-local display fields of the nomination forms: which nominee a task is about
        variables.add(variable("nomineeName", "Calon"));
        properties.put("variables", variables);
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        Map<String, String> variable = new LinkedHashMap<>();
        variable.put("name", name);
        variable.put("label", label);
        return variable;
    }
}
