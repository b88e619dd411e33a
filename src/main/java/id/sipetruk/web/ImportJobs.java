package id.sipetruk.web;

import id.sipetruk.common.ImportProgress;
import id.sipetruk.common.ImportResult;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Runs the imports started on the page in the background, so that the page can show their progress instead of a
 * browser that seems to hang: at most {@value #THREADS} at once (a province's file keeps a core busy for seconds),
 * {@value #QUEUE} more waiting; beyond that a new one is refused ({@link RejectedExecutionException}). The work gets
 * no request and no security context: whatever it needs of the person (the user id) is taken before.
 */
@Component
public class ImportJobs {

    /** Imports running at once. */
    public static final int THREADS = 2;
    /** Imports waiting for a thread. */
    public static final int QUEUE = 4;

    private final ThreadPoolExecutor executor;

    public ImportJobs() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "sipetruk-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), threads, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Starts an import.
     *
     * @param work the import itself, reporting its progress to the job
     * @throws RejectedExecutionException when {@value #THREADS} imports run and {@value #QUEUE} wait already
     */
    public ImportJob start(String key, String kind, String fileName, boolean preview,
                           Function<ImportProgress, ImportResult> work) {
        ImportJob job = new ImportJob(key, kind, fileName, preview, work);
        executor.execute(job::run);
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
