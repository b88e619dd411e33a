package id.sipetruk.setup;

import id.sipetruk.common.NumberCounters;
import id.sipetruk.demo.DemoDataLoader;
import id.sipetruk.demo.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that fixes the order of SI PETRUK's start-up data, once the application (and with it the
 * process engine) is ready:
 * <ol>
 *   <li>demo data: OPDs and employees ({@link DemoDataLoader}, demo profile only)</li>
 *   <li>groups: role groups and the groups of every active OPD ({@link IdentitySetup})</li>
 *   <li>demo users and their memberships ({@link DemoUsers}, demo profile only)</li>
 *   <li>an administrator in {@code camunda-admin} ({@link AdminAccountSetup})</li>
 *   <li>shared Tasklist filters ({@link TasklistFilterSetup})</li>
 *   <li>Camunda authorizations of every group ({@link AuthorizationSetup})</li>
 * </ol>
 * Every step is idempotent. A failing step fails the start. When all steps are done a
 * {@link StartupSetupCompletedEvent} is published, for code that needs users and groups (e.g. starting a demo
 * process instance).
 */
@Component
public class StartupSetup {

    private static final Logger LOG = LoggerFactory.getLogger(StartupSetup.class);
    /** The counter whose row lock serializes the start-up setup of nodes sharing one database. */
    static final String LOCK = "startup-setup";

    private final ObjectProvider<DemoDataLoader> demoDataLoader;
    private final IdentitySetup identitySetup;
    private final ObjectProvider<DemoUsers> demoUsers;
    private final AdminAccountSetup adminAccountSetup;
    private final TasklistFilterSetup tasklistFilterSetup;
    private final AuthorizationSetup authorizationSetup;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final NumberCounters counters;

    public StartupSetup(ObjectProvider<DemoDataLoader> demoDataLoader, IdentitySetup identitySetup,
                        ObjectProvider<DemoUsers> demoUsers, AdminAccountSetup adminAccountSetup,
                        TasklistFilterSetup tasklistFilterSetup, AuthorizationSetup authorizationSetup,
                        ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                        NumberCounters counters) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.counters = counters;
        this.demoDataLoader = demoDataLoader;
        this.identitySetup = identitySetup;
        this.demoUsers = demoUsers;
        this.adminAccountSetup = adminAccountSetup;
        this.tasklistFilterSetup = tasklistFilterSetup;
        this.authorizationSetup = authorizationSetup;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onApplicationReady() {
        run();
    }

    /**
     * Runs every step in order, in one transaction; safe to call again. Two nodes that start at once take turns: the
     * first step takes the row lock of the counter {@value #LOCK}, which the other waits for.
     */
    public void run() {
        transactions.executeWithoutResult(status -> {
            int run = counters.next(LOCK, () -> 0);
            LOG.info("Start-up setup: begin (run {} on this database)", run);
            steps();
        });
        LOG.info("Start-up setup: done");
        events.publishEvent(new StartupSetupCompletedEvent(this));
    }

    private void steps() {
        demoDataLoader.ifAvailable(loader -> {
            LOG.info("Start-up setup: step 1/6, demo OPDs and employees");
            loader.load();
        });
        LOG.info("Start-up setup: step 2/6, role and OPD groups");
        identitySetup.run();
        demoUsers.ifAvailable(users -> {
            LOG.info("Start-up setup: step 3/6, demo users");
            users.run();
        });
        LOG.info("Start-up setup: step 4/6, administrator");
        adminAccountSetup.run();
        LOG.info("Start-up setup: step 5/6, Tasklist filters");
        tasklistFilterSetup.run();
        LOG.info("Start-up setup: step 6/6, authorizations");
        authorizationSetup.run();
    }
}
