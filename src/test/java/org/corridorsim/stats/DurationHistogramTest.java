package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {

    private static final double[] PERCENTILES = {0, 1, 10, 25, 50, 75, 90, 99, 99.9, 100};

    @Test
    void emptyHistogramHasNoStatistics() {
        DurationHistogram histogram = new DurationHistogram();
        assertEquals(0, histogram.count());
        assertTrue(Double.isNaN(histogram.percentile(50)));
        assertTrue(Double.isNaN(histogram.mean()));
        assertTrue(Double.isNaN(histogram.max()));
    }

    @Test
    void percentilesOfAKnownSampleAreCloseToTheirRanks() {
        DurationHistogram histogram = new DurationHistogram();
        for (int s = 1000; s >= 1; s--) {
            histogram.record(s);
        }
        assertEquals(1000, histogram.count());
        assertEquals(500.5, histogram.mean(), 1e-12);
        assertEquals(1.0, histogram.min());
        assertEquals(1000.0, histogram.max());
        assertEquals(1.0, histogram.percentile(0));
        assertEquals(500.0, histogram.percentile(50), 500 * 1e-3);
        assertEquals(990.0, histogram.percentile(99), 990 * 1e-3);
        assertEquals(1000.0, histogram.percentile(100));
    }

    @Test
    void percentilesAreWithinTheStatedPrecisionOfExactRanks() {
        SplittableRandom random = new SplittableRandom(42);
        double[] durations = new double[20_000];
        DurationHistogram histogram = new DurationHistogram();
        for (int i = 0; i < durations.length; i++) {
            durations[i] = -600 * Math.log(1 - random.nextDouble());
            histogram.record(durations[i]);
        }
        Arrays.sort(durations);
        for (double p : PERCENTILES) {
            double exact = nearestRank(durations, p);
            double tolerance = exact * 1e-3 + histogram.resolutionSeconds();
            assertEquals(exact, histogram.percentile(p), tolerance, "percentile " + p);
        }
        assertEquals(Arrays.stream(durations).average().orElseThrow(), histogram.mean(), 1e-9);
    }

    /** The smallest value with at least p percent of values at or below it, as HdrHistogram defines it. */
    private static double nearestRank(double[] sorted, double p) {
        // The small slack keeps p * n / 100 from rounding just above a whole rank (99.9% of 20000).
        int rank = (int) Math.max(1, Math.ceil(p * sorted.length / 100 - 1e-9));
        return sorted[rank - 1];
    }

    @Test
    void mergeEqualsRecordingEverythingInOne() {
        SplittableRandom random = new SplittableRandom(7);
        DurationHistogram left = new DurationHistogram();
        DurationHistogram right = new DurationHistogram();
        DurationHistogram all = new DurationHistogram();
        for (int i = 0; i < 5000; i++) {
            double seconds = 3600 * random.nextDouble();
            (i % 3 == 0 ? left : right).record(seconds);
            all.record(seconds);
        }
        left.merge(right);
        assertEquals(all.count(), left.count());
        assertEquals(all.mean(), left.mean(), 1e-9);
        assertEquals(all.min(), left.min());
        assertEquals(all.max(), left.max());
        for (double p : PERCENTILES) {
            assertEquals(all.percentile(p), left.percentile(p), "percentile " + p);
        }
    }

    @Test
    void mergeOfADifferentLayoutIsRejected() {
        DurationHistogram histogram = new DurationHistogram();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> histogram.merge(new DurationHistogram(0.001, 3600, 2)));
        assertTrue(e.getMessage().contains("2 significant digits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> histogram.merge(histogram));
    }

    @Test
    void durationsAboveTheRangeAreCountedAtTheTop() {
        DurationHistogram histogram = new DurationHistogram(0.001, 10, 3);
        histogram.record(5);
        histogram.record(20);
        assertEquals(1, histogram.aboveRange());
        assertEquals(20.0, histogram.max(), "max stays exact");
        assertEquals(12.5, histogram.mean(), 1e-12);
        double top = histogram.percentile(100);
        assertTrue(top >= 10 && top <= 10 * 1.001, "top percentile " + top);
    }

    @Test
    void resetForgetsEverything() {
        DurationHistogram histogram = new DurationHistogram(0.01, 100, 2);
        histogram.record(500);
        histogram.record(3);
        histogram.reset();
        assertEquals(0, histogram.count());
        assertEquals(0, histogram.aboveRange());
        histogram.record(7);
        assertEquals(7.0, histogram.min());
        assertEquals(7.0, histogram.percentile(50), 7 * 1e-2);
    }

    @Test
    void rejectsBadInputNamingTheValue() {
        DurationHistogram histogram = new DurationHistogram();
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> histogram.record(-1.5));
        assertTrue(negative.getMessage().contains("-1.5"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> histogram.record(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> histogram.record(Double.POSITIVE_INFINITY));
        IllegalArgumentException percentile = assertThrows(IllegalArgumentException.class,
                () -> histogram.percentile(100.5));
        assertTrue(percentile.getMessage().contains("100.5"), percentile.getMessage());
        assertThrows(IllegalArgumentException.class, () -> histogram.percentile(-1));
        assertThrows(IllegalArgumentException.class, () -> new DurationHistogram(0, 10, 3));
        assertThrows(IllegalArgumentException.class, () -> new DurationHistogram(1, 1, 3));
        IllegalArgumentException digits = assertThrows(IllegalArgumentException.class,
                () -> new DurationHistogram(0.001, 10, 6));
        assertTrue(digits.getMessage().contains("got 6"), digits.getMessage());
        assertEquals(0, histogram.count());
    }

    @Test
    void recordAllocatesNothing() {
        // Counts bytes, not time: a single allocation per record would show as megabytes here.
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        DurationHistogram histogram = new DurationHistogram();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 200_000; i++) {
            histogram.record(i * 0.37);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(200_000, histogram.count());
        assertTrue(allocated < 100_000, "record allocated " + allocated + " bytes");
    }
}
