package org.corridorsim.experiment;

import java.util.Arrays;
import org.corridorsim.stats.Summary;

/**
 * A mean across replications with the half-width of its confidence interval. {@code n} counts
 * the replications that had a value; with none the mean is NaN, with one the half-width is NaN.
 *
 * @param mean the mean across replications
 * @param halfWidth the half-width of the confidence interval
 * @param n replications that had a value, not negative
 */
public record Estimate(double mean, double halfWidth, int n) {

    /**
     * Checks the components.
     *
     * @param mean the mean across replications
     * @param halfWidth the half-width of the confidence interval
     * @param n replications that had a value, not negative
     */
    public Estimate {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
    }

    /**
     * The estimate from one value per replication; NaN values (empty means) are left out.
     *
     * @param values one per replication; NaN for none
     * @param confidence the interval's confidence level, in (0, 1)
     * @return the estimate
     */
    public static Estimate of(double[] values, double confidence) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, 0);
        }
        Summary summary = Summary.of(finite, confidence);
        return new Estimate(summary.mean(), summary.halfWidth(), summary.n());
    }

    /** {@return the lower end of the interval; NaN without one} */
    public double lower() {
        return mean - halfWidth;
    }

    /** {@return the upper end of the interval; NaN without one} */
    public double upper() {
        return mean + halfWidth;
    }

    /**
     * Whether {@code value} lies within the interval (never, when there is no interval).
     *
     * @param value for example an observed figure
     * @return true if inside the interval
     */
    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }
}
