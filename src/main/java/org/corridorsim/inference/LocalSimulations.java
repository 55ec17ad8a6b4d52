package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Simulates a generation's batch of proposals on the local threads. Each result lands at its
 * proposal's index, whichever thread computed it, so the batch does not depend on the thread count.
 */
final class LocalSimulations {

    private LocalSimulations() {
    }

    /** The pool of daemon threads a fit's local simulations run on. */
    static ExecutorService executor(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "corridorsim-fit-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Proposals 0 .. count-1 of a batch, each from {@code propose}, computed by {@code threads}
     * tasks on {@code executor}; {@code finished} is told how many are done after each one, from
     * one thread at a time.
     */
    static Proposal[] evaluate(ExecutorService executor, int threads, int count, IntFunction<Proposal> propose,
            LongConsumer finished) throws InterruptedException {
        Proposal[] results = new Proposal[count];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        long[] done = {0};
        Runnable work = () -> {
            int i;
            while (!stop.get() && (i = next.getAndIncrement()) < count) {
                results[i] = propose.apply(i);
                // A flag set by plugin code is not a stop: only 'stop' is.
                Thread.interrupted();
                synchronized (lock) {
                    finished.accept(++done[0]);
                }
            }
        };
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            futures.add(executor.submit(work));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            futures.forEach(f -> f.cancel(true));
            throw e;
        } catch (ExecutionException e) {
            stop.set(true);
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }
}
