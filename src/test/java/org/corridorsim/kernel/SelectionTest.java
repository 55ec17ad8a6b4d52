package org.corridorsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void findsTheKthSmallestLikeSorting() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(200);
            double[] values = new double[n + 5];
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.floor(random.nextDouble() * 20); // many ties
            }
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            assertEquals(sorted[k], Selection.kthSmallest(values, n, k), "n=" + n + " k=" + k);
        }
    }
}
