package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

    /** Level 0 on [0,2), 3 on [2,5), 1 on [5,9), 4 from 9: area to 10 is 0 + 9 + 4 + 4 = 17. */
    private static TimeWeighted stepFunction() {
        TimeWeighted level = new TimeWeighted(0, 0);
        level.update(2, 3);
        level.update(5, 1);
        level.update(9, 4);
        return level;
    }

    @Test
    void averagesAHandMadeStepFunction() {
        TimeWeighted level = stepFunction();
        assertEquals(17.0, level.area(10), 1e-12);
        assertEquals(1.7, level.timeAverage(10), 1e-12);
        assertEquals(4.0, level.level());
        assertEquals(0.0, level.min());
        assertEquals(4.0, level.max());
        // Asking for an average does not close the interval: later updates still count.
        assertEquals(13.0 / 9.0, level.timeAverage(9), 1e-12);
        level.update(12, 0);
        assertEquals(25.0 / 12.0, level.timeAverage(12), 1e-12);
    }

    @Test
    void incrementAndDecrementStepByOne() {
        TimeWeighted queue = new TimeWeighted(0, 0);
        queue.increment(1);
        queue.increment(2);
        queue.decrement(4);
        assertEquals(1.0, queue.level());
        assertEquals(2.0, queue.max());
        // 0 on [0,1), 1 on [1,2), 2 on [2,4), 1 on [4,6): area 7.
        assertEquals(7.0 / 6.0, queue.timeAverage(6), 1e-12);
    }

    @Test
    void nonZeroStartTimeIsTheOriginOfTheAverage() {
        TimeWeighted level = new TimeWeighted(100, 2);
        level.update(104, 6);
        assertEquals(2.0 * 4 + 6.0 * 6, level.area(110), 1e-12);
        assertEquals(44.0 / 10.0, level.timeAverage(110), 1e-12);
        assertEquals(100.0, level.startTime());
    }

    @Test
    void resetDeletesTheWarmUpButKeepsTheLevel() {
        TimeWeighted level = stepFunction();
        TimeWeighted fresh = new TimeWeighted(0, 0);
        fresh.update(2, 3);
        fresh.reset(4);
        fresh.update(5, 1);
        fresh.update(9, 4);
        // From 4: 3 on [4,5), 1 on [5,9), 4 on [9,10): area 11 over 6.
        assertEquals(11.0, fresh.area(10), 1e-12);
        assertEquals(11.0 / 6.0, fresh.timeAverage(10), 1e-12);
        assertEquals(1.0, fresh.min(), "the level 0 held before the reset no longer counts");
        assertEquals(4.0, fresh.max());
        assertEquals(4.0, fresh.startTime());
        assertEquals(1.7, level.timeAverage(10), 1e-12);
    }

    @Test
    void zeroElapsedTimeHasNoAverage() {
        TimeWeighted level = new TimeWeighted(3, 5);
        assertTrue(Double.isNaN(level.timeAverage(3)));
        assertEquals(0.0, level.area(3));
    }

    @Test
    void timeGoingBackwardsIsRejectedNamingBothTimes() {
        TimeWeighted level = new TimeWeighted(0, 0);
        level.update(5, 1);
        IllegalArgumentException update = assertThrows(IllegalArgumentException.class, () -> level.update(4, 2));
        assertTrue(update.getMessage().contains("5.0") && update.getMessage().contains("4.0"), update.getMessage());
        IllegalArgumentException average = assertThrows(IllegalArgumentException.class,
                () -> level.timeAverage(4.5));
        assertTrue(average.getMessage().contains("4.5"), average.getMessage());
        assertThrows(IllegalArgumentException.class, () -> level.reset(1));
        assertThrows(IllegalArgumentException.class, () -> level.update(Double.NaN, 1));
        assertEquals(1.0, level.level(), "a rejected update changes nothing");
    }

    @Test
    void rejectsNonFiniteLevelsAndStartTimes() {
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
                () -> new TimeWeighted(0, Double.NaN));
        assertTrue(level.getMessage().contains("NaN"), level.getMessage());
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
                () -> new TimeWeighted(Double.POSITIVE_INFINITY, 0));
        assertTrue(start.getMessage().contains("Infinity"), start.getMessage());
        TimeWeighted ok = new TimeWeighted(0, 0);
        assertThrows(IllegalArgumentException.class, () -> ok.update(1, Double.POSITIVE_INFINITY));
    }

    @Test
    void mergingTwoHalvesEqualsTheWholeSeries() {
        TimeWeighted firstHalf = new TimeWeighted(0, 0);
        firstHalf.update(2, 3);
        firstHalf.update(5, 3);
        TimeWeighted secondHalf = new TimeWeighted(5, 3);
        secondHalf.update(5, 1);
        secondHalf.update(9, 4);
        secondHalf.update(10, 4);

        firstHalf.merge(secondHalf);
        assertEquals(17.0, firstHalf.area(5), 1e-12);
        assertEquals(1.7, firstHalf.timeAverage(5), 1e-12);
        assertEquals(0.0, firstHalf.min());
        assertEquals(4.0, firstHalf.max());
        assertEquals(3.0, firstHalf.level(), "merging keeps this statistic's own level");
    }

    @Test
    void mergedPartCountsOnlyUpToItsLastUpdate() {
        TimeWeighted busy = new TimeWeighted(0, 2);
        busy.update(4, 0);
        TimeWeighted other = new TimeWeighted(10, 1);
        other.update(12, 5);
        // other contributes area 2 over duration 2; its level 5 after time 12 is not yet counted.
        busy.merge(other);
        assertEquals((8.0 + 2.0) / (6.0 + 2.0), busy.timeAverage(6), 1e-12);
        assertEquals(5.0, busy.max());
        busy.reset(6);
        assertEquals(0.0, busy.max(), "reset drops merged contributions");
        assertTrue(Double.isNaN(busy.timeAverage(6)));
    }
}
