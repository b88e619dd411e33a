package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.period.DeadlineTimers;
import id.sipetruk.period.PeriodStage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BPMN lint of the build: the rules a diagram edited in Camunda Modeler must keep so that a BKPSDM officer can read
 * it in Cockpit and it does what it says. Each rule lists every element that breaks it.
 */
class BpmnLintTest {

    private static final Map<String, Pattern> ID_PREFIXES = Map.ofEntries(
            Map.entry("startEvent", Pattern.compile("StartEvent_[A-Z]\\w+")),
            Map.entry("endEvent", Pattern.compile("EndEvent_[A-Z]\\w+")),
            Map.entry("userTask", Pattern.compile("Task_[A-Z]\\w+")),
            Map.entry("serviceTask", Pattern.compile("Task_[A-Z]\\w+")),
            Map.entry("exclusiveGateway", Pattern.compile("Gateway_[A-Z]\\w+")),
            Map.entry("parallelGateway", Pattern.compile("Gateway_[A-Z]\\w+")),
            Map.entry("intermediateCatchEvent", Pattern.compile("Timer_[A-Z]\\w+")),
            Map.entry("intermediateThrowEvent", Pattern.compile("(SignalThrow|Milestone)_[A-Z]\\w+")),
            Map.entry("boundaryEvent", Pattern.compile("(Timer|Signal)_[A-Z]\\w+")),
            Map.entry("subProcess", Pattern.compile("SubProcess_[A-Z]\\w+")),
            Map.entry("callActivity", Pattern.compile("CallActivity_[A-Z]\\w+")),
            Map.entry("sequenceFlow", Pattern.compile("Flow_[A-Z]\\w+")));
    /** A person's task names the role that does it first ("Kepala OPD: usulkan calon"). */
    private static final Pattern ROLE_FIRST = Pattern.compile("(BKPSDM|Kepala OPD|Admin OPD|Panel|Bupati): \\S.*");

    static Stream<Path> diagrams() throws Exception {
        return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyElementHasAMeaningfulIdAndAName(Path file) {
        BpmnModelInstance model = read(file);
        List<String> broken = new ArrayList<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            String type = element.getElementType().getTypeName();
            Pattern prefix = ID_PREFIXES.get(type);
            if (prefix == null || !prefix.matcher(element.getId()).matches()) {
                broken.add(type + " " + element.getId() + ": id without its prefix");
            }
            if (element instanceof FlowNode && blank(element.getName())) {
                broken.add(element.getId() + ": no name");
            }
            if (element instanceof UserTask && !ROLE_FIRST.matcher(element.getName()).matches()) {
                broken.add(element.getId() + ": a person's task names his role first, not \"" + element.getName() + "\"");
            }
        }
        assertThat(broken).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyTaskGatewayAndTheProcessSayWhatHappens(Path file) {
        BpmnModelInstance model = read(file);
        List<String> undocumented = new ArrayList<>();
        Stream.of(Process.class, UserTask.class, ServiceTask.class, Gateway.class, SubProcess.class, CallActivity.class,
                        BoundaryEvent.class)
                .flatMap(type -> model.getModelElementsByType(type).stream())
                .filter(element -> element.getDocumentations().stream().map(Documentation::getTextContent)
                        .allMatch(BpmnLintTest::blank))
                .forEach(element -> undocumented.add(element.getId()));
        assertThat(undocumented).as(file + ": elements without documentation").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyStepOfTheProcessSitsInTheLaneOfItsRole(Path file) {
        BpmnModelInstance model = read(file);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        Collection<Lane> lanes = model.getModelElementsByType(Lane.class);
        assertThat(lanes).as(file + ": lanes per role").hasSizeGreaterThanOrEqualTo(3);
        List<String> broken = new ArrayList<>();
        for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
            List<Lane> holding = lanes.stream().filter(l -> l.getFlowNodeRefs().contains(node)).toList();
            if (holding.size() != 1) {
                broken.add(node.getId() + " is in " + holding.size() + " lanes");
                continue;
            }
            Bounds lane = shape(model, holding.get(0)).getBounds();
            Bounds own = shape(model, node).getBounds();
            if (own.getY() < lane.getY() || own.getY() + own.getHeight() > lane.getY() + lane.getHeight()) {
                broken.add(node.getId() + " is drawn outside its lane " + holding.get(0).getName());
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getParentElement() == process && lanes.stream().filter(l -> l.getFlowNodeRefs().contains(task))
                    .noneMatch(l -> task.getName().startsWith(l.getName().split(":")[0]))) {
                broken.add(task.getId() + " \"" + task.getName() + "\" is not in its role's lane");
            }
        }
        assertThat(broken).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyElementAndFlowIsDrawn(Path file) {
        BpmnModelInstance model = read(file);
        List<String> undrawn = new ArrayList<>();
        model.getModelElementsByType(FlowNode.class).stream().filter(node -> shape(model, node) == null)
                .forEach(node -> undrawn.add(node.getId()));
        model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> model.getModelElementsByType(BpmnEdge.class).stream()
                        .noneMatch(edge -> edge.getBpmnElement() == flow))
                .forEach(flow -> undrawn.add(flow.getId()));
        assertThat(undrawn).as(file + ": elements without a shape in the diagram").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void decisionsAreNamedAndConditioned_andTasksDoNotSplitSilently(Path file) {
        BpmnModelInstance model = read(file);
        List<String> broken = new ArrayList<>();
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() > 1) {
                gateway.getOutgoing().stream().filter(f -> blank(f.getName()) || f.getConditionExpression() == null)
                        .forEach(f -> broken.add(f.getId() + " leaves decision " + gateway.getId()
                                + " without a name or a condition"));
            }
        }
        for (Activity activity : model.getModelElementsByType(Activity.class)) {
            if (activity.getOutgoing().size() > 1) {
                broken.add(activity.getId() + " splits without a gateway");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean start = node.getElementType().getTypeName().equals("startEvent") || node instanceof BoundaryEvent;
            boolean end = node.getElementType().getTypeName().equals("endEvent");
            if (!start && node.getIncoming().isEmpty()) {
                broken.add(node.getId() + " cannot be reached");
            }
            if (!end && node.getOutgoing().isEmpty()) {
                broken.add(node.getId() + " leads nowhere");
            }
        }
        assertThat(broken).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyPersonsTaskHasItsFormAndItsServerSide(Path file) {
        BpmnModelInstance model = read(file);
        List<String> broken = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String form = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            if (form == null || !new File("forms/" + form + ".form").isFile()) {
                broken.add(task.getId() + ": form " + form + " not in forms/");
            }
            List<String> events = task.getExtensionElements() == null ? List.of()
                    : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                    .stream().map(CamundaTaskListener::getCamundaEvent).toList();
            if (!events.containsAll(List.of("create", "complete"))) {
                broken.add(task.getId() + ": needs its form listener on create and complete, has " + events);
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (blank(task.getCamundaDelegateExpression())) {
                broken.add(task.getId() + ": a service task calls a named delegate bean");
            }
        }
        assertThat(broken).as(file.toString()).isEmpty();
    }

    /**
     * Issue 13: every person's task carries the two deadline timers, non-interrupting, at its stage's times, each
     * leading to the message end event that tells the people concerned. The OPD head's nomination has no late report
     * (the window's closing ends it), and BKPSDM's optional early closing has neither.
     */
    @ParameterizedTest
    @MethodSource("diagrams")
    void everyPersonsTaskRemindsBeforeItsDeadline_andReportsWhenItIsLate(Path file) {
        BpmnModelInstance model = read(file);
        List<String> broken = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getId().equals("Task_CloseNominationWindowEarly")) {
                continue;
            }
            String stage = PeriodStage.ofTask(task.getId()).name();
            checkTimer(model, task, DeadlineTimers.reminderTimerOf(task.getId()), "reminderDate", stage,
                    "${remindTaskHolders}", broken);
            if (!task.getId().equals("Task_NominateCandidates")) {
                checkTimer(model, task, DeadlineTimers.overdueTimerOf(task.getId()), "dueDate", stage,
                        "${reportOverdueTasks}", broken);
            }
        }
        assertThat(broken).as(file.toString()).isEmpty();
    }

    private static void checkTimer(BpmnModelInstance model, UserTask task, String timerId, String dateMethod,
                                   String stage, String delegate, List<String> broken) {
        if (!(model.getModelElementById(timerId) instanceof BoundaryEvent timer)
                || timer.getAttachedTo() != task) {
            broken.add(task.getId() + ": no boundary timer " + timerId);
            return;
        }
        if (timer.cancelActivity()) {
            broken.add(timerId + " must not interrupt the task");
        }
        String date = timer.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(d -> ((TimerEventDefinition) d).getTimeDate()).filter(Objects::nonNull)
                .map(TimeDate::getTextContent).findFirst().orElse("");
        if (!date.matches("\\$\\{\\w+Timeline\\." + dateMethod + "\\(execution, '" + stage + "'\\)}")) {
            broken.add(timerId + " fires at \"" + date + "\", not at " + dateMethod + " of stage " + stage);
        }
        List<String> ends = timer.getOutgoing().stream().map(SequenceFlow::getTarget)
                .filter(end -> end instanceof EndEvent e && e.getEventDefinitions().stream()
                        .anyMatch(d -> d instanceof MessageEventDefinition m
                                && delegate.equals(m.getCamundaDelegateExpression())))
                .map(FlowNode::getId).toList();
        if (ends.size() != 1) {
            broken.add(timerId + " does not lead to a message end event calling " + delegate);
        }
    }

    private static BpmnModelInstance read(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    private static BpmnShape shape(BpmnModelInstance model, BaseElement element) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement() == element).findFirst().orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
