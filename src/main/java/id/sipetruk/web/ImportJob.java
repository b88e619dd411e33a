package id.sipetruk.web;

import id.sipetruk.common.ImportProgress;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import started on the page (a preview or a "terapkan"), run in the background by {@link ImportJobs}: how far
 * it has come and, once done, its result. Held in the session of the person who started it, under its key.
 */
public final class ImportJob implements ImportProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJob.class);

    /** Where a job is; the names are what the status JSON answers. */
    public enum State { MENUNGGU, BERJALAN, SELESAI, GAGAL }

    /**
     * The status endpoint's answer.
     *
     * @param keadaan the job's state
     * @param baris   rows handled so far
     * @param jumlah  the file's rows; 0 while it is being read
     * @param persen  baris of jumlah, 0 to 100
     * @param pesan   the same, in words
     */
    public record Status(State keadaan, int baris, int jumlah, int persen, String pesan) {
    }

    private final String key;
    private final String kind;
    private final String fileName;
    private final boolean preview;
    private final Function<ImportProgress, ImportResult> work;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile State state = State.MENUNGGU;
    private volatile int done;
    private volatile int total;
    private volatile ImportResult result;
    private volatile String failure;
    private volatile int failureStatus;

    ImportJob(String key, String kind, String fileName, boolean preview, Function<ImportProgress, ImportResult> work) {
        this.key = key;
        this.kind = kind;
        this.fileName = fileName;
        this.preview = preview;
        this.work = work;
    }

    public String key() { return key; }
    public String kind() { return kind; }
    public String fileName() { return fileName; }
    public boolean preview() { return preview; }
    public State state() { return state; }
    /** The result once {@link State#SELESAI}, else null. */
    public ImportResult result() { return result; }

    @Override
    public void rows(int done, int total) {
        this.total = total;
        this.done = done;
    }

    /** Runs the import on the calling (background) thread. */
    void run() {
        state = State.BERJALAN;
        try {
            result = work.apply(this);
            state = State.SELESAI;
        } catch (ValidationException refused) {
            failed(refused.status(), refused.getMessage());
        } catch (RuntimeException e) {
            failed(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Messages.get("import.progress.failed", logged(e)));
        } finally {
            finished.countDown();
        }
    }

    private String logged(RuntimeException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Import job {} ({} of '{}', file {}) failed, reference {}", key, preview ? "preview" : "commit",
                kind, fileName, reference, e);
        return reference;
    }

    private void failed(int status, String message) {
        failureStatus = status;
        failure = message;
        state = State.GAGAL;
    }

    /** The HTTP status of a failed job: 4xx when the file was refused, 500 when the server failed. */
    public int failureStatus() { return failureStatus; }

    /** Waits at most {@code patience} for the job to end; whether it has. */
    public boolean await(Duration patience) {
        try {
            return finished.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finished.getCount() == 0;
        }
    }

    public Status status() {
        int rows = done;
        int of = total;
        int percent = of == 0 ? 0 : (int) (100L * rows / of);
        String words = switch (state) {
            case MENUNGGU -> Messages.get("import.progress.waiting");
            case BERJALAN -> of == 0 ? Messages.get("import.progress.reading")
                    : rows < of ? Messages.get("import.progress.rows", rows, of, percent)
                    : Messages.get("import.progress.saving", of);
            case SELESAI -> Messages.get("import.progress.done");
            case GAGAL -> failure;
        };
        return new Status(state, rows, of, percent, words);
    }
}
