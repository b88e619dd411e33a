package id.sipetruk.web;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.notification.TaskAbout;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import id.sipetruk.period.PeriodStage;
import id.sipetruk.process.ProcessKeys;
import id.sipetruk.process.TaskSubject;
import id.sipetruk.process.TaskSubjectRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The page model of a period's progress (GET /periode/{code}/kemajuan): each OPD's way through the stages and the
 * period's open tasks, with their holder, age and due date. Built from a fixed number of queries whatever the size
 * of the period: the period, its OPDs, its nominations, its task subjects, one task query (chunks of
 * {@value #CHUNK} business keys), one user query and one group query.
 */
@Component
@Transactional(readOnly = true)
public class ProgressPages {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressPages.class);
    /** Values per IN list: within every database's limit. */
    static final int CHUNK = 1000;

    private final AwardPeriodRepository periods;
    private final OpdParticipationRepository participations;
    private final NominationRepository nominations;
    private final TaskSubjectRepository subjects;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Clock clock;

    public ProgressPages(AwardPeriodRepository periods, OpdParticipationRepository participations,
                         NominationRepository nominations, TaskSubjectRepository subjects, TaskService tasks,
                         IdentityService identity, Clock clock) {
        this.periods = periods;
        this.participations = participations;
        this.nominations = nominations;
        this.subjects = subjects;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    /** One column of the OPD table: a stage, or one user task of a stage that is done once per nomination. */
    public record Step(PeriodStage stage, List<String> taskKeys, String label, String deadline) {
    }

    /** One cell of an OPD's row: nominations at or past the step, and whether open tasks (late ones) wait there. */
    public record Cell(int reached, int waiting, int late) {
        public String css() {
            return late > 0 ? "step late" : waiting > 0 ? "step waiting" : reached > 0 ? "step reached" : "step";
        }
    }

    /** One OPD: its answer to the call for nominations and, per step after it, its nominations there. */
    public record OpdRow(String code, String name, String nomination, String nominationCss, int nominees,
                         List<Cell> cells) {
    }

    /** One open task of the period. */
    public record OpenTask(String id, String name, String about, String holder, String since, String age,
                           String due, String late, boolean overdue, LocalDateTime dueAt, LocalDateTime createdAt) {
    }

    /** The whole page. */
    public record Progress(String code, String title, String status, List<Step> steps, List<OpdRow> opds,
                           List<OpenTask> tasks, long overdue, int nominated, int awaiting, int noNomination,
                           int nominationCount) {
    }

    public Optional<Progress> of(String periodCode) {
        return periods.findByCode(periodCode).map(this::build);
    }

    public boolean exists(String periodCode) {
        return periods.findByCode(periodCode).isPresent();
    }

    /** Whether the task is an open task about this period (by its recorded subject, never by the form). */
    public boolean isOpenTaskOf(String periodCode, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return false;
        }
        Optional<AwardPeriod> period = periods.findByCode(periodCode);
        Optional<TaskSubject> subject = subjects.findById(taskId);
        return period.isPresent() && subject.isPresent()
                && Objects.equals(subject.get().getPeriodId(), period.get().getId())
                && tasks.createTaskQuery().taskId(taskId).count() == 1;
    }

    private Progress build(AwardPeriod period) {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        ZoneId zone = clock.getZone();
        List<Step> steps = steps(period);
        Map<String, Integer> stepOfTask = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            for (String key : steps.get(i).taskKeys()) {
                stepOfTask.put(key, i);
            }
        }

        List<OpdParticipation> opds = participations.findWithOpdByPeriodId(period.getId());
        List<Nomination> all = nominations.findWithEmployeeByPeriodId(period.getId());
        Map<Long, Nomination> nominationById = all.stream()
                .collect(Collectors.toMap(Nomination::getId, Function.identity()));
        List<TaskSubject> periodSubjects = subjects.findByPeriodId(period.getId());
        Map<String, TaskSubject> subjectOf = periodSubjects.stream()
                .collect(Collectors.toMap(TaskSubject::getTaskId, Function.identity()));
        List<Task> open = openTasks(period, all).stream().filter(t -> subjectOf.containsKey(t.getId())).toList();

        // how far the period itself went: the furthest step any of its tasks (open or done) belongs to
        int periodReached = periodSubjects.stream().map(s -> stepOfTask.get(s.getTaskKey()))
                .filter(Objects::nonNull).max(Integer::compare).orElse(0);

        // the step each nomination stands at: its status, or an open task of a later step
        Map<Long, Integer> stepOfNomination = new HashMap<>();
        for (Nomination n : all) {
            stepOfNomination.put(n.getId(), stepOf(n.getStatus(), steps, periodReached));
        }
        Map<String, int[]> waiting = new HashMap<>();
        Map<String, int[]> late = new HashMap<>();
        Map<String, Boolean> nominateLate = new HashMap<>();
        for (Task task : open) {
            TaskSubject subject = subjectOf.get(task.getId());
            Integer step = stepOfTask.get(subject.getTaskKey());
            if (step == null) {
                continue;
            }
            boolean overdue = overdue(task, now, zone);
            if (subject.getNominationId() != null) {
                stepOfNomination.merge(subject.getNominationId(), step, Math::max);
            }
            String opd = opdOf(subject, nominationById);
            if (opd != null) {
                waiting.computeIfAbsent(opd, k -> new int[steps.size()])[step]++;
                if (overdue) {
                    late.computeIfAbsent(opd, k -> new int[steps.size()])[step]++;
                }
                if (step == 0 && overdue) {
                    nominateLate.put(opd, true);
                }
            }
        }

        Map<String, List<Nomination>> byOpd = all.stream()
                .collect(Collectors.groupingBy(n -> n.getOpd().getCode()));
        List<OpdRow> rows = new ArrayList<>();
        int nominated = 0;
        int awaiting = 0;
        int none = 0;
        for (OpdParticipation participation : opds) {
            String code = participation.getOpd().getCode();
            List<Nomination> own = byOpd.getOrDefault(code, List.of());
            int[] ownWaiting = waiting.getOrDefault(code, new int[steps.size()]);
            int[] ownLate = late.getOrDefault(code, new int[steps.size()]);
            List<Cell> cells = new ArrayList<>();
            for (int step = 1; step < steps.size(); step++) {
                int at = step;
                int reached = (int) own.stream().filter(n -> stepOfNomination.get(n.getId()) >= at).count();
                cells.add(new Cell(reached, ownWaiting[step], ownLate[step]));
            }
            String answer;
            String css;
            switch (participation.getStatus()) {
                case NOMINATED -> {
                    nominated++;
                    answer = Messages.get("progress.opd.nominated", own.size());
                    css = "step reached";
                }
                case NO_NOMINATION -> {
                    none++;
                    answer = Messages.get("progress.opd.noNomination");
                    css = "step none";
                }
                default -> {
                    awaiting++;
                    answer = Messages.get("progress.opd.awaiting");
                    css = nominateLate.getOrDefault(code, false) ? "step late" : "step waiting";
                }
            }
            rows.add(new OpdRow(code, participation.getOpd().getName(), answer, css, own.size(), cells));
        }

        List<OpenTask> openRows = openRows(open, subjectOf, nominationById, opds, period, now, zone);
        long overdue = openRows.stream().filter(OpenTask::overdue).count();
        LOG.debug("Progress of period {}: {} OPDs, {} nominations, {} open tasks in {} ms", period.getCode(),
                opds.size(), all.size(), open.size(), (System.nanoTime() - started) / 1_000_000);
        return new Progress(period.getCode(), period.getTitle(), Messages.label(period.getStatus()), steps, rows,
                openRows, overdue, nominated, awaiting, none, all.size());
    }

    /**
     * The columns, read from {@link PeriodStage}: nomination first; a stage done once per nomination (its process is
     * the nomination's) gets a column per user task (the OPD admin's instrument, the head's sign-off), any other
     * stage one column.
     */
    static List<Step> steps(AwardPeriod period) {
        List<Step> steps = new ArrayList<>();
        for (PeriodStage stage : PeriodStage.values()) {
            String deadline = IndonesianDates.dateTime(period.deadline(stage));
            if (stage.processKey().equals(ProcessKeys.NOMINATION) && stage.taskKeys().size() > 1) {
                for (String key : stage.taskKeys()) {
                    steps.add(new Step(stage, List.of(key), Messages.get("progress.step." + key), deadline));
                }
            } else {
                steps.add(new Step(stage, stage.taskKeys(), capitalized(stage.label()), deadline));
            }
        }
        return steps;
    }

    /** The step a nomination's status puts it at (a finalist follows the period to the proposal and the decree). */
    private static int stepOf(NominationStatus status, List<Step> steps, int periodReached) {
        return switch (status) {
            case ASSESSMENT, RETURNED_BY_HEAD, RETURNED_BY_BKPSDM -> index(steps, PeriodStage.ASSESSMENT, 0);
            case HEAD_REVIEW -> index(steps, PeriodStage.ASSESSMENT, 1);
            case VERIFICATION, REJECTED, ELIGIBLE, NOT_SHORTLISTED -> index(steps, PeriodStage.VERIFICATION, 0);
            case FINALIST -> Math.max(index(steps, PeriodStage.PANEL, 0), periodReached);
            case AWARDEE, NOT_AWARDED -> index(steps, PeriodStage.DECREE, 0);
        };
    }

    /** The column of the stage's n-th user task (or of the stage, when it has one column). */
    private static int index(List<Step> steps, PeriodStage stage, int nth) {
        int first = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).stage() == stage) {
                if (first < 0) {
                    first = i;
                }
                if (steps.get(i).taskKeys().contains(stage.taskKeys().get(Math.min(nth,
                        stage.taskKeys().size() - 1)))) {
                    return i;
                }
            }
        }
        return first;
    }

    /** The open tasks of the period's process and of its nominations' processes: one query per 1,000 keys. */
    private List<Task> openTasks(AwardPeriod period, List<Nomination> all) {
        List<String> keys = new ArrayList<>();
        keys.add(period.getCode());
        all.forEach(n -> keys.add(n.getCode()));
        List<Task> open = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            open.addAll(tasks.createTaskQuery().processInstanceBusinessKeyIn(chunk.toArray(String[]::new))
                    .list());
        }
        return open;
    }

    private List<OpenTask> openRows(List<Task> open, Map<String, TaskSubject> subjectOf,
                                    Map<Long, Nomination> nominationById, List<OpdParticipation> opds,
                                    AwardPeriod period, LocalDateTime now, ZoneId zone) {
        Map<String, String> opdNames = new HashMap<>();
        opds.forEach(p -> opdNames.put(p.getOpd().getCode(), p.getOpd().getName()));
        Set<String> userIds = open.stream().map(Task::getAssignee).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> groupIds = new HashSet<>();
        open.stream().filter(t -> t.getAssignee() == null).map(t -> subjectOf.get(t.getId()).getRoleGroup())
                .filter(Objects::nonNull).forEach(groupIds::add);
        Map<String, String> people = userIds.isEmpty() ? Map.of() : identity.createUserQuery()
                .userIdIn(userIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, ProgressPages::fullName));
        Map<String, String> groups = groupIds.isEmpty() ? Map.of() : identity.createGroupQuery()
                .groupIdIn(groupIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName()));

        List<OpenTask> rows = new ArrayList<>();
        for (Task task : open) {
            TaskSubject subject = subjectOf.get(task.getId());
            String holder = task.getAssignee() != null
                    ? Messages.get("progress.holder.person", people.getOrDefault(task.getAssignee(),
                    task.getAssignee()), task.getAssignee())
                    : subject.getRoleGroup() != null
                    ? Messages.get("progress.holder.group", groups.getOrDefault(subject.getRoleGroup(),
                    subject.getRoleGroup()))
                    : "-";
            LocalDateTime created = local(task.getCreateTime(), zone);
            LocalDateTime due = local(task.getDueDate(), zone);
            boolean overdue = overdue(task, now, zone);
            rows.add(new OpenTask(task.getId(), task.getName(), TaskAbout.words(subject, period.getCode(),
                    nominationById.get(subject.getNominationId()), opdNames.get(subject.getOpdCode())),
                    holder, created == null ? "-" : IndonesianDates.dateTime(created),
                    created == null ? "-" : duration(Duration.between(created, now)),
                    due == null ? Messages.get("progress.noDue") : IndonesianDates.dateTime(due),
                    overdue ? Messages.get("progress.late", coarse(Duration.between(due, now))) : "", overdue,
                    due, created));
        }
        // overdue first, then by due date, then the oldest
        rows.sort(Comparator.comparing(OpenTask::overdue).reversed()
                .thenComparing(OpenTask::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OpenTask::createdAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private static String opdOf(TaskSubject subject, Map<Long, Nomination> nominationById) {
        if (subject.getOpdCode() != null) {
            return subject.getOpdCode();
        }
        Nomination n = subject.getNominationId() == null ? null : nominationById.get(subject.getNominationId());
        return n == null ? null : n.getOpd().getCode();
    }

    private static boolean overdue(Task task, LocalDateTime now, ZoneId zone) {
        LocalDateTime due = local(task.getDueDate(), zone);
        return due != null && due.isBefore(now);
    }

    private static LocalDateTime local(Date date, ZoneId zone) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
    }

    private static String fullName(User user) {
        String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""))
                .strip();
        return name.isEmpty() ? user.getId() : name;
    }

    /** "3 hari 4 jam", "5 jam", "12 menit". */
    static String duration(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        if (days > 0) {
            return hours > 0 ? Messages.get("progress.duration.daysHours", days, hours)
                    : Messages.get("progress.duration.days", days);
        }
        if (hours > 0) {
            return Messages.get("progress.duration.hours", hours);
        }
        return Messages.get("progress.duration.minutes", Math.max(0, duration.toMinutesPart()));
    }

    /** "2 hari", or the hours or minutes of less than a day. */
    static String coarse(Duration duration) {
        long days = duration.toDays();
        return days > 0 ? Messages.get("progress.duration.days", days) : duration(duration);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
