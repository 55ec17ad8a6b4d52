package org.corridorsim.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs replications on a Spark cluster and hands their outcomes to the driver in index order.
 *
 * <p>The index space (unit, replication) is cut into contiguous slices, one per partition. The
 * driver collects the partitions in windows, a few at a time and in partition order, and passes
 * each window's replicas on before it asks for more, while the next window already runs. So the
 * order in which tasks finish never reaches the caller, and the driver holds at most a few windows
 * of outcomes, however many replications there are. Nothing is reduced on the cluster: the caller
 * folds the outcomes, in the one order the threaded runner uses too.
 */
final class SparkReplications {

    /** Replications per partition unless {@code --partitions} says otherwise; bounds driver memory. */
    static final int MAX_PER_PARTITION = 1000;
    /** Partitions per core, so that a slow task does not leave the other cores idle for long. */
    static final int PARTITIONS_PER_CORE = 3;

    private final JavaSparkContext spark;
    private final int partitions;
    private final Fault fault;

    /** @param partitions the number of partitions per job, or 0 for the default */
    SparkReplications(JavaSparkContext spark, int partitions, Fault fault) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        this.spark = spark;
        this.partitions = partitions;
        this.fault = fault;
    }

    /** The partitions for {@code total} replications: the requested number, or the default. */
    int partitionsFor(long total) {
        if (partitions > 0) {
            return partitions;
        }
        long byCores = (long) PARTITIONS_PER_CORE * spark.defaultParallelism();
        long bySize = (total + MAX_PER_PARTITION - 1) / MAX_PER_PARTITION;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.max(byCores, bySize)));
    }

    /**
     * Runs, for each unit {@code u}, replications {@code ranges.get(u)[0]} to {@code ranges.get(u)[1]}
     * (exclusive), and gives every replica to {@code sink} in (unit, replication) order.
     *
     * @return the first failed replication in that order, after which nothing more is given to
     *         the sink; empty when all completed
     */
    Optional<Replica> run(Job job, List<int[]> ranges, Consumer<Replica> sink) throws InterruptedException {
        long total = ranges.stream().mapToLong(r -> r[1] - r[0]).sum();
        if (total == 0) {
            return Optional.empty();
        }
        if (stopped()) {
            throw new InterruptedException("Spark was stopped by a signal");
        }
        List<Slice> slices = Slices.split(ranges, partitionsFor(total)).stream().map(Slice::new).toList();
        Broadcast<Job> shared = spark.broadcast(job);
        ReplicationTask replicate = new ReplicationTask(shared, fault);
        int window = Math.max(1, spark.defaultParallelism());
        // two threads: the next window's job is submitted while the driver waits for this one
        ExecutorService collector = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "corridorsim-spark-collector");
            thread.setDaemon(true);
            return thread;
        });
        Deque<CompletableFuture<List<Replica>[]>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < slices.size() || !inFlight.isEmpty()) {
                while (next < slices.size() && inFlight.size() < 2) {
                    // One RDD per window: Spark fails every running job whose stages share an RDD with a
                    // failed stage, so windows over one RDD would lose the earlier window to a later failure.
                    List<Slice> part = slices.subList(next, Math.min(slices.size(), next + window));
                    JavaRDD<Replica> replicas = spark.parallelize(part, part.size()).mapPartitions(replicate);
                    int[] ids = range(0, part.size());
                    inFlight.add(CompletableFuture.supplyAsync(() -> replicas.collectPartitions(ids), collector));
                    next += ids.length;
                }
                for (List<Replica> partition : await(inFlight.poll())) {
                    for (Replica replica : partition) {
                        if (replica.failed()) {
                            return Optional.of(replica);
                        }
                        sink.accept(replica);
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            if (stopped()) {
                // Ctrl-C or SIGTERM: Spark's shutdown hook stopped the context under the running jobs
                InterruptedException stop = new InterruptedException("Spark was stopped by a signal");
                stop.initCause(e);
                throw stop;
            }
            throw e;
        } finally {
            collector.shutdownNow();
            if (!stopped()) {
                if (inFlight.isEmpty()) {
                    shared.destroy();
                } else {
                    spark.cancelAllJobs();
                    shared.unpersist();
                }
            }
        }
    }

    /** Whether the context was stopped, e.g. by Spark's own shutdown hook on a signal. */
    boolean stopped() {
        return spark.sc().isStopped();
    }

    private static int[] range(int from, int to) {
        int[] ids = new int[to - from];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = from + i;
        }
        return ids;
    }

    private static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
