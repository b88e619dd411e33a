package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What is deployed: both processes and every form, under stable names, and every formRef resolves. */
@SpringBootTest
class DeploymentTest {

    @Autowired RepositoryService repository;

    @Test
    void everyResourceIsDeployedUnderItsClasspathName() {
        Deployment latest = repository.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
        List<String> names = repository.getDeploymentResourceNames(latest.getId());
        assertThat(names).contains("bpmn/AwardPeriodProcess.bpmn", "bpmn/NominationProcess.bpmn",
                "forms/award-period-start.form", "forms/nominate-candidates.form", "forms/fill-assessment.form",
                "forms/review-assessment.form", "forms/verify-nomination.form", "forms/close-nomination-window.form",
                "forms/score-finalist.form", "forms/propose-awardees.form", "forms/approve-decree.form",
                "forms/record-ceremony.form");
        assertThat(names).allMatch(name -> !name.startsWith("/"), "no absolute path");
    }

    @Test
    void everyFormRefResolvesToADeployedForm_andEveryProcessHasAHistoryTimeToLive() throws Exception {
        Set<String> deployedForms = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Deployment deployment : repository.createDeploymentQuery().list()) {
            for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
                if (name.endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStream(deployment.getId(), name)) {
                        deployedForms.add(json.readTree(in).get("id").asText());
                    }
                }
            }
        }
        Set<String> formRefs = new HashSet<>();
        for (String key : List.of(ProcessKeys.AWARD_PERIOD, ProcessKeys.NOMINATION)) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            assertThat(definition.getHistoryTimeToLive()).isPositive();
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                String ref = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                if (ref != null) {
                    formRefs.add(ref);
                }
            }
            assertThat(model.getModelElementsByType(Process.class)).singleElement()
                    .extracting(Process::getId).isEqualTo(key);
        }
        assertThat(formRefs).hasSize(10);
        assertThat(deployedForms).containsAll(formRefs);
    }
}
