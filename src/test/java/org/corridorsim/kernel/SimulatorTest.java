package org.corridorsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void advancesTheClockToEachEvent() {
        Simulator sim = new Simulator();
        List<Double> seen = new ArrayList<>();
        EventHandler record = arg -> seen.add(sim.now());
        sim.scheduleAt(3.0, record, 0);
        sim.scheduleAfter(1.5, record, 0);
        sim.run();
        assertEquals(List.of(1.5, 3.0), seen);
        assertEquals(2, sim.executed());
    }

    @Test
    void simultaneousEventsRunByPriorityThenFifo() {
        Simulator sim = new Simulator();
        List<Integer> order = new ArrayList<>();
        EventHandler record = order::add;
        sim.scheduleAt(1.0, record, 1);
        sim.scheduleAt(1.0, record, 2);
        sim.scheduleAt(1.0, -5, record, 0);
        sim.scheduleAt(1.0, 7, record, 4);
        sim.scheduleAt(1.0, record, 3);
        sim.run();
        assertEquals(List.of(0, 1, 2, 3, 4), order);
    }

    @Test
    void eventsScheduledForNowRunAfterThoseAlreadyDue() {
        Simulator sim = new Simulator();
        List<Integer> order = new ArrayList<>();
        sim.scheduleAt(1.0, arg -> {
            order.add(arg);
            sim.scheduleAfter(0.0, order::add, 3);
        }, 1);
        sim.scheduleAt(1.0, order::add, 2);
        sim.run();
        assertEquals(List.of(1, 2, 3), order);
    }

    @Test
    void anEventIsDueNowOnlyWhileOneIsPendingAtTheCurrentTime() {
        for (Simulator sim : List.of(new Simulator(), new Simulator(new CalendarEventSet()))) {
            List<Boolean> seen = new ArrayList<>();
            sim.scheduleAt(5, a -> seen.add(sim.anythingDueNow()), 0);
            sim.scheduleAt(5, a -> seen.add(sim.anythingDueNow()), 0);
            sim.scheduleAt(9, a -> seen.add(sim.anythingDueNow()), 0);
            assertFalse(sim.anythingDueNow());
            sim.run();
            assertEquals(List.of(true, false, false), seen);
        }
    }

    /**
     * Runs a random cascade of events with many ties in time, some scheduled with priorities and
     * some cancelled; with {@code sources}, the events marked as a source's go through
     * {@link Simulator#scheduleSourceEvent}. Returns the ids in the order they ran.
     */
    private static List<Integer> cascade(Simulator sim, boolean sources) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        List<Integer> ran = new ArrayList<>();
        List<Long> cancellable = new ArrayList<>();
        int[] ids = {0};
        EventHandler[] handler = new EventHandler[1];
        handler[0] = id -> {
            ran.add(id);
            for (int k = random.nextInt(4); k > 0 && ids[0] < 5000; k--) {
                double time = sim.now() + random.nextInt(3);
                int kind = random.nextInt(4);
                int next = ++ids[0];
                if (kind == 0) {
                    if (sources) {
                        sim.scheduleSourceEvent(time, handler[0], next);
                    } else {
                        sim.scheduleAt(time, handler[0], next);
                    }
                } else if (kind == 1) {
                    sim.scheduleAt(time, random.nextInt(3) - 1, handler[0], next);
                } else {
                    cancellable.add(sim.scheduleAt(time, handler[0], next));
                }
            }
            if (!cancellable.isEmpty() && random.nextInt(5) == 0) {
                sim.cancel(cancellable.remove(random.nextInt(cancellable.size())));
            }
        };
        for (int i = 0; i < 20; i++) {
            if (sources && i % 2 == 0) {
                sim.scheduleSourceEvent(i % 4, handler[0], ++ids[0]);
            } else {
                sim.scheduleAt(i % 4, handler[0], ++ids[0]);
            }
        }
        sim.run();
        return ran;
    }

    @Test
    void sourceEventsRunInExactlyTheOrderOfOrdinaryOnes() {
        List<Integer> expected = cascade(new Simulator(), false);
        assertTrue(expected.size() > 1000, "events run: " + expected.size());
        assertEquals(expected, cascade(new Simulator(), true));
        assertEquals(expected, cascade(new Simulator(new CalendarEventSet()), true));
    }

    @Test
    void sourceEventsCountAsPendingAndDueNow() {
        Simulator sim = new Simulator();
        sim.scheduleSourceEvent(0, a -> { }, 0);
        assertEquals(1, sim.pending());
        assertTrue(sim.anythingDueNow());
        sim.run();
        assertEquals(0, sim.pending());
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleSourceEvent(-1, a -> { }, 0));
    }

    @Test
    void runUntilStopsAtTheHorizonAndLeavesLaterEventsPending() {
        Simulator sim = new Simulator();
        int[] count = new int[1];
        sim.scheduleAt(5.0, arg -> count[0]++, 0);
        sim.scheduleAt(10.0, arg -> count[0]++, 0);
        sim.scheduleAt(10.5, arg -> count[0]++, 0);
        sim.runUntil(10.0);
        assertEquals(2, count[0], "events exactly at the horizon run");
        assertEquals(10.0, sim.now());
        assertEquals(1, sim.pending());
        sim.run();
        assertEquals(3, count[0]);
        assertEquals(10.5, sim.now());
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEvent() {
        Simulator sim = new Simulator();
        int[] count = new int[1];
        sim.scheduleAt(1.0, arg -> {
            count[0]++;
            sim.stop();
        }, 0);
        sim.scheduleAt(2.0, arg -> count[0]++, 0);
        sim.runUntil(100.0);
        assertEquals(1, count[0]);
        assertEquals(1.0, sim.now(), "a stopped run keeps the clock at the last event");
        sim.run();
        assertEquals(2, count[0]);
    }

    @Test
    void cancelledEventsDoNotRun() {
        Simulator sim = new Simulator();
        int[] count = new int[1];
        long h = sim.scheduleAfter(1.0, arg -> count[0]++, 0);
        sim.scheduleAfter(2.0, arg -> count[0] += 10, 0);
        assertTrue(sim.cancel(h));
        assertFalse(sim.cancel(h));
        sim.run();
        assertEquals(10, count[0]);
    }

    @Test
    void rejectsBadTimesNamingTheValueAndStaysUsable() {
        Simulator sim = new Simulator();
        sim.scheduleAt(2.0, arg -> { }, 0);
        sim.run();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.scheduleAfter(-3.0, arg -> { }, 0));
        assertTrue(e.getMessage().contains("-3.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sim.scheduleAfter(Double.NaN, arg -> { }, 0));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(1.0, arg -> { }, 0));
        assertTrue(e.getMessage().contains("1.0") && e.getMessage().contains("2.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(Double.POSITIVE_INFINITY, arg -> { }, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(3.0, 1 << 20, arg -> { }, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(1.0));
        assertEquals(0, sim.pending(), "rejected events leave the set untouched");
        int[] ran = new int[1];
        sim.scheduleAfter(1.0, arg -> ran[0]++, 0);
        sim.run();
        assertEquals(1, ran[0]);
        assertEquals(3.0, sim.now());
    }

    @Test
    void aFailingHandlerLeavesTheEventSetConsistent() {
        Simulator sim = new Simulator();
        int[] count = new int[1];
        sim.scheduleAt(1.0, arg -> {
            throw new IllegalStateException("boom");
        }, 0);
        sim.scheduleAt(2.0, arg -> count[0]++, 0);
        assertThrows(IllegalStateException.class, sim::run);
        assertEquals(1, sim.pending());
        sim.run();
        assertEquals(1, count[0]);
    }

    @Test
    void resetStartsAFreshReplication() {
        Simulator sim = new Simulator();
        sim.scheduleAt(5.0, arg -> { }, 0);
        sim.scheduleAt(7.0, arg -> { }, 0);
        sim.runUntil(6.0);
        sim.reset();
        assertEquals(0.0, sim.now());
        assertEquals(0, sim.pending());
        assertEquals(0, sim.executed());
        List<Integer> order = new ArrayList<>();
        sim.scheduleAt(1.0, order::add, 1);
        sim.run();
        assertEquals(List.of(1), order);
    }

    @Test
    void independentSimulatorsRunOnSeparateThreads() throws Exception {
        long[] results = new long[4];
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                Simulator sim = new Simulator();
                long[] sum = new long[1];
                EventHandler tick = new EventHandler() {
                    @Override
                    public void handle(int arg) {
                        sum[0] += arg;
                        if (arg < 10_000) {
                            sim.scheduleAfter(1.0, this, arg + 1);
                        }
                    }
                };
                sim.scheduleAt(0.0, tick, 0);
                sim.run();
                results[index] = sum[0];
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (long r : results) {
            assertEquals(10_000L * 10_001L / 2, r);
        }
    }
}
