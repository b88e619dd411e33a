package id.sipetruk.setup;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 18: on PostgreSQL, the generated PDFs and the uploaded evidence are stored as they are. Their content is
 * compressed already (a PDF's streams, a JPEG, a PNG); PostgreSQL's default for a large {@code bytea} tries to
 * compress every value again and, failing, stores it as it was: about 0.8 ms of the database's CPU for each 72 KB
 * certificate, spent for nothing (docs/performance.md, "Certificates per second"). Only new rows are affected; H2 has
 * no such setting, so there the migration does nothing. A Java migration (a bean Spring Boot hands to Flyway; named
 * freely, so it implements {@link JavaMigration} itself) because the statement is PostgreSQL's own.
 */
@Component
class UncompressedFilesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18");
    }

    @Override
    public String getDescription() {
        return "files stored uncompressed";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table generated_document alter column content set storage external");
            statement.execute("alter table evidence alter column content set storage external");
        }
    }
}
