package org.corridorsim.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-sided bounds against closed forms, and the sequential looks. */
class BoundsTest {

    @Test
    void clopperPearsonAtTheEdgesHasAClosedForm() {
        // no success in n: the upper bound solves (1 - u)^n = alpha; all successes: l^n = alpha
        assertEquals(1 - Math.pow(0.05, 1 / 10.0), Bounds.upperShare(0, 10, 0.05), 1e-12);
        assertEquals(Math.pow(0.05, 1 / 80.0), Bounds.lowerShare(80, 80, 0.05), 1e-12);
        assertEquals(0, Bounds.lowerShare(0, 10, 0.05));
        assertEquals(1, Bounds.upperShare(10, 10, 0.05));
    }

    @Test
    void clopperPearsonInTheMiddleMatchesTheBinomialTail() {
        // the lower bound l of 7 successes in 20 satisfies P(X >= 7 | l) = alpha
        double l = Bounds.lowerShare(7, 20, 0.025);
        double tail = 0;
        for (int k = 7; k <= 20; k++) {
            tail += binomial(20, k) * Math.pow(l, k) * Math.pow(1 - l, 20 - k);
        }
        assertEquals(0.025, tail, 1e-9);
        assertTrue(l < 0.35 && Bounds.upperShare(7, 20, 0.025) > 0.35);
    }

    @Test
    void theStudentHalfWidthNeedsTwoValues() {
        assertEquals(Double.POSITIVE_INFINITY, Bounds.halfWidth(1, 1, 0.05));
        // t(0.95; 9) = 1.833113
        assertEquals(1.833113 * 2 / Math.sqrt(10), Bounds.halfWidth(2, 10, 0.05), 1e-5);
    }

    @Test
    void looksDoubleUpToTheMost() {
        assertEquals(List.of(20, 40, 80, 160, 320, 640), Sequential.looks(20, 640));
        assertEquals(List.of(20, 40, 80, 100), Sequential.looks(20, 100));
        assertEquals(List.of(5), Sequential.looks(20, 5));
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }
}
