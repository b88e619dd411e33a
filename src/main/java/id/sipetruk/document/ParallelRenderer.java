package id.sipetruk.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders on every core while the calling thread stores what is ready, in order. Drawing a PDF is pure CPU and
 * touches no database, so it may leave the caller's thread; storing stays on it, in the caller's transaction.
 */
final class ParallelRenderer {

    private final ExecutorService threads;
    /** Renderings started ahead of the one being stored: enough to keep every thread busy, few PDFs in memory. */
    private final int ahead;

    ParallelRenderer(int threadCount) {
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, "sipetruk-pdf-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.ahead = 2 * threadCount;
    }

    /** Every item rendered on the pool and handed to store on the calling thread, in the items' order. */
    <T, R> void renderInOrder(List<T> items, Function<T, R> render, Consumer<R> store) {
        Deque<Future<R>> pending = new ArrayDeque<>();
        Iterator<T> next = items.iterator();
        try {
            while (next.hasNext() || !pending.isEmpty()) {
                while (next.hasNext() && pending.size() < ahead) {
                    T item = next.next();
                    pending.add(threads.submit(() -> render.apply(item)));
                }
                store.accept(result(pending.poll()));
            }
        } finally {
            pending.forEach(future -> future.cancel(true));
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering documents", e);
        }
    }

    void shutdown() {
        threads.shutdownNow();
    }
}
