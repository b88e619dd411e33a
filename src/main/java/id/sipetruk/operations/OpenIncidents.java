package id.sipetruk.operations;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.process.ProcessKeys;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The open incidents BKPSDM sees without Cockpit: a period's on its progress page, and a count per period on the home
 * page. Every incident in a nomination's process is propagated by the engine to the period's process (the call
 * activity), so the incidents of the period's process instance name every failure of the period, and their root
 * causes say which step failed and why. A fixed number of queries whatever the size of the period; at most
 * {@value #MAX} incidents are read.
 */
@Component
public class OpenIncidents {

    /** More than anyone reads on one page; Cockpit has the rest. */
    static final int MAX = 200;

    /** One failure: the step that failed, the engine's message, since when. */
    public record PeriodIncident(String id, String activity, String message, String since, LocalDateTime sinceAt) {
    }

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ZoneId zone;

    public OpenIncidents(RuntimeService runtime, RepositoryService repository, Clock clock) {
        this.runtime = runtime;
        this.repository = repository;
        this.zone = clock.getZone();
    }

    /** The period's open incidents, oldest first (three queries). */
    public List<PeriodIncident> ofPeriod(String periodCode) {
        ProcessInstance period = runtime.createProcessInstanceQuery().processInstanceBusinessKey(periodCode)
                .processDefinitionKey(ProcessKeys.AWARD_PERIOD).singleResult();
        if (period == null) {
            return List.of();
        }
        List<Incident> atPeriod = runtime.createIncidentQuery().processInstanceId(period.getId())
                .orderByIncidentTimestamp().asc().listPage(0, MAX);
        if (atPeriod.isEmpty()) {
            return List.of();
        }
        Set<String> causeIds = atPeriod.stream().map(OpenIncidents::rootCause).collect(Collectors.toSet());
        Map<String, Incident> causes = runtime.createIncidentQuery()
                .processDefinitionKeyIn(ProcessKeys.AWARD_PERIOD, ProcessKeys.NOMINATION)
                .orderByIncidentTimestamp().asc().listPage(0, MAX * 5).stream()
                .filter(i -> causeIds.contains(i.getId()))
                .collect(Collectors.toMap(Incident::getId, Function.identity()));
        Map<String, String> names = new LinkedHashMap<>();
        return atPeriod.stream().map(i -> causes.getOrDefault(rootCause(i), i))
                .filter(distinctById())
                .sorted(Comparator.comparing(Incident::getIncidentTimestamp))
                .map(cause -> row(cause, names)).toList();
    }

    /** Open incidents per period code (two queries), for the home page. */
    public Map<String, Long> countByPeriod() {
        List<Incident> incidents = runtime.createIncidentQuery().processDefinitionKeyIn(ProcessKeys.AWARD_PERIOD)
                .listPage(0, MAX);
        if (incidents.isEmpty()) {
            return Map.of();
        }
        Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> codeOf = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return incidents.stream().filter(i -> codeOf.containsKey(i.getProcessInstanceId()))
                .collect(Collectors.groupingBy(i -> codeOf.get(i.getProcessInstanceId()), TreeMap::new,
                        Collectors.counting()));
    }

    private PeriodIncident row(Incident incident, Map<String, String> names) {
        String activityId = incident.getFailedActivityId() != null ? incident.getFailedActivityId()
                : incident.getActivityId();
        String activity = names.computeIfAbsent(incident.getProcessDefinitionId() + "#" + activityId,
                key -> activityName(incident.getProcessDefinitionId(), activityId));
        LocalDateTime since = LocalDateTime.ofInstant(incident.getIncidentTimestamp().toInstant(), zone);
        String message = incident.getIncidentMessage() == null || incident.getIncidentMessage().isBlank()
                ? Messages.get("incident.noMessage") : incident.getIncidentMessage();
        return new PeriodIncident(incident.getId(), activity, message, IndonesianDates.dateTime(since), since);
    }

    /** The activity's name in the diagram (the engine caches the model), else its id. */
    private String activityName(String processDefinitionId, String activityId) {
        if (activityId == null) {
            return "-";
        }
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(activityId);
        String name = element instanceof FlowElement flow ? flow.getName() : null;
        return name == null || name.isBlank() ? activityId : name + " (" + activityId + ")";
    }

    private static String rootCause(Incident incident) {
        return Objects.requireNonNullElse(incident.getRootCauseIncidentId(), incident.getId());
    }

    private static Predicate<Incident> distinctById() {
        Set<String> seen = new HashSet<>();
        return incident -> seen.add(incident.getId());
    }
}
