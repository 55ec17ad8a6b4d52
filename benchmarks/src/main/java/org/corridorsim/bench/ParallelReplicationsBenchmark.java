package org.corridorsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Independent M/M/3 replications spread over {@code threads} workers. Each replication has its
 * own simulator and a generator seeded by its index, so the results do not depend on the thread
 * count and nothing is shared; the speedup is time(threads=1) / time(threads=2).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelReplicationsBenchmark {

    static final int REPLICATIONS = 8;
    static final long CUSTOMERS_PER_REPLICATION = 250_000;

    @Param({"1", "2"})
    public int threads;

    private ExecutorService workers;

    @Setup
    public void startWorkers() {
        workers = Executors.newFixedThreadPool(threads);
    }

    @TearDown
    public void stopWorkers() {
        workers.shutdownNow();
    }

    /** Returns the customers served over all replications, which must not depend on {@code threads}. */
    @Benchmark
    public long replicate() throws InterruptedException, ExecutionException {
        List<Future<Long>> parts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(workers.submit(() -> {
                long served = 0;
                for (int r = first; r < REPLICATIONS; r += threads) {
                    served += CorridorMmc.replicate(MmcParameters.STANDARD, r, CUSTOMERS_PER_REPLICATION).served();
                }
                return served;
            }));
        }
        long served = 0;
        for (Future<Long> part : parts) {
            served += part.get();
        }
        return served;
    }
}
