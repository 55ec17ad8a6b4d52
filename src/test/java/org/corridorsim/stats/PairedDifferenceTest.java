package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    private static final double[] BASELINE = {10, 12, 14, 11};
    private static final double[] EXTRA_LANE = {9, 10, 13, 9};

    @Test
    void differencesAreFirstMinusSecondByReplication() {
        assertArrayEquals(new double[] {1, 2, 1, 2}, PairedDifference.differences(BASELINE, EXTRA_LANE));
    }

    @Test
    void summarisesTheDifferencesWithATInterval() {
        Summary difference = PairedDifference.of(BASELINE, EXTRA_LANE, 0.95);
        assertEquals(4, difference.n());
        assertEquals(1.5, difference.mean(), 1e-15);
        assertEquals(Math.sqrt(1.0 / 3.0), difference.stdDev(), 1e-15);
        // t(3 dof, 0.975) = 3.182446; half-width = 3.182446 * sqrt(1/3) / 2.
        assertEquals(0.9186931155186995, difference.halfWidth(), 1e-9);
        assertFalse(difference.contains(0), "the extra lane shortens waits in every replication");
    }

    @Test
    void pairingRemovesTheSharedReplicationNoise() {
        // Replication effects (+0, +50, -30, +80) are shared, so the paired interval is far tighter.
        double[] first = {100, 150, 70, 180};
        double[] second = {98, 147, 68, 177};
        Summary paired = PairedDifference.of(first, second, 0.95);
        double independentHalfWidth = Summary.of(first, 0.95).halfWidth() + Summary.of(second, 0.95).halfWidth();
        assertTrue(paired.halfWidth() < independentHalfWidth / 20,
                paired.halfWidth() + " vs " + independentHalfWidth);
        assertFalse(paired.contains(0));
    }

    @Test
    void rejectsUnequalReplicationCountsNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {1, 2, 3}, new double[] {1, 2}, 0.95));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("2"), e.getMessage());
    }
}
