package id.sipetruk.web;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.notification.TaskAbout;
import id.sipetruk.operations.OpenIncidents;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The root address: each person's open work (the tasks he holds or his groups may take, oldest first, each a link
 * into Tasklist) and, for BKPSDM, the Bupati's office and administrators, the list of periods.
 */
@Controller
public class HomeController {

    /** More than a person can work on from one page; Tasklist has the rest. */
    static final int MAX_TASKS = 50;

    private final TaskService tasks;
    private final TaskSubjectRepository subjects;
    private final AwardPeriodRepository periods;
    private final TaskAbout about;
    private final ZoneId zone;
    private final AccessPolicy access;
    private final OpenIncidents incidents;

    public HomeController(TaskService tasks, TaskSubjectRepository subjects, AwardPeriodRepository periods,
                          TaskAbout about, Clock clock, AccessPolicy access, OpenIncidents incidents) {
        this.access = access;
        this.incidents = incidents;
        this.tasks = tasks;
        this.subjects = subjects;
        this.periods = periods;
        this.about = about;
        this.zone = clock.getZone();
    }

    /** One open task as the home page lists it. */
    public record OpenTask(String name, String about, String since, String due, String link) {
    }

    /** One period as BKPSDM's list shows it. */
    public record PeriodRow(String code, String title, String status, String window) {
    }

    @GetMapping("/")
    public String home(Model model) {
        Viewer viewer = Viewer.current();
        TaskQuery query = tasks.createTaskQuery().or().taskAssignee(viewer.userId());
        if (!viewer.groups().isEmpty()) {
            query = query.taskCandidateGroupIn(List.copyOf(viewer.groups()));
        }
        List<Task> open = query.endOr().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
        Map<String, TaskSubject> subjectOf = subjects.findByTaskIdIn(open.stream().map(Task::getId).toList()).stream()
                .collect(Collectors.toMap(TaskSubject::getTaskId, Function.identity()));
        List<OpenTask> rows = new ArrayList<>();
        for (Task task : open) {
            rows.add(new OpenTask(task.getName(), about.of(subjectOf.get(task.getId())), time(task.getCreateTime()),
                    task.getDueDate() == null ? "-" : time(task.getDueDate()),
                    "/camunda/app/tasklist/default/#/?task=" + task.getId()));
        }
        model.addAttribute("tasks", rows);
        model.addAttribute("moreTasks", rows.size() == MAX_TASKS);
        if (viewer.seesAllOpds()) {
            model.addAttribute("periods", periods.findAll(Sort.by(Sort.Direction.DESC, "year", "code")).stream()
                    .map(this::row).toList());
        }
        model.addAttribute("bkpsdm", viewer.seesAllOpds());
        boolean watches = access.mayWatchProgress(viewer);
        model.addAttribute("mayWatchProgress", watches);
        // BKPSDM's admins and administrators: failed steps, per period, each linked to its progress page
        Map<String, Long> incidentsByPeriod = watches ? incidents.countByPeriod() : Map.of();
        model.addAttribute("incidentsByPeriod", incidentsByPeriod);
        model.addAttribute("incidentCount", incidentsByPeriod.values().stream().mapToLong(Long::longValue).sum());
        return "dokumen/beranda";
    }

    private PeriodRow row(AwardPeriod period) {
        return new PeriodRow(period.getCode(), period.getTitle(), Messages.label(period.getStatus()),
                IndonesianDates.dateTime(period.getNominationOpensAt()) + " – "
                        + IndonesianDates.dateTime(period.getNominationClosesAt()));
    }

    private String time(Date date) {
        return IndonesianDates.dateTime(LocalDateTime.ofInstant(date.toInstant(), zone));
    }
}
