package id.sipetruk.setup;

import id.sipetruk.organization.EmployeeImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An employee import that created OPDs runs the start-up steps again once it has committed: the new OPDs get their
 * head and admin groups, filters and grants at once, without a restart (the steps are idempotent).
 */
@Component
public class NewOpdSetup {

    private static final Logger LOG = LoggerFactory.getLogger(NewOpdSetup.class);

    private final StartupSetup startupSetup;

    public NewOpdSetup(StartupSetup startupSetup) {
        this.startupSetup = startupSetup;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opdsCreated(EmployeeImport.OpdsCreated created) {
        LOG.info("Imported OPDs {}: running the start-up setup for their groups", created.opdNames());
        startupSetup.run();
    }
}
