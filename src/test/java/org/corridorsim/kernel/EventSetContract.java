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
}
