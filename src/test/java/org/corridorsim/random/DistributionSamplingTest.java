package org.corridorsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.corridorsim.random.Distribution.Constant;
import org.corridorsim.random.Distribution.Empirical;
import org.corridorsim.random.Distribution.Exponential;
import org.corridorsim.random.Distribution.Gamma;
import org.corridorsim.random.Distribution.Geometric;
import org.corridorsim.random.Distribution.LogNormal;
import org.corridorsim.random.Distribution.Poisson;
import org.corridorsim.random.Distribution.Triangular;
import org.corridorsim.random.Distribution.TruncatedNormal;
import org.corridorsim.random.Distribution.Uniform;
import org.corridorsim.random.Distribution.Weibull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draws 200,000 values from each sampler and checks them against the distribution's own
 * mean(), variance() and cdf(). Seeds are fixed; the bounds (5 standard errors, p > 0.001)
 * are wide enough that almost every seed would pass with a correct sampler.
 */
class DistributionSamplingTest {

    private static final int DRAWS = 200_000;
    private static final RandomStreams STREAMS = new RandomStreams(20240601L);

    static Stream<Distribution> continuous() {
        return Stream.of(
                new Uniform(2, 5),
                new Exponential(2),
                new Gamma(0.5, 3),
                Distribution.erlang(3, 6),
                new LogNormal(10, 4),
                new Triangular(1, 2, 6),
                new Triangular(0, 0, 1),
                new Weibull(0.7, 3),
                new Weibull(2.5, 10),
                new TruncatedNormal(5, 2),
                new TruncatedNormal(1, 2),
                new TruncatedNormal(0, 1),
                new TruncatedNormal(-3, 2),
                // Commons Statistics 1.2 samples infinity this far into the tail.
                new TruncatedNormal(-20, 1));
    }

    static Stream<Distribution> discrete() {
        return Stream.of(
                new Poisson(3),
                new Poisson(60),
                new Geometric(4.5),
                new Geometric(1.2),
                new Empirical(new double[] {3, 1, 7, 2, 4.5}, new double[] {1, 2, 0.5, 0, 0.25}));
    }

    static Stream<Distribution> all() {
        return Stream.concat(continuous(), discrete());
    }

    private static double[] draw(Distribution distribution) {
        Sampler sampler = distribution.sampler(STREAMS.stream(0, distribution.toString()));
        double[] draws = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = sampler.sample();
        }
        return draws;
    }

    @ParameterizedTest
    @MethodSource("all")
    void sampleMomentsMatchMeanAndVariance(Distribution distribution) {
        double[] x = draw(distribution);
        double mean = Arrays.stream(x).average().orElseThrow();
        double m2 = centralMoment(x, mean, 2);
        double m4 = centralMoment(x, mean, 4);
        double variance = m2 * DRAWS / (DRAWS - 1);

        double meanError = Math.sqrt(distribution.variance() / DRAWS);
        assertEquals(distribution.mean(), mean, 5 * meanError, "sample mean");
        // The sample variance has standard error sqrt((mu4 - sigma^4) / n); mu4 is estimated.
        double varianceError = Math.sqrt((m4 - m2 * m2) / DRAWS);
        assertEquals(distribution.variance(), variance, 5 * varianceError, "sample variance");
    }

    private static double centralMoment(double[] x, double mean, int power) {
        double sum = 0;
        for (double v : x) {
            sum += Math.pow(v - mean, power);
        }
        return sum / x.length;
    }

    @ParameterizedTest
    @MethodSource("continuous")
    void continuousSamplesFitTheCdf(Distribution distribution) {
        double[] x = draw(distribution);
        assertTrue(Arrays.stream(x).allMatch(Double::isFinite), "all draws finite");
        double p = KolmogorovSmirnovTest.withDefaults().test(x, distribution::cdf).getPValue();
        assertTrue(p > 0.001, () -> "Kolmogorov-Smirnov p-value " + p);
    }

    @ParameterizedTest
    @MethodSource("discrete")
    void discreteSamplesFitTheCdf(Distribution distribution) {
        double[] x = draw(distribution);
        double[] atoms = atoms(distribution);
        assertTrue(Arrays.stream(x).allMatch(v -> Arrays.binarySearch(atoms, v) >= 0), "every draw is a support point");
        Bins bins = Bins.of(distribution, atoms, DRAWS);
        double p = ChiSquareTest.withDefaults().test(bins.probabilities(), bins.count(x)).getPValue();
        assertTrue(p > 0.001, () -> "chi-square p-value " + p + " over " + bins.upper().length + " bins");
    }

    private static double[] atoms(Distribution distribution) {
        if (distribution instanceof Empirical empirical) {
            return Arrays.stream(empirical.values()).sorted().distinct().toArray();
        }
        int first = distribution instanceof Geometric ? 1 : 0;
        return IntStream.rangeClosed(first, 10_000).asDoubleStream().toArray();
    }

    /** Chi-square bins over sorted support points, merged until each expects at least 20 draws. */
    private record Bins(double[] upper, double[] probabilities) {

        static Bins of(Distribution distribution, double[] atoms, int draws) {
            List<Double> uppers = new ArrayList<>();
            List<Double> probabilities = new ArrayList<>();
            double previousCdf = 0;
            for (double atom : atoms) {
                double cdf = distribution.cdf(atom);
                double remaining = 1 - cdf;
                if ((cdf - previousCdf) * draws >= 20 && remaining * draws >= 20) {
                    uppers.add(atom);
                    probabilities.add(cdf - previousCdf);
                    previousCdf = cdf;
                }
            }
            // The last bin takes the whole upper tail.
            uppers.add(Double.POSITIVE_INFINITY);
            probabilities.add(1 - previousCdf);
            return new Bins(uppers.stream().mapToDouble(Double::doubleValue).toArray(),
                    probabilities.stream().mapToDouble(Double::doubleValue).toArray());
        }

        long[] count(double[] x) {
            long[] counts = new long[upper.length];
            for (double v : x) {
                int i = Arrays.binarySearch(upper, v);
                counts[i >= 0 ? i : -i - 1]++;
            }
            return counts;
        }
    }

    @Test
    void degenerateSamplersReturnTheirOnlyValue() {
        Sampler constant = new Constant(4.25).sampler(STREAMS.stream(0, "constant"));
        Sampler geometric = new Geometric(1).sampler(STREAMS.stream(0, "geometric"));
        for (int i = 0; i < 1000; i++) {
            assertEquals(4.25, constant.sample());
            assertEquals(1, geometric.sample());
        }
    }
}
