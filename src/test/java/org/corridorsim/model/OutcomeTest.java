package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An outcome cannot be changed through the arrays it was made from or hands out. */
class OutcomeTest {

    @Test
    void arraysAreCopiedInAndOut() {
        double[] values = {1, 2};
        double[][] throughput = {{3, 4}, {5, 6}};
        Outcome outcome = new Outcome(7, values, throughput, 9);
        values[0] = 99;
        throughput[1][1] = 99;
        outcome.values()[1] = 99;
        outcome.throughput()[0][0] = 99;
        assertArrayEquals(new double[] {1, 2}, outcome.values());
        assertArrayEquals(new double[][] {{3, 4}, {5, 6}}, outcome.throughput());
        assertEquals(2, outcome.value(1));
        assertEquals(6, outcome.throughput(1, 1));
        assertEquals(2, outcome.size());
        assertEquals(2, outcome.seriesCount());
        assertEquals(2, outcome.bins(0));
    }
}
