package org.corridorsim.scenario;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/**
 * A prior distribution of one scenario parameter, in model units (durations in seconds). Written
 * in a scenario as {@code {dist: uniform, min: 0, max: 1}}, {@code {dist: log-uniform, min: 1m,
 * max: 2h}}, {@code {dist: beta, alpha: 2, beta: 5}}, {@code {dist: normal, mean: 30m, sd: 10m}}
 * (truncated to the parameter's valid range) or {@code {dist: choice, values: [1, 2, 4],
 * weights: [1, 1, 2]}}.
 *
 * <p>Every continuous prior samples by inversion from one {@code nextDouble()}, so a sample
 * uses exactly one draw of the generator.
 */
public sealed interface Prior {

    /**
     * One value from the prior.
     *
     * @param random the generator; exactly one {@code nextDouble()} for continuous priors
     * @return a value in the support, in model units
     */
    double sample(UniformRandomProvider random);

    /**
     * The density at a value.
     *
     * @param value in model units
     * @return the density (the probability of it for {@link Choice}); 0 outside the support
     */
    double density(double value);

    /** {@return the smallest value the prior can give} */
    double lower();

    /** {@return the largest value the prior can give} */
    double upper();

    /** {@return whether the prior gives only the listed values of a {@link Choice}} */
    default boolean isDiscrete() {
        return false;
    }

    /**
     * Uniform on [{@code min}, {@code max}].
     *
     * @param min the lower bound, finite
     * @param max the upper bound, finite and above {@code min}
     */
    record Uniform(double min, double max) implements Prior {
        /**
         * Checks the components.
         *
         * @param min the lower bound, finite
         * @param max the upper bound, finite and above {@code min}
         */
        public Uniform {
            requireFinite(min, "min");
            requireFinite(max, "max");
            if (!(min < max)) {
                throw new IllegalArgumentException("uniform prior: min must be below max, got " + min + " and " + max);
            }
        }

        @Override
        public double sample(UniformRandomProvider random) {
            return Math.min(max, min + random.nextDouble() * (max - min));
        }

        @Override
        public double density(double value) {
            return value >= min && value <= max ? 1 / (max - min) : 0;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }
    }

    /**
     * Uniform in the logarithm on [{@code min}, {@code max}]: for a scale known only to an order of magnitude.
     *
     * @param min the lower bound, positive
     * @param max the upper bound, finite and above {@code min}
     */
    record LogUniform(double min, double max) implements Prior {
        /**
         * Checks the components.
         *
         * @param min the lower bound, positive
         * @param max the upper bound, finite and above {@code min}
         */
        public LogUniform {
            requireFinite(min, "min");
            requireFinite(max, "max");
            if (!(min > 0 && min < max)) {
                throw new IllegalArgumentException("log-uniform prior: needs 0 < min < max, got " + min + " and " + max);
            }
        }

        @Override
        public double sample(UniformRandomProvider random) {
            double logMin = Math.log(min);
            return Math.max(min, Math.min(max, Math.exp(logMin + random.nextDouble() * (Math.log(max) - logMin))));
        }

        @Override
        public double density(double value) {
            return value >= min && value <= max ? 1 / (value * (Math.log(max) - Math.log(min))) : 0;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }
    }

    /**
     * Beta({@code alpha}, {@code beta}) on [0, 1]: for a probability or share.
     *
     * @param alpha the first shape, positive
     * @param beta the second shape, positive
     */
    record Beta(double alpha, double beta) implements Prior {
        /**
         * Checks the components.
         *
         * @param alpha the first shape, from {@value #MIN_SHAPE} to {@value #MAX_SHAPE}
         * @param beta the second shape, from {@value #MIN_SHAPE} to {@value #MAX_SHAPE}
         */
        public Beta {
            if (!(alpha >= MIN_SHAPE && alpha <= MAX_SHAPE) || !(beta >= MIN_SHAPE && beta <= MAX_SHAPE)) {
                throw new IllegalArgumentException("beta prior: alpha and beta must be between " + MIN_SHAPE + " and "
                        + (long) MAX_SHAPE + ", got " + alpha + " and " + beta + "; smaller shapes put the draws at "
                        + "exactly 0 or 1 in floating point, where the density, and so the fit's weights, cannot be "
                        + "computed");
            }
        }

        /** The smallest shape: below it, draws underflow to exactly 0 or 1, where the density is infinite. */
        public static final double MIN_SHAPE = 0.1;
        /** The largest shape. */
        public static final double MAX_SHAPE = 1e6;

        @Override
        public double sample(UniformRandomProvider random) {
            return BetaDistribution.of(alpha, beta).inverseCumulativeProbability(random.nextDouble());
        }

        @Override
        public double density(double value) {
            return value >= 0 && value <= 1 ? BetaDistribution.of(alpha, beta).density(value) : 0;
        }

        @Override
        public double lower() {
            return 0;
        }

        @Override
        public double upper() {
            return 1;
        }
    }

    /**
     * Normal({@code mean}, {@code sd}) truncated to [{@code min}, {@code max}].
     *
     * @param mean the mean before truncation
     * @param sd the standard deviation before truncation, positive
     * @param min the lower bound; may be negative infinity
     * @param max the upper bound, above {@code min}; may be positive infinity
     */
    record Normal(double mean, double sd, double min, double max) implements Prior {
        /**
         * Checks the components.
         *
         * @param mean the mean before truncation
         * @param sd the standard deviation before truncation, positive
         * @param min the lower bound; may be negative infinity
         * @param max the upper bound, above {@code min}; may be positive infinity
         */
        public Normal {
            requireFinite(mean, "mean");
            if (!(sd > 0) || Double.isInfinite(sd)) {
                throw new IllegalArgumentException("normal prior: sd must be positive, got " + sd);
            }
            if (!(min < max)) {
                throw new IllegalArgumentException("normal prior: the range [" + min + ", " + max + "] is empty");
            }
            // what the fit samples from: a range the normal gives no probability in floating point
            // would pass here and be refused only by fit, without a location
            org.apache.commons.statistics.distribution.NormalDistribution standard =
                    org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
            double a = (min - mean) / sd;
            double b = (max - mean) / sd;
            double mass = a > 0 ? standard.survivalProbability(a) - standard.survivalProbability(b)
                    : standard.cumulativeProbability(b) - standard.cumulativeProbability(a);
            if (!(mass > 0)) {
                throw new IllegalArgumentException("normal prior: normal(" + mean + ", " + sd + ") gives no probability "
                        + "to the range [" + min + ", " + max + "] (in floating point); move the mean toward it or "
                        + "widen sd");
            }
        }

        private TruncatedNormalDistribution distribution() {
            return TruncatedNormalDistribution.of(mean, sd, min, max);
        }

        @Override
        public double sample(UniformRandomProvider random) {
            return distribution().inverseCumulativeProbability(random.nextDouble());
        }

        @Override
        public double density(double value) {
            return value >= min && value <= max ? distribution().density(value) : 0;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }
    }

    /**
     * One of {@code values}, with probabilities proportional to {@code weights}.
     *
     * @param values the possible values, at least one
     * @param weights one per value, not negative, with a positive sum
     */
    record Choice(List<Double> values, List<Double> weights) implements Prior {
        /**
         * Checks the components.
         *
         * @param values the possible values, at least one
         * @param weights one per value, not negative, with a positive sum
         */
        public Choice {
            values = List.copyOf(values);
            weights = List.copyOf(weights);
            if (values.isEmpty() || values.size() != weights.size()) {
                throw new IllegalArgumentException("choice prior: needs at least one value and one weight per value, got "
                        + values.size() + " values and " + weights.size() + " weights");
            }
            if (values.stream().distinct().count() != values.size()) {
                throw new IllegalArgumentException("choice prior: values must differ, got " + values);
            }
            values.forEach(v -> requireFinite(v, "values"));
            double total = 0;
            for (double w : weights) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("choice prior: weights must not be negative, got " + weights);
                }
                total += w;
            }
            if (!(total > 0)) {
                throw new IllegalArgumentException("choice prior: the weights must not all be 0");
            }
        }

        /**
         * A choice with equal weights.
         *
         * @param values the possible values, at least one
         * @return the prior
         */
        public static Choice of(List<Double> values) {
            return new Choice(values, values.stream().map(v -> 1.0).toList());
        }

        private double total() {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            return total;
        }

        @Override
        public double sample(UniformRandomProvider random) {
            double u = random.nextDouble() * total();
            double cumulative = 0;
            for (int i = 0; i < values.size(); i++) {
                cumulative += weights.get(i);
                if (u < cumulative) {
                    return values.get(i);
                }
            }
            for (int i = values.size() - 1; ; i--) {
                if (weights.get(i) > 0) {
                    return values.get(i);
                }
            }
        }

        @Override
        public double density(double value) {
            int i = values.indexOf(value);
            return i < 0 ? 0 : weights.get(i) / total();
        }

        @Override
        public double lower() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        @Override
        public double upper() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }

        @Override
        public boolean isDiscrete() {
            return true;
        }
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("prior " + name + " must be finite, got " + value);
        }
    }
}
