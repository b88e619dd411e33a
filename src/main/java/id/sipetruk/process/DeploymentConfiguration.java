package id.sipetruk.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/*.bpmn and forms/*.form (the starter's default pattern misses forms) under stable,
 * classpath-relative names such as "bpmn/AwardPeriodProcess.bpmn". The starter would otherwise name a
 * resource by its absolute file path in exploded runs and by its jar path in the fat jar, and every switch
 * between the two would deploy new versions on the same database. Only the starter's interface and properties are
 * used (not its implementation classes), so that a move to Operaton stays a rename.
 */
@Component
public class DeploymentConfiguration implements CamundaDeploymentConfiguration {

    private final CamundaBpmProperties properties;

    public DeploymentConfiguration(CamundaBpmProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (properties.isAutoDeploymentEnabled() && configuration instanceof SpringProcessEngineConfiguration spring) {
            spring.setDeploymentResources(getDeploymentResources().toArray(new Resource[0]));
        }
    }

    static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:forms/*.form"};

    @Override
    public Set<Resource> getDeploymentResources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<Resource> resources = new LinkedHashSet<>();
        try {
            for (String pattern : PATTERNS) {
                String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
                for (Resource found : resolver.getResources(pattern)) {
                    resources.add(new NamedClassPathResource(folder + found.getFilename()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list process resources", e);
        }
        return resources;
    }

    /** A classpath resource whose deployed name is its classpath path, in every packaging. */
    static final class NamedClassPathResource extends ClassPathResource implements ContextResource {

        NamedClassPathResource(String path) {
            super(path);
        }

        @Override
        public String getPathWithinContext() {
            return getPath();
        }
    }
}
