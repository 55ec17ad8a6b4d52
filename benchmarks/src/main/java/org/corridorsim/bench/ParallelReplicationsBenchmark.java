package org.corridorsim.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * One {@link ReplicationBatch} (16 independent M/M/3 replications of 125,000 expected customers)
 * on a pool of {@code threads} workers; the speedup is time(threads=1) / time(threads=2). JMH
 * runs the two thread counts one after the other, so on a machine whose speed drifts
 * {@link ParallelSpeedup}, which alternates them, gives the steadier ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelReplicationsBenchmark {

    @Param({"1", "2"})
    public int threads;

    private ExecutorService workers;
    private ReplicationBatch batch;

    @Setup
    public void startWorkers() {
        workers = Executors.newFixedThreadPool(threads);
        batch = new ReplicationBatch();
    }

    @TearDown
    public void stopWorkers() {
        workers.shutdownNow();
    }

    /** Returns the customers served over all replications, which must not depend on {@code threads}. */
    @Benchmark
    public long replicate() throws InterruptedException, ExecutionException {
        return batch.runOn(workers);
    }
}
