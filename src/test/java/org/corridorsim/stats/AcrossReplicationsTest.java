package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcrossReplicationsTest {

    /** Ten replications; "wait" takes 1..10 and "crossed" 100 + 2r. */
    private static AcrossReplications tenReplications() {
        AcrossReplications across = new AcrossReplications();
        for (int r = 1; r <= 10; r++) {
            across.add("wait", r);
            across.add("crossed", 100 + 2 * r);
        }
        return across;
    }

    @Test
    void keepsMetricsInFirstAddedOrder() {
        AcrossReplications across = new AcrossReplications();
        across.add("zeta", 1);
        across.add("alpha", 2);
        across.add("zeta", 3);
        across.add("mid", 4);
        assertEquals(List.of("zeta", "alpha", "mid"), across.metrics());
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(across.summaries(0.95).keySet()));
    }

    @Test
    void summarisesEachMetric() {
        Map<String, Summary> summaries = tenReplications().summaries(0.95);
        Summary wait = summaries.get("wait");
        assertEquals(10, wait.n());
        assertEquals(5.5, wait.mean(), 1e-15);
        assertEquals(2.1658505896133917, wait.halfWidth(), 1e-9);
        Summary crossed = summaries.get("crossed");
        assertEquals(111.0, crossed.mean(), 1e-12);
        assertEquals(2 * 2.1658505896133917, crossed.halfWidth(), 1e-9);
        assertEquals(0.95, crossed.confidence());
        assertEquals(wait, tenReplications().summary("wait", 0.95));
    }

    @Test
    void valuesAreACopyInReplicationOrder() {
        AcrossReplications across = tenReplications();
        double[] wait = across.values("wait");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, wait);
        wait[0] = 99;
        assertEquals(1.0, across.values("wait")[0]);
        assertEquals(10, across.count("wait"));
        assertEquals(0, across.count("absent"));
    }

    @Test
    void summariesCannotBeModified() {
        Map<String, Summary> summaries = tenReplications().summaries(0.9);
        assertThrows(UnsupportedOperationException.class, () -> summaries.remove("wait"));
    }

    @Test
    void mergeAppendsReplicationsAndNewMetrics() {
        AcrossReplications first = new AcrossReplications();
        first.add("wait", 1);
        first.add("wait", 2);
        AcrossReplications second = new AcrossReplications();
        second.add("crossed", 7);
        second.add("wait", 3);
        first.merge(second);
        assertArrayEquals(new double[] {1, 2, 3}, first.values("wait"));
        assertEquals(List.of("wait", "crossed"), first.metrics());
        assertEquals(1, second.count("wait"), "the merged-in accumulator is unchanged");
        assertThrows(IllegalArgumentException.class, () -> first.merge(first));
    }

    @Test
    void growsPastItsInitialCapacity() {
        AcrossReplications across = new AcrossReplications();
        for (int r = 0; r < 1000; r++) {
            across.add("wait", r);
        }
        assertEquals(1000, across.count("wait"));
        assertEquals(499.5, across.summary("wait", 0.95).mean(), 1e-12);
        assertEquals(999.0, across.values("wait")[999]);
    }

    @Test
    void resetForgetsAllMetrics() {
        AcrossReplications across = tenReplications();
        across.reset();
        assertEquals(List.of(), across.metrics());
        assertTrue(across.summaries(0.95).isEmpty());
    }

    @Test
    void rejectsUnknownMetricsNamingThemAndTheKnownOnes() {
        AcrossReplications across = tenReplications();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> across.summary("waiting", 0.95));
        assertTrue(e.getMessage().contains("'waiting'") && e.getMessage().contains("wait, crossed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> across.values("waiting"));
    }

    @Test
    void rejectsBlankNamesAndInfiniteValues() {
        AcrossReplications across = new AcrossReplications();
        assertThrows(IllegalArgumentException.class, () -> across.add(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> across.add(null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> across.add("wait", Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().contains("'wait'") && e.getMessage().contains("Infinity"), e.getMessage());
        assertEquals(List.of(), across.metrics());
    }

    @Test
    void aReplicationThatDidNotObserveAMetricIsSkippedAndNotCounted() {
        AcrossReplications across = new AcrossReplications();
        across.add("wait", 10);
        across.add("wait", Double.NaN);
        across.add("wait", 20);
        across.add("transport.wait", Double.NaN);
        Summary wait = across.summary("wait", 0.95);
        assertEquals(2, wait.n());
        assertEquals(15, wait.mean());
        assertEquals(3, across.count("wait"), "the NaN keeps its place, so replications stay aligned");
        Summary none = across.summary("transport.wait", 0.95);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.halfWidth()));
    }
}
