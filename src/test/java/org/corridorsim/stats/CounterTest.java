package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CounterTest {

    @Test
    void countsIncrementsAndAmounts() {
        Counter counter = new Counter();
        assertEquals(0, counter.count());
        counter.increment();
        counter.increment();
        counter.add(40);
        counter.add(0);
        assertEquals(42, counter.count());
    }

    @Test
    void mergeAddsCountsAndResetClears() {
        Counter a = new Counter();
        a.add(5);
        Counter b = new Counter();
        b.add(7);
        a.merge(b);
        assertEquals(12, a.count());
        assertEquals(7, b.count());
        a.reset();
        assertEquals(0, a.count());
    }

    @Test
    void rejectsNegativeAmountsNamingThem() {
        Counter counter = new Counter();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> counter.add(-3));
        assertTrue(e.getMessage().contains("-3"), e.getMessage());
        assertEquals(0, counter.count());
    }
}
