package id.sipetruk.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@link TableImport} in one transaction. A preview runs exactly the same steps and rolls them back; a
 * commit with "all or nothing" rolls back when a single row is bad, otherwise it keeps the good rows.
 */
@Service
public class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final TransactionTemplate transaction;

    public ImportRunner(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportResult preview(TableImport kind, byte[] file) {
        return preview(kind, file, ImportProgress.NONE);
    }

    public ImportResult preview(TableImport kind, byte[] file, ImportProgress progress) {
        return run(kind, file, true, true, "preview", progress);
    }

    public ImportResult commit(TableImport kind, byte[] file, boolean allOrNothing, String by) {
        return commit(kind, file, allOrNothing, by, ImportProgress.NONE);
    }

    public ImportResult commit(TableImport kind, byte[] file, boolean allOrNothing, String by,
                               ImportProgress progress) {
        return run(kind, file, false, allOrNothing, by, progress);
    }

    private ImportResult run(TableImport kind, byte[] file, boolean preview, boolean allOrNothing, String by,
                             ImportProgress progress) {
        return transaction.execute(status -> {
            ImportResult result = kind.apply(file, progress);
            boolean write = !preview && result.diterapkan() && !(allOrNothing && result.galat() > 0);
            if (!write) {
                // what the database would refuse (a value too long, a constraint) is met by the preview too
                status.flush();
                status.setRollbackOnly();
                return result.notWritten();
            }
            LOG.info("Import '{}' by {}: {} new, {} changed, {} unchanged, {} deactivated, {} rows refused; {}",
                    kind.kind(), by, result.baru(), result.berubah(), result.tetap(), result.dinonaktifkan(),
                    result.galat(), result.catatan());
            return result;
        });
    }
}
