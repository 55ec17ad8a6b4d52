package org.corridorsim.random;

import static org.corridorsim.random.ParameterChecks.requireFinite;
import static org.corridorsim.random.ParameterChecks.requirePositive;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.WeibullDistribution;

/**
 * A probability distribution of a model input: its moments, its exact CDF (from Commons
 * Statistics) and a sampler bound to a random stream (from Commons RNG, ziggurat where one
 * exists). Parameters are validated on construction.
 */
public sealed interface Distribution {

    /**
     * The expected value.
     *
     * @return the mean, in the unit of the drawn values (seconds for durations)
     */
    double mean();

    /**
     * The variance.
     *
     * @return the variance, in the square of the values' unit
     */
    double variance();

    /**
     * The cumulative distribution function.
     *
     * @param x any value
     * @return {@code P(X <= x)}, in [0, 1]
     */
    double cdf(double x);

    /**
     * A sampler drawing from this distribution.
     *
     * @param rng the random stream it draws from; not shared with other threads
     * @return a sampler that allocates nothing per draw
     */
    Sampler sampler(UniformRandomProvider rng);

    /**
     * Erlang-k with the given mean: a gamma with integer shape.
     *
     * @param k the number of exponential phases, at least 1
     * @param mean the mean, positive and finite
     * @return a {@link Gamma} with shape {@code k}
     * @throws IllegalArgumentException if {@code k} is below 1 or {@code mean} is not positive
     */
    static Distribution erlang(int k, double mean) {
        if (k < 1) {
            throw new IllegalArgumentException("Erlang shape must be at least 1, got " + k);
        }
        return new Gamma(k, mean);
    }

    /**
     * Always {@code value}.
     *
     * @param value the value, finite
     */
    record Constant(double value) implements Distribution {
        /**
         * Checks the components.
         *
         * @param value the value, finite
         * @throws IllegalArgumentException if {@code value} is not finite
         */
        public Constant {
            requireFinite("Constant value", value);
        }

        @Override public double mean() { return value; }
        @Override public double variance() { return 0; }
        @Override public double cdf(double x) { return x >= value ? 1 : 0; }
        @Override public Sampler sampler(UniformRandomProvider rng) { return () -> value; }
    }

    /**
     * Uniform on [{@code min}, {@code max}).
     *
     * @param min the lower bound, finite
     * @param max the upper bound, finite and greater than {@code min}
     */
    record Uniform(double min, double max) implements Distribution {
        /**
         * Checks the components.
         *
         * @param min the lower bound, finite
         * @param max the upper bound, finite and greater than {@code min}
         * @throws IllegalArgumentException if a bound is not finite or {@code max <= min}
         */
        public Uniform {
            ParameterChecks.uniform(min, max);
        }

        @Override public double mean() { return (min + max) / 2; }
        @Override public double variance() { return (max - min) * (max - min) / 12; }
        @Override public double cdf(double x) { return x <= min ? 0 : x >= max ? 1 : (x - min) / (max - min); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            return ContinuousUniformSampler.of(rng, min, max)::sample;
        }
    }

    /**
     * Exponential with the given mean.
     *
     * @param mean the mean, positive and finite
     */
    record Exponential(double mean) implements Distribution {
        /**
         * Checks the components.
         *
         * @param mean the mean, positive and finite
         * @throws IllegalArgumentException if {@code mean} is not positive and finite
         */
        public Exponential {
            requirePositive("Exponential mean", mean);
        }

        @Override public double variance() { return mean * mean; }
        @Override public double cdf(double x) { return ExponentialDistribution.of(mean).cumulativeProbability(x); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            return ZigguratSampler.Exponential.of(rng, mean)::sample;
        }
    }

    /**
     * Gamma with the given shape and mean (scale = mean / shape).
     *
     * @param shape the shape, positive; 1 is the exponential
     * @param mean the mean, positive and finite
     */
    record Gamma(double shape, double mean) implements Distribution {
        /**
         * Checks the components.
         *
         * @param shape the shape, positive; 1 is the exponential
         * @param mean the mean, positive and finite
         * @throws IllegalArgumentException if either component is not positive and finite
         */
        public Gamma {
            requirePositive("Gamma shape", shape);
            requirePositive("Gamma mean", mean);
        }

        @Override public double variance() { return mean * mean / shape; }
        @Override public double cdf(double x) { return GammaDistribution.of(shape, mean / shape).cumulativeProbability(x); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, mean / shape)::sample;
        }
    }

    /**
     * Lognormal given by the mean and standard deviation of the variable itself (not its log).
     *
     * @param mean the mean of the variable, positive
     * @param sd the standard deviation of the variable, positive
     */
    record LogNormal(double mean, double sd) implements Distribution {
        /**
         * Checks the components.
         *
         * @param mean the mean of the variable, positive
         * @param sd the standard deviation of the variable, positive
         * @throws IllegalArgumentException if either component is not positive and finite
         */
        public LogNormal {
            requirePositive("LogNormal mean", mean);
            requirePositive("LogNormal sd", sd);
        }

        private double sigma() { return Math.sqrt(Math.log1p(sd * sd / (mean * mean))); }
        private double mu() { double s = sigma(); return Math.log(mean) - s * s / 2; }

        @Override public double variance() { return sd * sd; }
        @Override public double cdf(double x) { return LogNormalDistribution.of(mu(), sigma()).cumulativeProbability(x); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu(), sigma())::sample;
        }
    }

    /**
     * Triangular from {@code min} to {@code max}, most likely at {@code mode}.
     *
     * @param min the lower bound, finite
     * @param mode the peak, within [{@code min}, {@code max}]
     * @param max the upper bound, finite and greater than {@code min}
     */
    record Triangular(double min, double mode, double max) implements Distribution {
        /**
         * Checks the components.
         *
         * @param min the lower bound, finite
         * @param mode the peak, within [{@code min}, {@code max}]
         * @param max the upper bound, finite and greater than {@code min}
         * @throws IllegalArgumentException if not {@code min <= mode <= max} with {@code min < max}
         */
        public Triangular {
            ParameterChecks.triangular(min, mode, max);
        }

        @Override public double mean() { return (min + mode + max) / 3; }
        @Override public double variance() {
            return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
        }
        @Override public double cdf(double x) { return TriangularDistribution.of(min, mode, max).cumulativeProbability(x); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            return TriangularDistribution.of(min, mode, max).createSampler(rng)::sample;
        }
    }

    /**
     * Weibull with the given shape and scale.
     *
     * @param shape the shape, positive; below 1 the hazard falls with time, above 1 it rises
     * @param scale the scale, positive, in the unit of the values
     */
    record Weibull(double shape, double scale) implements Distribution {
        /**
         * Checks the components.
         *
         * @param shape the shape, positive; below 1 the hazard falls with time, above 1 it rises
         * @param scale the scale, positive, in the unit of the values
         * @throws IllegalArgumentException if either component is not positive and finite
         */
        public Weibull {
            requirePositive("Weibull shape", shape);
            requirePositive("Weibull scale", scale);
        }

        @Override public double mean() { return WeibullDistribution.of(shape, scale).getMean(); }
        @Override public double variance() { return WeibullDistribution.of(shape, scale).getVariance(); }
        @Override public double cdf(double x) { return WeibullDistribution.of(shape, scale).cumulativeProbability(x); }
        @Override public Sampler sampler(UniformRandomProvider rng) { return Samplers.weibull(rng, shape, scale); }
    }

    /**
     * A normal with the given location and scale (the mean and sd before truncation), truncated
     * to [0, infinity): durations cannot be negative.
     *
     * @param location the mean before truncation, finite; may be negative
     * @param scale the standard deviation before truncation, positive
     */
    record TruncatedNormal(double location, double scale) implements Distribution {
        /**
         * Checks the components.
         *
         * @param location the mean before truncation, finite; may be negative
         * @param scale the standard deviation before truncation, positive
         * @throws IllegalArgumentException if {@code scale} is not positive or almost no mass lies above 0
         */
        public TruncatedNormal {
            ParameterChecks.truncatedNormal(location, scale);
        }

        private TruncatedNormalDistribution exact() {
            return TruncatedNormalDistribution.of(location, scale, 0, Double.POSITIVE_INFINITY);
        }

        @Override public double mean() { return exact().getMean(); }
        @Override public double variance() { return exact().getVariance(); }
        @Override public double cdf(double x) { return exact().cumulativeProbability(x); }

        @Override public Sampler sampler(UniformRandomProvider rng) {
            return Samplers.truncatedNormal(rng, location, scale);
        }
    }

    /**
     * Number of trials up to and including the first success, on {1, 2, ...}: fits group sizes.
     *
     * @param mean the mean, at least 1 (1 always gives 1)
     */
    record Geometric(double mean) implements Distribution {
        /**
         * Checks the components.
         *
         * @param mean the mean, at least 1 (1 always gives 1)
         * @throws IllegalArgumentException if {@code mean} is below 1 or not finite
         */
        public Geometric {
            ParameterChecks.geometric(mean);
        }

        @Override public double variance() { return (1 - 1 / mean) * mean * mean; }
        @Override public double cdf(double x) {
            // 1 - (1 - p)^k, written to keep its precision when p is tiny.
            return x < 1 ? 0 : -Math.expm1(Math.floor(x) * Math.log1p(-1 / mean));
        }
        @Override public Sampler sampler(UniformRandomProvider rng) { return Samplers.geometric(rng, mean); }
    }

    /**
     * Poisson counts {0, 1, 2, …} with the given mean.
     *
     * @param mean the mean, positive and at most about 1.07e9
     */
    record Poisson(double mean) implements Distribution {
        /** The largest mean Commons RNG's Poisson sampler accepts. */
        static final double MAX_MEAN = 0.5 * Integer.MAX_VALUE;

        /**
         * Checks the components.
         *
         * @param mean the mean, positive and at most about 1.07e9
         * @throws IllegalArgumentException if {@code mean} is not positive or too large
         */
        public Poisson {
            ParameterChecks.poisson(mean, MAX_MEAN);
        }

        @Override public double variance() { return mean; }
        @Override public double cdf(double x) {
            return x < 0 ? 0 : PoissonDistribution.of(mean).cumulativeProbability((int) Math.min(Math.floor(x), Integer.MAX_VALUE));
        }
        @Override public Sampler sampler(UniformRandomProvider rng) { return PoissonSampler.of(rng, mean)::sample; }
    }

    /**
     * Finitely many values with (unnormalised) weights. Both arrays are copied.
     *
     * @param values the values, finite, at least one
     * @param weights one per value, finite and non-negative, with a positive sum
     */
    record Empirical(double[] values, double[] weights) implements Distribution {
        /**
         * Checks the components.
         *
         * @param values the values, finite, at least one
         * @param weights one per value, finite and non-negative, with a positive sum
         * @throws IllegalArgumentException if the lengths differ or a value or weight is out of range
         */
        public Empirical {
            EmpiricalWeights.check(values, weights);
            values = values.clone();
            weights = weights.clone();
        }

        /** @return a copy of the values */
        @Override public double[] values() { return values.clone(); }
        /** @return a copy of the weights */
        @Override public double[] weights() { return weights.clone(); }

        @Override public double mean() { return EmpiricalWeights.mean(values, weights); }
        @Override public double variance() { return EmpiricalWeights.variance(values, weights); }
        @Override public double cdf(double x) { return EmpiricalWeights.cdf(values, weights, x); }

        @Override public Sampler sampler(UniformRandomProvider rng) { return Samplers.empirical(rng, values, weights); }

        @Override public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values) && Arrays.equals(weights, e.weights);
        }

        @Override public int hashCode() { return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights); }

        @Override public String toString() {
            return "Empirical[values=" + Arrays.toString(values) + ", weights=" + Arrays.toString(weights) + "]";
        }
    }
}
