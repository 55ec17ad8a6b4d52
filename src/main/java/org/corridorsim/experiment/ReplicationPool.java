package org.corridorsim.experiment;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;

/**
 * Worker threads that run replications and hand each outcome, under one lock, to the recorder
 * (e.g. a journal) and then to the {@link Fold}, which folds in index order. A worker does not
 * start a replication more than {@link #window} indices ahead of the fold, so the outcomes the
 * fold holds back stay few however many replications run.
 *
 * <p>With a timeout, a watchdog fails a replication that runs too long, interrupts its thread
 * and stops waiting for it, so a plugin that loops or sleeps cannot hang the run.
 */
final class ReplicationPool implements Replicator {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final EvacuationModel model;
    private final RandomStreams streams;
    private final int threads;
    private final int window;
    private final Progress progress;
    private final Duration timeout;
    private final ExecutorService executor;
    private final ScheduledExecutorService watchdog;
    private final Object lock = new Object();

    // guarded by lock
    private int nextIndex;
    private int to;
    private int active;
    private int completed;
    private boolean stopped;
    private Fold fold;
    private Consumer<Outcome> recorder;
    private SortedMap<Integer, Throwable> failures;
    private RuntimeException fatal;
    private final Map<Integer, Running> running = new HashMap<>();
    private final Set<Integer> abandoned = new HashSet<>();

    private record Running(Thread thread, long startNanos) {
    }

    ReplicationPool(EvacuationModel model, RandomStreams streams, int threads, Progress progress, Duration timeout) {
        this.model = model;
        this.streams = streams;
        this.threads = threads;
        this.window = Math.max(64, 32 * threads);
        this.progress = progress;
        this.timeout = timeout;
        String prefix = "corridorsim-replications-" + POOLS.incrementAndGet() + "-";
        AtomicInteger workers = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, prefix + workers.incrementAndGet());
            // A forgotten experiment, or a replication abandoned after its timeout, must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        });
        if (timeout.isZero()) {
            this.watchdog = null;
        } else {
            this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, prefix + "watchdog");
                thread.setDaemon(true);
                return thread;
            });
            long period = Math.max(5, Math.min(200, timeout.toMillis() / 10));
            watchdog.scheduleAtFixedRate(this::enforceTimeout, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Runs every replication below {@code end} that {@code into} does not already have, handing
     * each outcome to {@code recorder} and then to {@code into}. Returns the replications that
     * threw or timed out, by index; empty when all completed. After the first failure no new
     * replication starts.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting; workers
     *         then start no new replication, and the outcomes of those still running are dropped
     */
    @Override
    public SortedMap<Integer, Throwable> run(int end, Fold into, Consumer<Outcome> record) throws InterruptedException {
        synchronized (lock) {
            nextIndex = into.next();
            to = end;
            fold = into;
            recorder = record;
            failures = new ConcurrentSkipListMap<>();
            fatal = null;
            stopped = false;
            interrupted = false;
            completed = into.next() + into.held();
            int missing = 0;
            for (int r = into.next(); r < end && missing < threads; r++) {
                if (!into.has(r)) {
                    missing++;
                }
            }
            active = missing;
            for (int w = 0; w < missing; w++) {
                executor.execute(this::work);
            }
            try {
                while (active > 0) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                stopped = true;
                interrupted = true;
                running.values().forEach(r -> r.thread().interrupt());
                lock.notifyAll();
                throw e;
            }
            if (fatal != null) {
                throw fatal;
            }
            return failures;
        }
    }

    private void work() {
        Thread self = Thread.currentThread();
        try {
            while (true) {
                int replication;
                synchronized (lock) {
                    replication = take();
                    if (replication < 0) {
                        return;
                    }
                    running.put(replication, new Running(self, System.nanoTime()));
                }
                Outcome outcome = null;
                Throwable failure = null;
                try {
                    outcome = model.replicate(streams, replication);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                // Plugin code may have set this thread's interrupt flag (the usual idiom after catching an
                // InterruptedException). The pool stops through 'stopped', never through that flag, so a
                // flag left set must not end this worker early.
                Thread.interrupted();
                synchronized (lock) {
                    running.remove(replication);
                    if (abandoned.remove(replication)) {
                        // the watchdog already failed it and no longer counts this worker
                        return;
                    }
                    if (failure != null) {
                        failures.put(replication, failure);
                        stopped = true;
                        lock.notifyAll();
                        continue;
                    }
                    accept(outcome);
                }
            }
        } finally {
            synchronized (lock) {
                if (!abandonedWorker(self)) {
                    active--;
                }
                lock.notifyAll();
            }
        }
    }

    /** The next replication to run, waiting while it is too far ahead of the fold; -1 when there is none. */
    private int take() {
        while (true) {
            if (stopped || executor.isShutdown()) {
                return -1;
            }
            while (nextIndex < to && fold.has(nextIndex)) {
                nextIndex++;
            }
            if (nextIndex >= to) {
                return -1;
            }
            if (nextIndex < fold.next() + window) {
                return nextIndex++;
            }
            try {
                lock.wait();
            } catch (InterruptedException e) {
                // a stop sets 'stopped' before interrupting; a stray interrupt is ignored
                Thread.interrupted();
            }
        }
    }

    private void accept(Outcome outcome) {
        if (interrupted) {
            // The caller has stopped waiting and is writing the partial result from the fold and
            // the journal: a late outcome must touch neither.
            return;
        }
        try {
            recorder.accept(outcome);
            fold.offer(outcome);
        } catch (RuntimeException e) {
            fatal = e;
            stopped = true;
        }
        try {
            progress.update(++completed, Math.max(to, completed));
        } catch (RuntimeException e) {
            fatal = e;
            stopped = true;
        }
        lock.notifyAll();
    }

    private final Set<Thread> abandonedThreads = new HashSet<>();

    /** Set, under the lock, when the caller was interrupted and gave up waiting for this range. */
    private boolean interrupted;

    private boolean abandonedWorker(Thread thread) {
        return abandonedThreads.remove(thread);
    }

    private void enforceTimeout() {
        long now = System.nanoTime();
        synchronized (lock) {
            for (var entry : Map.copyOf(running).entrySet()) {
                if (now - entry.getValue().startNanos() > timeout.toNanos()) {
                    int replication = entry.getKey();
                    running.remove(replication);
                    abandoned.add(replication);
                    abandonedThreads.add(entry.getValue().thread());
                    failures.put(replication, new ReplicationTimeout(replication, timeout));
                    stopped = true;
                    active--;
                    entry.getValue().thread().interrupt();
                    lock.notifyAll();
                }
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
    }
}
