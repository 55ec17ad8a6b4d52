package org.corridorsim.random;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
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

    double mean();

    double variance();

    /** {@code P(X <= x)}. */
    double cdf(double x);

    /** A sampler drawing from this distribution with {@code rng}. */
    Sampler sampler(UniformRandomProvider rng);

    /** Erlang-k with the given mean: a gamma with integer shape. */
    static Distribution erlang(int k, double mean) {
        if (k < 1) {
            throw new IllegalArgumentException("Erlang shape must be at least 1, got " + k);
        }
        return new Gamma(k, mean);
    }

    /** Always {@code value}. */
    record Constant(double value) implements Distribution {
        public Constant {
            requireFinite("Constant value", value);
        }

        @Override public double mean() { return value; }
        @Override public double variance() { return 0; }
        @Override public double cdf(double x) { return x >= value ? 1 : 0; }
        @Override public Sampler sampler(UniformRandomProvider rng) { return () -> value; }
    }

    /** Uniform on [{@code min}, {@code max}). */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireFinite("Uniform min", min);
            requireFinite("Uniform max", max);
            if (!(max > min)) {
                throw new IllegalArgumentException("Uniform max must be greater than min " + min + ", got " + max);
            }
        }

        @Override public double mean() { return (min + max) / 2; }
        @Override public double variance() { return (max - min) * (max - min) / 12; }
        @Override public double cdf(double x) { return x <= min ? 0 : x >= max ? 1 : (x - min) / (max - min); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            return ContinuousUniformSampler.of(rng, min, max)::sample;
        }
    }

    /** Exponential with the given mean. */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            requirePositive("Exponential mean", mean);
        }

        @Override public double variance() { return mean * mean; }
        @Override public double cdf(double x) { return ExponentialDistribution.of(mean).cumulativeProbability(x); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            return ZigguratSampler.Exponential.of(rng, mean)::sample;
        }
    }

    /** Gamma with the given shape and mean (scale = mean / shape). */
    record Gamma(double shape, double mean) implements Distribution {
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

    /** Lognormal given by the mean and standard deviation of the variable itself (not its log). */
    record LogNormal(double mean, double sd) implements Distribution {
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

    /** Triangular from {@code min} to {@code max}, most likely at {@code mode}. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireFinite("Triangular min", min);
            requireFinite("Triangular max", max);
            if (!(min <= mode && mode <= max && min < max)) {
                throw new IllegalArgumentException("Triangular needs min <= mode <= max and min < max, got min "
                        + min + ", mode " + mode + ", max " + max);
            }
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

    /** Weibull with the given shape and scale. */
    record Weibull(double shape, double scale) implements Distribution {
        public Weibull {
            requirePositive("Weibull shape", shape);
            requirePositive("Weibull scale", scale);
        }

        @Override public double mean() { return WeibullDistribution.of(shape, scale).getMean(); }
        @Override public double variance() { return WeibullDistribution.of(shape, scale).getVariance(); }
        @Override public double cdf(double x) { return WeibullDistribution.of(shape, scale).cumulativeProbability(x); }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            // If E ~ Exp(1) then scale * E^(1/shape) is Weibull: the ziggurat does the hard part.
            ZigguratSampler.Exponential exponential = ZigguratSampler.Exponential.of(rng);
            double inverseShape = 1 / shape;
            return () -> scale * Math.pow(exponential.sample(), inverseShape);
        }
    }

    /**
     * A normal with the given location and scale (the mean and sd before truncation), truncated
     * to [0, infinity): durations cannot be negative.
     */
    record TruncatedNormal(double location, double scale) implements Distribution {
        public TruncatedNormal {
            requireFinite("TruncatedNormal location", location);
            requirePositive("TruncatedNormal scale", scale);
            try {
                TruncatedNormalDistribution.of(location, scale, 0, Double.POSITIVE_INFINITY);
            } catch (IllegalArgumentException e) { // Commons' DistributionException is not public
                throw new IllegalArgumentException("TruncatedNormal location must lie less than about 38 scales below 0,"
                        + " or no probability is left above 0; got location " + location + ", scale " + scale, e);
            }
        }

        private TruncatedNormalDistribution exact() {
            return TruncatedNormalDistribution.of(location, scale, 0, Double.POSITIVE_INFINITY);
        }

        @Override public double mean() { return exact().getMean(); }
        @Override public double variance() { return exact().getVariance(); }
        @Override public double cdf(double x) { return exact().cumulativeProbability(x); }

        @Override public Sampler sampler(UniformRandomProvider rng) {
            if (location > 0) {
                // More than half of the normal lies above 0, so rejecting the rest costs under two draws.
                ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
                return () -> {
                    double x;
                    do {
                        x = location + scale * gaussian.sample();
                    } while (x < 0);
                    return x;
                };
            }
            // Commons Statistics 1.2 inverts the CDF here, which returns infinity once 0 lies about
            // 8 scales above the location. Robert's (1995) shifted-exponential proposal is exact and
            // accepts at least 76% of draws for every truncation point a >= 0.
            double a = -location / scale;
            double rate = (a + Math.sqrt(a * a + 4)) / 2;
            ZigguratSampler.Exponential exponential = ZigguratSampler.Exponential.of(rng);
            return () -> {
                while (true) {
                    double z = a + exponential.sample() / rate;
                    double d = z - rate;
                    if (rng.nextDouble() < Math.exp(-0.5 * d * d)) {
                        return Math.max(0, location + scale * z);
                    }
                }
            };
        }
    }

    /** Number of trials up to and including the first success, on {1, 2, ...}: fits group sizes. */
    record Geometric(double mean) implements Distribution {
        public Geometric {
            requireFinite("Geometric mean", mean);
            if (!(mean >= 1)) {
                throw new IllegalArgumentException("Geometric mean must be at least 1, got " + mean);
            }
        }

        @Override public double variance() { return (1 - 1 / mean) * mean * mean; }
        @Override public double cdf(double x) {
            // 1 - (1 - p)^k, written to keep its precision when p is tiny.
            return x < 1 ? 0 : -Math.expm1(Math.floor(x) * Math.log1p(-1 / mean));
        }
        @Override public Sampler sampler(UniformRandomProvider rng) {
            if (mean == 1) {
                return () -> 1;
            }
            DiscreteSampler failures = GeometricSampler.of(rng, 1 / mean);
            return () -> failures.sample() + 1;
        }
    }

    /** Poisson counts {0, 1, 2, …} with the given mean. */
    record Poisson(double mean) implements Distribution {
        /** The largest mean Commons RNG's Poisson sampler accepts. */
        static final double MAX_MEAN = 0.5 * Integer.MAX_VALUE;

        public Poisson {
            requirePositive("Poisson mean", mean);
            if (mean > MAX_MEAN) {
                throw new IllegalArgumentException("Poisson mean must be at most " + MAX_MEAN + ", got " + mean);
            }
        }

        @Override public double variance() { return mean; }
        @Override public double cdf(double x) {
            return x < 0 ? 0 : PoissonDistribution.of(mean).cumulativeProbability((int) Math.min(Math.floor(x), Integer.MAX_VALUE));
        }
        @Override public Sampler sampler(UniformRandomProvider rng) { return PoissonSampler.of(rng, mean)::sample; }
    }

    /** Finitely many values with (unnormalised) weights. */
    record Empirical(double[] values, double[] weights) implements Distribution {
        public Empirical {
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
            values = values.clone();
            weights = weights.clone();
        }

        @Override public double[] values() { return values.clone(); }
        @Override public double[] weights() { return weights.clone(); }

        private double totalWeight() { return Arrays.stream(weights).sum(); }

        @Override public double mean() {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[i] * weights[i];
            }
            return sum / totalWeight();
        }

        @Override public double variance() {
            double m = mean();
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += (values[i] - m) * (values[i] - m) * weights[i];
            }
            return sum / totalWeight();
        }

        @Override public double cdf(double x) {
            double below = 0;
            for (int i = 0; i < values.length; i++) {
                if (values[i] <= x) {
                    below += weights[i];
                }
            }
            return below / totalWeight();
        }

        @Override public Sampler sampler(UniformRandomProvider rng) {
            double[] chosenValues = values.clone();
            DiscreteSampler index = AliasMethodDiscreteSampler.of(rng, weights.clone());
            return () -> chosenValues[index.sample()];
        }

        @Override public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values) && Arrays.equals(weights, e.weights);
        }

        @Override public int hashCode() { return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights); }

        @Override public String toString() {
            return "Empirical[values=" + Arrays.toString(values) + ", weights=" + Arrays.toString(weights) + "]";
        }
    }

    private static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + value);
        }
    }

    private static void requirePositive(String what, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
