package id.sipetruk;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The test JVM holds several cached Spring contexts, each with a process engine named "default"; the REST API and
 * the webapps find theirs by name in Camunda's static registry, which the context created last wins. Before each
 * test class, the engine of the context that class uses is registered again, so its HTTP calls reach its own
 * engine. Registered for every test in META-INF/spring.factories.
 */
public class ThisContextsEngine implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
