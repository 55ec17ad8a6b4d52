package org.corridorsim.inference;

/**
 * What was observed of one quantity, as a range: sources disagree, so an observation says only
 * that the true value lay between {@code low} and {@code high}.
 *
 * <p>The distance of a simulated value is 0 inside the range and, outside it, how far it lies
 * beyond the nearer end in units of the range's width (at least 1, so that a point observation
 * is measured in the quantity's own units; a one-sided bound in units of its size, at least 1). A value that does not exist (NaN, e.g. the mean of
 * an empty set) is infinitely far.
 */
record ObservedRange(String name, double low, double high) {

    ObservedRange {
        if (!(low <= high)) {
            throw new IllegalArgumentException(name + ": low " + low + " must not exceed high " + high);
        }
    }

    /**
     * The unit of distance: the range's width, at least 1; for a one-sided bound (no width), the
     * bound's size, at least 1, so that "at least 5,000" is missed by 0.2 at 4,000.
     */
    double scale() {
        if (Double.isInfinite(low) || Double.isInfinite(high)) {
            return Math.max(Math.abs(Double.isInfinite(low) ? high : low), 1);
        }
        return Math.max(high - low, 1);
    }

    double distance(double simulated) {
        if (Double.isNaN(simulated)) {
            return Double.POSITIVE_INFINITY;
        }
        if (simulated < low) {
            return (low - simulated) / scale();
        }
        if (simulated > high) {
            return (simulated - high) / scale();
        }
        return 0;
    }

    /**
     * Whether a value known to be at least {@code atLeast} (exactly that, when {@code settled})
     * is surely farther than {@code tolerance}: a settled value outside by more, or a running count
     * already above the range by more. NaN (nothing known yet) never is.
     */
    boolean surelyBeyond(double atLeast, boolean settled, double tolerance) {
        return !Double.isNaN(atLeast) && (settled || atLeast > high) && distance(atLeast) > tolerance;
    }

    /** The largest distance over all observations: every one lies within that many widths. */
    static double distance(ObservedRange[] observed, double[] simulated) {
        double d = 0;
        for (int k = 0; k < observed.length; k++) {
            d = Math.max(d, observed[k].distance(simulated[k]));
        }
        return d;
    }
}
