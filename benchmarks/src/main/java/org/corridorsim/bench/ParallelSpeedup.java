package org.corridorsim.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The speedup of a {@link ReplicationBatch} on 2 workers over 1, measured by alternating the two
 * (1, 2, 1, 2, ...) so that both see the same machine: on a shared host whose speed drifts by
 * tens of percent over a minute, timing them minutes apart, as JMH does, blurs the ratio.
 *
 * <pre>java -cp benchmarks.jar org.corridorsim.bench.ParallelSpeedup [rounds]   (default 15)</pre>
 */
public final class ParallelSpeedup {

    private ParallelSpeedup() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ReplicationBatch batch = new ReplicationBatch();
        ExecutorService one = Executors.newFixedThreadPool(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            long expected = batch.runOn(one);
            for (int w = 0; w < 5; w++) {
                batch.runOn(one);
                batch.runOn(two);
            }
            double[] oneMillis = new double[rounds];
            double[] twoMillis = new double[rounds];
            double[] speedups = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                oneMillis[r] = timeMillis(batch, one, expected);
                twoMillis[r] = timeMillis(batch, two, expected);
                speedups[r] = oneMillis[r] / twoMillis[r];
            }
            System.out.printf(Locale.ROOT, "%d replications x %,d customers, %d alternating rounds (medians):%n",
                    ReplicationBatch.REPLICATIONS, ReplicationBatch.CUSTOMERS_PER_REPLICATION, rounds);
            System.out.printf(Locale.ROOT, "1 thread %.1f ms, 2 threads %.1f ms, speedup %.2f (range %.2f to %.2f)%n",
                    median(oneMillis), median(twoMillis), median(speedups), min(speedups), max(speedups));
        } finally {
            one.shutdownNow();
            two.shutdownNow();
        }
    }

    private static double timeMillis(ReplicationBatch batch, ExecutorService workers, long expected)
            throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        long served = batch.runOn(workers);
        double millis = (System.nanoTime() - start) / 1e6;
        if (served != expected) {
            throw new IllegalStateException(
                    "replications must not depend on the thread count: served " + served + ", expected " + expected);
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
