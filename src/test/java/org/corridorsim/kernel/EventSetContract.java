package org.corridorsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The checks every {@link EventSet} implementation must pass; subclasses supply the instance. */
abstract class EventSetContract {

    private static final EventHandler NOOP = arg -> { };

    protected abstract EventSet newEventSet();

    /**
     * How often the set had to recover from what the random sequences below do to it: the heap
     * sweeping out cancelled entries, the calendar queue stepping back to an earlier day.
     */
    protected abstract int recoveries(EventSet set);

    private record Entry(double time, long order, int arg) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(time, o.time);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    @Test
    void emptySetReportsInfinityAndRefusesRemoval() {
        EventSet set = newEventSet();
        assertTrue(set.isEmpty());
        assertEquals(Double.POSITIVE_INFINITY, set.firstTime());
        assertThrows(IllegalStateException.class, set::removeFirst);
    }

    @Test
    void removesInTimeThenOrder() {
        EventSet set = newEventSet();
        set.add(5.0, 2, NOOP, 52);
        set.add(1.0, 9, NOOP, 19);
        set.add(5.0, 1, NOOP, 51);
        set.add(3.0, 0, NOOP, 30);
        int[] expected = {19, 30, 51, 52};
        for (int arg : expected) {
            set.removeFirst();
            assertEquals(arg, set.removedArg());
        }
        assertTrue(set.isEmpty());
    }

    @Test
    void returnsTheHandlerThatWasAdded() {
        EventSet set = newEventSet();
        EventHandler a = arg -> { };
        EventHandler b = arg -> { };
        set.add(2.0, 0, b, 0);
        set.add(1.0, 1, a, 0);
        assertEquals(a, set.removeFirst());
        assertEquals(1.0, set.removedTime());
        assertEquals(b, set.removeFirst());
    }

    @Test
    void cancelRemovesOnlyThatEntryAndOnlyOnce() {
        EventSet set = newEventSet();
        long h1 = set.add(1.0, 0, NOOP, 1);
        set.add(2.0, 1, NOOP, 2);
        long h3 = set.add(3.0, 2, NOOP, 3);
        assertTrue(set.cancel(h1));
        assertFalse(set.cancel(h1));
        assertEquals(2, set.size());
        assertEquals(2.0, set.firstTime());
        set.removeFirst();
        assertEquals(2, set.removedArg());
        set.removeFirst();
        assertFalse(set.cancel(h3), "an entry that already ran cannot be cancelled");
        assertTrue(set.isEmpty());
    }

    @Test
    void staleHandleDoesNotCancelTheSlotsNextOccupant() {
        EventSet set = newEventSet();
        long old = set.add(1.0, 0, NOOP, 1);
        set.removeFirst();
        set.add(2.0, 1, NOOP, 2);
        assertFalse(set.cancel(old));
        assertEquals(1, set.size());
        assertFalse(set.cancel(12345L << 32 | 999));
    }

    @Test
    void clearEmptiesTheSetAndInvalidatesHandles() {
        EventSet set = newEventSet();
        long h = set.add(1.0, 0, NOOP, 1);
        set.add(2.0, 1, NOOP, 2);
        set.clear();
        assertTrue(set.isEmpty());
        assertFalse(set.cancel(h));
        set.add(4.0, 2, NOOP, 4);
        set.removeFirst();
        assertEquals(4, set.removedArg());
    }

    @Test
    void matchesAReferenceQueueUnderRandomOperations() {
        SplittableRandom random = new SplittableRandom(42);
        EventSet set = newEventSet();
        PriorityQueue<Entry> reference = new PriorityQueue<>();
        List<long[]> handles = new ArrayList<>();
        List<Entry> handleEntries = new ArrayList<>();
        double now = 0;
        long order = 0;
        for (int step = 0; step < 200_000; step++) {
            int op = random.nextInt(10);
            if (op < 5 || reference.isEmpty()) {
                // coarse times make ties frequent, so the order tie-break is exercised
                double time = now + Math.floor(random.nextDouble() * 50);
                Entry e = new Entry(time, order++, step);
                handles.add(new long[] {set.add(time, e.order(), NOOP, step)});
                handleEntries.add(e);
                reference.add(e);
            } else if (op < 8) {
                Entry expected = reference.poll();
                assertEquals(expected.time(), set.firstTime());
                set.removeFirst();
                assertEquals(expected.time(), set.removedTime());
                assertEquals(expected.arg(), set.removedArg());
                now = expected.time();
            } else {
                int i = random.nextInt(handles.size());
                boolean wasPending = reference.remove(handleEntries.get(i));
                assertEquals(wasPending, set.cancel(handles.get(i)[0]));
            }
            assertEquals(reference.size(), set.size());
        }
        while (!reference.isEmpty()) {
            Entry expected = reference.poll();
            set.removeFirst();
            assertEquals(expected.arg(), set.removedArg());
        }
        assertTrue(set.isEmpty());
    }

    @Test
    void growsFarBeyondItsInitialCapacity() {
        EventSet set = newEventSet();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            set.add((i * 7919L) % n, i, NOOP, i);
        }
        double last = -1;
        for (int i = 0; i < n; i++) {
            set.removeFirst();
            assertTrue(set.removedTime() >= last);
            last = set.removedTime();
        }
        assertTrue(set.isEmpty());
    }

    @Test
    void manySimultaneousEventsComeOutInOrder() {
        EventSet set = newEventSet();
        for (int i = 0; i < 20_000; i++) {
            set.add(i % 2 == 0 ? 5.0 : 3.0, i, NOOP, i);
        }
        for (int expectedTime = 3, first = 1; expectedTime <= 5; expectedTime += 2, first = 0) {
            for (int i = first; i < 20_000; i += 2) {
                set.removeFirst();
                assertEquals(expectedTime, set.removedTime());
                assertEquals(i, set.removedArg());
            }
        }
        assertTrue(set.isEmpty());
    }

    /**
     * Random operations with times that go back before the last removed one, bursts of cancels
     * and clears, checked against a reference queue. The bursts make the heap rebuild and the
     * early times make the calendar queue step back to an earlier day.
     */
    @Test
    void matchesAReferenceQueueUnderNonMonotoneTimesCancelBurstsAndClears() {
        SplittableRandom random = new SplittableRandom(7);
        EventSet set = newEventSet();
        PriorityQueue<Entry> reference = new PriorityQueue<>();
        List<long[]> handles = new ArrayList<>();
        List<Entry> handleEntries = new ArrayList<>();
        double now = 1000;
        long order = 0;
        for (int step = 0; step < 100_000; step++) {
            int op = random.nextInt(100);
            if (op < 55 || reference.isEmpty()) {
                // a fifth of the times fall before "now": a bare set used out of order
                double time = random.nextInt(5) == 0 ? now - random.nextDouble() * 500
                        : now + Math.floor(random.nextDouble() * 80);
                Entry e = new Entry(time, order++, step);
                handles.add(new long[] {set.add(time, e.order(), NOOP, step)});
                handleEntries.add(e);
                reference.add(e);
            } else if (op < 85) {
                Entry expected = reference.poll();
                assertEquals(expected.time(), set.firstTime());
                set.removeFirst();
                assertEquals(expected.arg(), set.removedArg());
                now = expected.time();
            } else if (op < 99) {
                // a burst: cancel up to 200 handles, pending or not
                int burst = 1 + random.nextInt(200);
                for (int k = 0; k < burst && !handles.isEmpty(); k++) {
                    int i = random.nextInt(handles.size());
                    boolean wasPending = reference.remove(handleEntries.get(i));
                    assertEquals(wasPending, set.cancel(handles.get(i)[0]));
                }
            } else {
                set.clear();
                reference.clear();
                for (long[] h : handles) {
                    assertFalse(set.cancel(h[0]), "a cleared handle cancels nothing");
                }
                handles.clear();
                handleEntries.clear();
            }
            assertEquals(reference.size(), set.size());
        }
        while (!reference.isEmpty()) {
            Entry expected = reference.poll();
            set.removeFirst();
            assertEquals(expected.arg(), set.removedArg());
        }
        assertTrue(set.isEmpty());
        assertTrue(recoveries(set) > 0, "the sequence exercised the set's recovery path");
    }

    /** Through a simulator on this set: same-time events run by priority, then in scheduling order. */
    @Test
    void sameTimeEventsRunByPriorityThenFifo() {
        Simulator sim = new Simulator(newEventSet());
        List<Integer> ran = new ArrayList<>();
        EventHandler record = ran::add;
        int[] priorities = {3, -2, 0, 3, -2, 0, 1, -(1 << 18), (1 << 18) - 1, 0};
        for (int i = 0; i < priorities.length; i++) {
            sim.scheduleAt(10.0, priorities[i], record, i);
        }
        sim.scheduleAt(5.0, 99, record, 100);
        sim.run();
        assertEquals(List.of(100, 7, 1, 4, 2, 5, 9, 6, 0, 3, 8), ran);
    }
}
