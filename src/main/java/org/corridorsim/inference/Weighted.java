package org.corridorsim.inference;

import java.util.Arrays;
import java.util.Comparator;

/** Weighted summaries of particles; weights need not sum to 1. */
final class Weighted {

    private Weighted() {
    }

    static double mean(double[] values, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weights[i] * values[i];
            total += weights[i];
        }
        return total > 0 ? sum / total : Double.NaN;
    }

    /**
     * The smallest value whose cumulative weight reaches {@code p} of the total: the inverse of
     * the weighted empirical distribution function.
     */
    static double quantile(double[] values, double[] weights, double p) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0)) {
            return Double.NaN;
        }
        double running = 0;
        for (int i : order) {
            running += weights[i];
            if (running >= p * total) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    /**
     * The first index whose cumulative weight exceeds {@code u}: draws an index by weight when
     * {@code u} is uniform on [0, the last cumulative weight).
     */
    static int pick(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < cumulative[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Kish's effective sample size, (sum w)^2 / sum w^2. */
    static double effectiveSize(double[] weights) {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return squares > 0 ? sum * sum / squares : 0;
    }
}
