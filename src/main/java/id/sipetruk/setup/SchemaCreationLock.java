package id.sipetruk.setup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two nodes that start at the same instant on an empty PostgreSQL database would both find no engine tables and
 * both run Camunda's create scripts ({@code camunda.bpm.database.schema-update}); one start then fails on "relation
 * already exists". This plugin makes the engine's build (schema check and creation, the deployment) take turns
 * across nodes: from {@code preInit} to {@code postProcessEngineBuild} the node holds a PostgreSQL session advisory
 * lock on a connection of its own. The second node waits, then finds the schema and the deployment there. A node
 * that dies while holding it loses its connection, and with it the lock. On other databases (H2: one node) nothing
 * is locked. Our own tables are Flyway's, which takes its own lock on PostgreSQL; the start-up data
 * ({@link StartupSetup}) takes the row lock of its counter.
 */
@Component
public class SchemaCreationLock extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaCreationLock.class);
    /** The advisory lock's key: "SIPETRUK" read as digits, fixed so that every node takes the same lock. */
    static final long KEY = 7_473_878_573L;

    private final DataSource dataSource;
    private Connection held;

    public SchemaCreationLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            }
            held = connection;
            LOG.info("Engine start-up lock taken after {} ms (schema check and deployment take turns across nodes)",
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the engine start-up lock", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        release();
    }

    private void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
            LOG.info("Engine start-up lock released");
        } catch (SQLException e) {
            LOG.warn("Could not release the engine start-up lock; it goes with the connection", e);
        } finally {
            held = null;
        }
    }
}
