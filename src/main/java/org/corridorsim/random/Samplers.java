package org.corridorsim.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** The samplers of {@link Distribution} families that Commons RNG has no ready sampler for. */
final class Samplers {

    private Samplers() {
    }

    static Sampler weibull(UniformRandomProvider rng, double shape, double scale) {
        // If E ~ Exp(1) then scale * E^(1/shape) is Weibull: the ziggurat does the hard part.
        ZigguratSampler.Exponential exponential = ZigguratSampler.Exponential.of(rng);
        double inverseShape = 1 / shape;
        return () -> scale * Math.pow(exponential.sample(), inverseShape);
    }

    static Sampler truncatedNormal(UniformRandomProvider rng, double location, double scale) {
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

    static Sampler geometric(UniformRandomProvider rng, double mean) {
        if (mean == 1) {
            return () -> 1;
        }
        return new Geometric(GeometricSampler.of(rng, 1 / mean));
    }

    /** Trials up to the first success: failures + 1, drawn as an int. */
    private record Geometric(DiscreteSampler failures) implements Sampler {
        @Override
        public double sample() {
            return failures.sample() + 1;
        }

        @Override
        public int sampleWhole() {
            return failures.sample() + 1;
        }
    }

    static Sampler empirical(UniformRandomProvider rng, double[] values, double[] weights) {
        double[] chosenValues = values.clone();
        DiscreteSampler index = AliasMethodDiscreteSampler.of(rng, weights.clone());
        return () -> chosenValues[index.sample()];
    }
}
