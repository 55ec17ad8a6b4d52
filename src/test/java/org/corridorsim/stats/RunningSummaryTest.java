package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningSummaryTest {

    @Test
    void equalsTheArraySummaryToTheBit() {
        double[] values = {12.5, 3, 7.25, 1e6, -4, 0.1, 0.2, 0.3};
        RunningSummary running = new RunningSummary();
        for (double v : values) {
            running.add(v);
        }
        assertEquals(Summary.of(values, 0.9), running.summary(0.9));
    }

    @Test
    void skipsNaNAndCountsOnlyObservedValues() {
        RunningSummary running = new RunningSummary();
        running.add(Double.NaN);
        running.add(2);
        running.add(Double.NaN);
        running.add(4);
        Summary summary = running.summary(0.95);
        assertEquals(2, summary.n());
        assertEquals(3.0, summary.mean());
        assertEquals(Math.sqrt(2), summary.stdDev(), 1e-15);
        assertEquals(2.0, summary.min());
        assertEquals(4.0, summary.max());
    }

    @Test
    void noObservedValueGivesNZeroAndNaNEverywhere() {
        RunningSummary running = new RunningSummary();
        running.add(Double.NaN);
        Summary summary = running.summary(0.95);
        assertEquals(0, summary.n());
        assertTrue(Double.isNaN(summary.mean()));
        assertTrue(Double.isNaN(summary.min()));
        assertTrue(Double.isNaN(summary.halfWidth()));
    }

    @Test
    void infinityIsRefused() {
        RunningSummary running = new RunningSummary();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> running.add(Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void staysAccurateWhenTheMeanIsLargeComparedWithTheSpread() {
        RunningSummary running = new RunningSummary();
        for (int i = 0; i < 1000; i++) {
            running.add(1e9 + (i % 2));
        }
        assertEquals(0.5002501876563868, running.summary(0.95).stdDev(), 1e-9);
    }
}
