package org.corridorsim.inference;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** The prior distributions a fit understands, on their working scales. */
final class Priors {

    private Priors() {
    }

    static ParameterPrior uniform(double min, double max) {
        requireRange(min, max, "uniform");
        return new Continuous(min, max) {
            @Override
            public double sample(UniformRandomProvider rng) {
                return min + rng.nextDouble() * (max - min);
            }

            @Override
            double inside(double x) {
                return 1 / (max - min);
            }

            @Override
            public double value(double working) {
                return working;
            }
        };
    }

    /** Uniform in log(x) on [log min, log max]; works on the logarithm. */
    static ParameterPrior logUniform(double min, double max) {
        if (!(min > 0)) {
            throw new IllegalArgumentException("log-uniform min must be positive, got " + min);
        }
        requireRange(min, max, "log-uniform");
        ParameterPrior log = uniform(Math.log(min), Math.log(max));
        return new Continuous(log.lower(), log.upper()) {
            @Override
            public double sample(UniformRandomProvider rng) {
                return log.sample(rng);
            }

            @Override
            double inside(double x) {
                return log.density(x);
            }

            @Override
            public double value(double working) {
                return Math.exp(working);
            }
        };
    }

    static ParameterPrior beta(double alpha, double beta) {
        BetaDistribution distribution = BetaDistribution.of(alpha, beta);
        return new Continuous(0, 1) {
            @Override
            public double sample(UniformRandomProvider rng) {
                return distribution.inverseCumulativeProbability(rng.nextDouble());
            }

            @Override
            double inside(double x) {
                return distribution.density(x);
            }

            @Override
            public double value(double working) {
                return working;
            }
        };
    }

    /** Normal(mean, sd) truncated to [lower, upper], either of which may be infinite. */
    static ParameterPrior normal(double mean, double sd, double lower, double upper) {
        if (!(sd > 0)) {
            throw new IllegalArgumentException("normal sd must be positive, got " + sd);
        }
        TruncatedNormal truncated = new TruncatedNormal(mean, sd, lower, upper);
        if (!(truncated.mass() > 0)) {
            throw new IllegalArgumentException("normal(" + mean + ", " + sd + ") has no mass in [" + lower + ", "
                    + upper + "]");
        }
        return new Continuous(lower, upper) {
            @Override
            public double sample(UniformRandomProvider rng) {
                return truncated.sample(rng);
            }

            @Override
            double inside(double x) {
                return truncated.density(x);
            }

            @Override
            public double value(double working) {
                return working;
            }
        };
    }

    /** One of {@code values}, with probabilities proportional to {@code weights}. */
    static ParameterPrior choice(double[] values, double[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("choice needs as many weights as values, at least one; got "
                    + values.length + " values and " + weights.length + " weights");
        }
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("choice weights must be finite and non-negative, got " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("choice weights must not all be 0");
        }
        double[] probabilities = new double[weights.length];
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            probabilities[i] = weights[i] / total;
            running += probabilities[i];
            cumulative[i] = running;
        }
        double[] copy = values.clone();
        return new ParameterPrior() {
            @Override
            public double lower() {
                return 0;
            }

            @Override
            public double upper() {
                return copy.length - 1;
            }

            @Override
            public boolean discrete() {
                return true;
            }

            @Override
            public int levels() {
                return copy.length;
            }

            @Override
            public double sample(UniformRandomProvider rng) {
                double u = rng.nextDouble();
                for (int i = 0; i < cumulative.length - 1; i++) {
                    if (u < cumulative[i]) {
                        return i;
                    }
                }
                return cumulative.length - 1;
            }

            @Override
            public double density(double working) {
                int i = (int) working;
                return i == working && i >= 0 && i < copy.length ? probabilities[i] : 0;
            }

            @Override
            public double value(double working) {
                return copy[(int) working];
            }

            @Override
            public String toString() {
                return "choice" + Arrays.toString(copy);
            }
        };
    }

    private static void requireRange(double min, double max, String name) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException(name + " needs finite min < max, got min " + min + ", max " + max);
        }
    }

    /** A continuous prior on [lower, upper]. */
    private abstract static class Continuous implements ParameterPrior {
        private final double lower;
        private final double upper;

        Continuous(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        abstract double inside(double x);

        @Override
        public final double lower() {
            return lower;
        }

        @Override
        public final double upper() {
            return upper;
        }

        @Override
        public final boolean discrete() {
            return false;
        }

        @Override
        public final int levels() {
            return 0;
        }

        @Override
        public final double density(double working) {
            return working >= lower && working <= upper ? inside(working) : 0;
        }
    }

    /** A normal distribution cut to an interval; sampled by inversion, so one uniform per draw. */
    record TruncatedNormal(double mean, double sd, double lower, double upper) {

        private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

        double mass() {
            double a = (lower - mean) / sd;
            double b = (upper - mean) / sd;
            // Work in the tail nearer the interval so that far-out intervals keep their precision.
            if (a > 0) {
                return STANDARD.survivalProbability(a) - STANDARD.survivalProbability(b);
            }
            return STANDARD.cumulativeProbability(b) - STANDARD.cumulativeProbability(a);
        }

        double density(double x) {
            if (x < lower || x > upper) {
                return 0;
            }
            return STANDARD.density((x - mean) / sd) / sd / mass();
        }

        double sample(UniformRandomProvider rng) {
            double u = rng.nextDouble();
            double a = (lower - mean) / sd;
            double b = (upper - mean) / sd;
            double z;
            if (a > 0) {
                double sa = STANDARD.survivalProbability(a);
                double sb = STANDARD.survivalProbability(b);
                z = STANDARD.inverseSurvivalProbability(sa - u * (sa - sb));
            } else {
                double fa = STANDARD.cumulativeProbability(a);
                double fb = STANDARD.cumulativeProbability(b);
                z = STANDARD.inverseCumulativeProbability(fa + u * (fb - fa));
            }
            double x = mean + sd * z;
            if (!(x >= lower)) {
                return lower;
            }
            return Math.min(x, upper);
        }
    }
}
