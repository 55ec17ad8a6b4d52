package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void summarisesOneToTenWithTheStudentTInterval() {
        Summary summary = Summary.of(ONE_TO_TEN, 0.95);
        assertEquals(10, summary.n());
        assertEquals(5.5, summary.mean(), 1e-15);
        assertEquals(3.0276503540974917, summary.stdDev(), 1e-14);
        // t(9 dof, 0.975) = 2.262157; half-width = 2.262157 * 3.0276504 / sqrt(10).
        assertEquals(2.1658505896133917, summary.halfWidth(), 1e-9);
        assertEquals(1.0, summary.min());
        assertEquals(10.0, summary.max());
        assertEquals(0.95, summary.confidence());
        assertEquals(5.5 - 2.1658505896133917, summary.lower(), 1e-9);
        assertEquals(5.5 + 2.1658505896133917, summary.upper(), 1e-9);
    }

    @Test
    void halfWidthUsesTheTabulatedTQuantiles() {
        assertEquals(2.262157, tQuantileBehind(10, 0.95), 1e-6);
        assertEquals(12.706205, tQuantileBehind(2, 0.95), 1e-6);
        assertEquals(2.131847, tQuantileBehind(5, 0.90), 1e-6);
        assertEquals(2.749996, tQuantileBehind(31, 0.99), 1e-6);
    }

    /** Recovers t from halfWidth = t * stdDev / sqrt(n) for n evenly spread values. */
    private static double tQuantileBehind(int n, double confidence) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        Summary summary = Summary.of(values, confidence);
        return summary.halfWidth() / (summary.stdDev() / Math.sqrt(n));
    }

    @Test
    void containsIsTheClosedInterval() {
        Summary summary = Summary.of(ONE_TO_TEN, 0.95);
        assertTrue(summary.contains(5.5));
        assertTrue(summary.contains(summary.upper()));
        assertFalse(summary.contains(7.7));
        assertFalse(summary.contains(3.3));
    }

    @Test
    void higherConfidenceGivesAWiderInterval() {
        assertTrue(Summary.of(ONE_TO_TEN, 0.99).halfWidth() > Summary.of(ONE_TO_TEN, 0.95).halfWidth());
    }

    @Test
    void singleReplicationHasNoSpreadEstimate() {
        Summary summary = Summary.of(new double[] {4.25}, 0.95);
        assertEquals(1, summary.n());
        assertEquals(4.25, summary.mean());
        assertEquals(4.25, summary.min());
        assertEquals(4.25, summary.max());
        assertTrue(Double.isNaN(summary.stdDev()));
        assertTrue(Double.isNaN(summary.halfWidth()));
        assertFalse(summary.contains(4.25));
    }

    @Test
    void identicalValuesGiveAZeroWidthInterval() {
        Summary summary = Summary.of(new double[] {3, 3, 3}, 0.9);
        assertEquals(0.0, summary.stdDev());
        assertEquals(0.0, summary.halfWidth());
        assertTrue(summary.contains(3));
    }

    @Test
    void rejectsConfidenceOutsideTheOpenUnitIntervalNamingIt() {
        for (double confidence : new double[] {0, 1, 1.5, -0.2, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Summary.of(ONE_TO_TEN, confidence));
            assertTrue(e.getMessage().contains(String.valueOf(confidence)), e.getMessage());
        }
    }

    @Test
    void rejectsMissingAndInfiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[0], 0.95));
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> Summary.of(new double[] {1, 2, Double.NEGATIVE_INFINITY}, 0.95));
        assertTrue(inf.getMessage().contains("Infinity") && inf.getMessage().contains("index 2"), inf.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Summary(-1, 0, 0, 0, 0, 0, 0.95));
    }

    @Test
    void nanValuesAreReplicationsThatDidNotObserveTheMetric() {
        Summary s = Summary.of(new double[] {Double.NaN, 2, 4, Double.NaN, 6}, 0.95);
        Summary same = Summary.of(new double[] {2, 4, 6}, 0.95);
        assertEquals(same, s);
        Summary none = Summary.of(new double[] {Double.NaN, Double.NaN}, 0.95);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.lower(0)));
    }

    @Test
    void clippedIntervalsStayWithinTheirBounds() {
        Summary counts = Summary.of(new double[] {0, 0, 0, 0, 5}, 0.95);
        assertTrue(counts.lower() < 0, "the t interval of a skewed count reaches below 0");
        assertEquals(0, counts.lower(0));
        assertEquals(counts.upper(), counts.upper(Double.MAX_VALUE));
        Summary shares = Summary.of(new double[] {1, 1, 1, 0.9}, 0.95);
        assertTrue(shares.upper() > 1);
        assertEquals(1, shares.upper(1));
        assertEquals(shares.lower(), shares.lower(0), "a bound that is not reached changes nothing");
    }
}
