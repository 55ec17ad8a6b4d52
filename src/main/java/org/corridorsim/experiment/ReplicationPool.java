package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;

/**
 * Worker threads that run ranges of replications. Workers take the next index from a shared
 * counter and store each outcome in the slot of its index, so the order in which replications
 * finish has no effect on what the caller reads afterwards.
 */
final class ReplicationPool implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final EvacuationModel model;
    private final RandomStreams streams;
    private final int threads;
    private final Progress progress;
    private final ExecutorService executor;
    private final Object progressLock = new Object();
    private int completed;

    ReplicationPool(EvacuationModel model, RandomStreams streams, int threads, Progress progress) {
        this.model = model;
        this.streams = streams;
        this.threads = threads;
        this.progress = progress;
        String prefix = "corridorsim-replications-" + POOLS.incrementAndGet() + "-";
        AtomicInteger workers = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, prefix + workers.incrementAndGet());
            // A forgotten experiment must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs replications {@code from} (inclusive) to {@code to} (exclusive) into {@code outcomes}.
     * Returns the replications that threw, by index; empty when all completed. After the first
     * failure no new replication starts.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting; workers
     *         then start no new replication, and those running finish in the background and are
     *         discarded by the caller, which reads only the slots already filled
     */
    SortedMap<Integer, Throwable> run(int from, int to, AtomicReferenceArray<Outcome> outcomes)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        AtomicBoolean stop = new AtomicBoolean();
        SortedMap<Integer, Throwable> failures = new ConcurrentSkipListMap<>();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, to - from); w++) {
            workers.add(executor.submit(() -> work(next, to, stop, failures, outcomes)));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            workers.forEach(worker -> worker.cancel(true));
            throw e;
        } catch (ExecutionException e) {
            // work() catches what a replication throws, so this came from the progress callback.
            stop.set(true);
            throw rethrow(e.getCause());
        }
        return failures;
    }

    private void work(AtomicInteger next, int to, AtomicBoolean stop, SortedMap<Integer, Throwable> failures,
            AtomicReferenceArray<Outcome> outcomes) {
        while (!stop.get() && !Thread.currentThread().isInterrupted()) {
            int replication = next.getAndIncrement();
            if (replication >= to) {
                return;
            }
            try {
                outcomes.set(replication, model.replicate(streams, replication));
            } catch (RuntimeException | Error e) {
                failures.put(replication, e);
                stop.set(true);
                return;
            }
            synchronized (progressLock) {
                progress.update(++completed, to);
            }
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
