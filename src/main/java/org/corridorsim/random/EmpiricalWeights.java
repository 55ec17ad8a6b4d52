package org.corridorsim.random;

import static org.corridorsim.random.ParameterChecks.requireFinite;

import java.util.Arrays;

/** The checks and moments of {@link Distribution.Empirical}: values with unnormalised weights. */
final class EmpiricalWeights {

    private EmpiricalWeights() {
    }

    static void check(double[] values, double[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("Empirical needs as many weights as values (at least one), got "
                    + values.length + " values and " + weights.length + " weights");
        }
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            requireFinite("Empirical value", values[i]);
            if (!(weights[i] >= 0) || weights[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("Empirical weights must be finite and non-negative, got " + weights[i]);
            }
            total += weights[i];
        }
        if (!(total > 0) || total == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Empirical weights must have a positive, finite sum, got " + total);
        }
    }

    private static double totalWeight(double[] weights) {
        return Arrays.stream(weights).sum();
    }

    static double mean(double[] values, double[] weights) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * weights[i];
        }
        return sum / totalWeight(weights);
    }

    static double variance(double[] values, double[] weights) {
        double m = mean(values, weights);
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += (values[i] - m) * (values[i] - m) * weights[i];
        }
        return sum / totalWeight(weights);
    }

    static double cdf(double[] values, double[] weights, double x) {
        double below = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= x) {
                below += weights[i];
            }
        }
        return below / totalWeight(weights);
    }
}
