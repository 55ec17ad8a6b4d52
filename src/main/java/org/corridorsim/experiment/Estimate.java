package org.corridorsim.experiment;

import java.util.Arrays;
import org.corridorsim.stats.Summary;

/**
 * A mean across replications with the half-width of its confidence interval. {@code n} counts
 * the replications that had a value; with none the mean is NaN, with one the half-width is NaN.
 */
public record Estimate(double mean, double halfWidth, int n) {

    public Estimate {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
    }

    /** The estimate from one value per replication; NaN values (empty means) are left out. */
    public static Estimate of(double[] values, double confidence) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, 0);
        }
        Summary summary = Summary.of(finite, confidence);
        return new Estimate(summary.mean(), summary.halfWidth(), summary.n());
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /** Whether {@code value} lies within the interval (never, when there is no interval). */
    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }
}
