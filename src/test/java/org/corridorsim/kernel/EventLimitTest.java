package org.corridorsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventLimitTest {

    @Test
    void aZeroTimeCycleStopsAtTheBoundOnEventsAtOneInstant() {
        Simulator sim = new Simulator();
        sim.limitEvents(1000, 1_000_000);
        EventHandler[] loop = new EventHandler[1];
        loop[0] = arg -> sim.scheduleAfter(0, loop[0], arg);
        sim.scheduleAt(5, loop[0], 0);
        EventLimitExceeded e = assertThrows(EventLimitExceeded.class, sim::run);
        assertTrue(e.atOneInstant());
        assertEquals(5.0, e.time());
        assertSame(loop[0], e.handler());
        assertEquals(1000, sim.executed());
        assertEquals("more than 1000 events at simulated time 5.0 s, so time no longer advances", e.getMessage());
    }

    @Test
    void manyEventsAtOneInstantThenTimeAdvancingIsFine() {
        Simulator sim = new Simulator();
        sim.limitEvents(10, 1_000);
        int[] count = new int[1];
        for (int t = 0; t < 50; t++) {
            for (int i = 0; i < 10; i++) {
                sim.scheduleAt(t, arg -> count[0]++, 0);
            }
        }
        sim.run();
        assertEquals(500, count[0], "exactly the bound at each instant is allowed");
    }

    @Test
    void theTotalBudgetStopsARunThatAdvancesButNeverEnds() {
        Simulator sim = new Simulator();
        sim.limitEvents(10, 200);
        EventHandler[] tick = new EventHandler[1];
        tick[0] = arg -> sim.scheduleAfter(1, tick[0], arg);
        sim.scheduleAt(0, tick[0], 0);
        EventLimitExceeded e = assertThrows(EventLimitExceeded.class, sim::run);
        assertFalse(e.atOneInstant());
        assertEquals(200, e.limit());
        assertEquals(200.0, e.time());
        assertTrue(e.getMessage().startsWith("more than the event budget of 200 events"), e.getMessage());
    }

    @Test
    void limitsMustBePositive() {
        Simulator sim = new Simulator();
        assertThrows(IllegalArgumentException.class, () -> sim.limitEvents(0, 10));
        assertThrows(IllegalArgumentException.class, () -> sim.limitEvents(10, 0));
    }
}
