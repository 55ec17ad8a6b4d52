package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinnedSeriesTest {

    /** Four bins of width 5 over [10, 30). */
    private static BinnedSeries series() {
        return new BinnedSeries(10, 5, 4);
    }

    @Test
    void addsAmountsToTheBinContainingTheTime() {
        BinnedSeries series = series();
        series.add(10, 1);
        series.add(14.999, 2);
        series.add(15, 3);
        series.add(29.999, 4);
        series.increment(22);
        assertArrayEquals(new double[] {3, 3, 1, 4}, series.values());
        assertEquals(3.0, series.bin(0));
        assertEquals(0.0, series.outOfRange());
    }

    @Test
    void timesOutsideTheRangeAreCountedSeparately() {
        BinnedSeries series = series();
        series.add(30, 5);
        series.add(9.9, 6);
        series.add(Double.POSITIVE_INFINITY, 1);
        series.add(20, 2);
        assertEquals(12.0, series.outOfRange());
        assertArrayEquals(new double[] {0, 0, 2, 0}, series.values());
    }

    @Test
    void describesItsLayout() {
        BinnedSeries series = series();
        assertEquals(4, series.bins());
        assertEquals(10.0, series.start());
        assertEquals(5.0, series.binWidth());
        assertEquals(30.0, series.end());
        assertEquals(10.0, series.binStart(0));
        assertEquals(25.0, series.binStart(3));
    }

    @Test
    void timeJustBeforeTheEndLandsInTheLastBinDespiteRounding() {
        double[][] layouts = {{0, 0.1, 3}, {1e9, 1e-3, 7}, {-5, 1.0 / 3, 9}, {0.7, 0.7, 1000}};
        for (double[] layout : layouts) {
            BinnedSeries series = new BinnedSeries(layout[0], layout[1], (int) layout[2]);
            series.add(Math.nextDown(series.end()), 1);
            assertEquals(1.0, series.bin(series.bins() - 1), "layout start " + layout[0] + " width " + layout[1]);
            assertEquals(0.0, series.outOfRange());
        }
    }

    @Test
    void valuesReturnsACopy() {
        BinnedSeries series = series();
        series.add(12, 1);
        series.values()[0] = 99;
        assertEquals(1.0, series.bin(0));
    }

    @Test
    void mergeAddsBinsOfTheSameLayout() {
        BinnedSeries a = series();
        a.add(11, 1);
        a.add(40, 2);
        BinnedSeries b = series();
        b.add(12, 3);
        b.add(27, 4);
        b.add(0, 1);
        a.merge(b);
        assertArrayEquals(new double[] {4, 0, 0, 4}, a.values());
        assertEquals(3.0, a.outOfRange());
        assertArrayEquals(new double[] {3, 0, 0, 4}, b.values(), "the merged-in series is unchanged");
    }

    @Test
    void mergeOfADifferentLayoutIsRejectedDescribingBoth() {
        BinnedSeries a = series();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> a.merge(new BinnedSeries(10, 5, 6)));
        assertTrue(e.getMessage().contains("4 bins") && e.getMessage().contains("6 bins"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.merge(new BinnedSeries(10, 2.5, 4)));
        assertThrows(IllegalArgumentException.class, () -> a.merge(new BinnedSeries(0, 5, 4)));
    }

    @Test
    void resetClearsBinsAndOverflow() {
        BinnedSeries series = series();
        series.add(11, 1);
        series.add(50, 1);
        series.reset();
        assertArrayEquals(new double[4], series.values());
        assertEquals(0.0, series.outOfRange());
    }

    @Test
    void rejectsBadLayoutsNamingTheValue() {
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> new BinnedSeries(0, -2, 3));
        assertTrue(width.getMessage().contains("-2.0"), width.getMessage());
        IllegalArgumentException bins = assertThrows(IllegalArgumentException.class,
                () -> new BinnedSeries(0, 1, 0));
        assertTrue(bins.getMessage().contains("got 0"), bins.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BinnedSeries(Double.NaN, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new BinnedSeries(0, Double.POSITIVE_INFINITY, 3));
        assertThrows(IllegalArgumentException.class, () -> new BinnedSeries(0, Double.MAX_VALUE, 3));
    }

    @Test
    void rejectsBadUpdatesAndIndices() {
        BinnedSeries series = series();
        assertThrows(IllegalArgumentException.class, () -> series.add(Double.NaN, 1));
        IllegalArgumentException amount = assertThrows(IllegalArgumentException.class,
                () -> series.add(12, Double.NaN));
        assertTrue(amount.getMessage().contains("NaN"), amount.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class, () -> series.bin(4));
        assertTrue(index.getMessage().contains("got 4"), index.getMessage());
        assertThrows(IllegalArgumentException.class, () -> series.binStart(-1));
    }
}
