package org.corridorsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 * Independent M/M/3 replications run by a pool of {@code threads} workers, one task per
 * replication so that a worker that gets descheduled does not hold back the others. Each
 * replication has its own simulator and a generator seeded by its index, so nothing is shared and
 * the results do not depend on the thread count; the speedup is time(threads=1) / time(threads=2).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelReplicationsBenchmark {

    static final int REPLICATIONS = 16;
    static final long CUSTOMERS_PER_REPLICATION = 125_000;

    @Param({"1", "2"})
    public int threads;

    private ExecutorService workers;
    private List<Callable<Long>> replications;

    @Setup
    public void startWorkers() {
        workers = Executors.newFixedThreadPool(threads);
        replications = new ArrayList<>(REPLICATIONS);
        for (int r = 0; r < REPLICATIONS; r++) {
            long seed = r;
            replications.add(() -> CorridorMmc.replicate(MmcParameters.STANDARD, seed, CUSTOMERS_PER_REPLICATION)
                    .served());
        }
    }

    @TearDown
    public void stopWorkers() {
        workers.shutdownNow();
    }

    /** Returns the customers served over all replications, which must not depend on {@code threads}. */
    @Benchmark
    public long replicate() throws InterruptedException, ExecutionException {
        long served = 0;
        for (Future<Long> replication : workers.invokeAll(replications)) {
            served += replication.get();
        }
        return served;
    }
}
