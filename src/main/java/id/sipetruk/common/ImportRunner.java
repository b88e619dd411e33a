package id.sipetruk.common;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
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

    /**
     * @throws ValidationException ("import.refusedByDatabase", 400) when the database refuses a value of the file
     *                             (a text longer than its column, say): nothing is written
     */
    private ImportResult run(TableImport kind, byte[] file, boolean preview, boolean allOrNothing, String by,
                             ImportProgress progress) {
        try {
            return runInTransaction(kind, file, preview, allOrNothing, by, progress);
        } catch (DataIntegrityViolationException refused) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.warn("Import '{}' by {} refused by the database, reference {}: {}", kind.kind(), by, reference,
                    refused.getMostSpecificCause().getMessage());
            throw new ValidationException("import.refusedByDatabase", reference);
        }
    }

    private ImportResult runInTransaction(TableImport kind, byte[] file, boolean preview, boolean allOrNothing,
                                          String by, ImportProgress progress) {
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
