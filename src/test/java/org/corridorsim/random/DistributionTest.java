package org.corridorsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
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
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact values computed by hand; sampling is checked in {@link DistributionSamplingTest}. */
class DistributionTest {

    private static final double EXACT = 1e-14;
    /** Phi(1), the standard normal CDF at 1. */
    private static final double PHI_1 = 0.8413447460685429;

    @Test
    void constant() {
        Constant c = new Constant(4);
        assertEquals(0, c.cdf(3.999));
        assertEquals(1, c.cdf(4));
        assertEquals(4, c.mean());
        assertEquals(0, c.variance());
    }

    @Test
    void uniform() {
        Uniform u = new Uniform(2, 6);
        assertEquals(0.25, u.cdf(3), EXACT);
        assertEquals(0, u.cdf(1));
        assertEquals(1, u.cdf(7));
        assertEquals(4, u.mean());
        assertEquals(16.0 / 12, u.variance(), EXACT);
    }

    @Test
    void exponential() {
        Exponential e = new Exponential(2);
        assertEquals(1 - Math.exp(-1), e.cdf(2), EXACT);
        assertEquals(0, e.cdf(-1));
        assertEquals(4, e.variance(), EXACT);
    }

    @Test
    void erlangIsAGammaWithIntegerShape() {
        Distribution erlang = Distribution.erlang(2, 4);
        assertEquals(new Gamma(2, 4), erlang);
        // Erlang-2 with rate 1/2: P(X <= x) = 1 - e^(-x/2) (1 + x/2).
        assertEquals(1 - 3 * Math.exp(-2), erlang.cdf(4), EXACT);
        assertEquals(8, erlang.variance(), EXACT);
    }

    @Test
    void logNormalIsParameterisedByTheVariablesOwnMeanAndSd() {
        LogNormal l = new LogNormal(10, 4);
        double cv2 = 0.16;
        double median = 10 / Math.sqrt(1 + cv2);
        double sigma = Math.sqrt(Math.log(1 + cv2));
        assertEquals(0.5, l.cdf(median), EXACT);
        assertEquals(PHI_1, l.cdf(median * Math.exp(sigma)), EXACT);
        assertEquals(10, l.mean());
        assertEquals(16, l.variance(), EXACT);
    }

    @Test
    void triangular() {
        Triangular t = new Triangular(1, 2, 6);
        assertEquals(0.2, t.cdf(2), EXACT);
        assertEquals(1 - 0.25 * 0.25 * 0.8, t.cdf(5), EXACT);
        assertEquals(3, t.mean(), EXACT);
        assertEquals(21.0 / 18, t.variance(), EXACT);
        assertEquals(0, new Triangular(0, 0, 1).cdf(0));
    }

    @Test
    void weibull() {
        Weibull w = new Weibull(2, 3);
        assertEquals(1 - Math.exp(-1), w.cdf(3), EXACT);
        // Gamma(1.5) = sqrt(pi) / 2 and Gamma(2) = 1.
        assertEquals(1.5 * Math.sqrt(Math.PI), w.mean(), EXACT);
        assertEquals(9 * (1 - Math.PI / 4), w.variance(), EXACT);
    }

    @Test
    void truncatedNormalAtZeroIsTheHalfNormal() {
        TruncatedNormal t = new TruncatedNormal(0, 1);
        assertEquals(0, t.cdf(0));
        assertEquals(2 * PHI_1 - 1, t.cdf(1), EXACT);
        assertEquals(Math.sqrt(2 / Math.PI), t.mean(), EXACT);
        assertEquals(1 - 2 / Math.PI, t.variance(), EXACT);
    }

    @Test
    void truncatedNormalDeepInTheTailStaysPositiveAndFinite() {
        // Mean of a normal truncated 20 sds above its location: phi(20) / (1 - Phi(20)) - 20, about 1/20.
        TruncatedNormal t = new TruncatedNormal(-20, 1);
        assertEquals(0.0497530685271386, t.mean(), 1e-11);
        Sampler sampler = t.sampler(new RandomStreams(1).stream(0, "tail"));
        for (int i = 0; i < 10_000; i++) {
            double x = sampler.sample();
            assertTrue(x >= 0 && x < 1, () -> "draw " + x);
        }
    }

    @Test
    void geometricCountsTrialsFromOne() {
        Geometric g = new Geometric(4.5);
        assertEquals(0, g.cdf(0.999));
        assertEquals(1 / 4.5, g.cdf(1), EXACT);
        assertEquals(1 - (3.5 / 4.5) * (3.5 / 4.5), g.cdf(2.5), EXACT);
        assertEquals(15.75, g.variance(), EXACT);
        Sampler sampler = g.sampler(new RandomStreams(1).stream(0, "group-size"));
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 10_000; i++) {
            smallest = Math.min(smallest, sampler.sample());
        }
        assertEquals(1, smallest);
    }

    @Test
    void poisson() {
        Poisson p = new Poisson(3);
        assertEquals(8.5 * Math.exp(-3), p.cdf(2), EXACT);
        assertEquals(p.cdf(2), p.cdf(2.7));
        assertEquals(0, p.cdf(-0.5));
        assertEquals(3, p.variance());
    }

    @Test
    void empiricalUsesWeights() {
        double[] values = {3, 1, 7, 2};
        double[] weights = {1, 2, 0.5, 0};
        Empirical e = new Empirical(values, weights);
        values[0] = 100;
        weights[0] = 100;
        assertEquals(0, e.cdf(0.5));
        assertEquals(2 / 3.5, e.cdf(1), EXACT);
        assertEquals(2 / 3.5, e.cdf(2.5), EXACT);
        assertEquals(3 / 3.5, e.cdf(3), EXACT);
        assertEquals(1, e.cdf(7), EXACT);
        double mean = 8.5 / 3.5;
        assertEquals(mean, e.mean(), EXACT);
        double variance = (2 * Math.pow(1 - mean, 2) + Math.pow(3 - mean, 2) + 0.5 * Math.pow(7 - mean, 2)) / 3.5;
        assertEquals(variance, e.variance(), EXACT);
        assertEquals(new Empirical(new double[] {3, 1, 7, 2}, new double[] {1, 2, 0.5, 0}), e);
        assertNotEquals(new Empirical(new double[] {3, 1, 7, 2}, new double[] {1, 2, 0.5, 1}), e);
    }

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                invalid(() -> new Constant(Double.POSITIVE_INFINITY), "Infinity", "finite"),
                invalid(() -> new Uniform(5, 2), "2.0", "greater than min 5.0"),
                invalid(() -> new Exponential(-3), "-3.0", "positive"),
                invalid(() -> new Exponential(Double.NaN), "NaN", "positive"),
                invalid(() -> new Gamma(0, 1), "0.0", "shape"),
                invalid(() -> Distribution.erlang(0, 1), "got 0", "at least 1"),
                invalid(() -> new LogNormal(10, -1), "-1.0", "sd"),
                invalid(() -> new Triangular(0, 5, 4), "mode 5.0", "min <= mode <= max"),
                invalid(() -> new Weibull(-2, 1), "-2.0", "shape"),
                invalid(() -> new TruncatedNormal(1, 0), "0.0", "scale"),
                invalid(() -> new TruncatedNormal(-50, 1), "-50.0", "below 0"),
                invalid(() -> new Geometric(0.5), "0.5", "at least 1"),
                invalid(() -> new Poisson(2e9), "2.0E9", "at most"),
                invalid(() -> new Empirical(new double[] {1, 2}, new double[] {1}), "2 values", "1 weights"),
                invalid(() -> new Empirical(new double[] {1}, new double[] {-1}), "-1.0", "non-negative"),
                invalid(() -> new Empirical(new double[] {1, 2}, new double[] {0, 0}), "0.0", "positive"),
                invalid(() -> new Empirical(new double[] {1, 2}, new double[] {Double.MAX_VALUE, Double.MAX_VALUE}),
                        "Infinity", "finite"));
    }

    private static Arguments invalid(Executable construction, String value, String rule) {
        return Arguments.of(construction, value, rule);
    }

    @ParameterizedTest
    @MethodSource("invalidParameters")
    void invalidParametersAreRejectedNamingTheValue(Executable construction, String value, String rule) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(e.getMessage().contains(value), () -> "'" + e.getMessage() + "' should name " + value);
        assertTrue(e.getMessage().contains(rule), () -> "'" + e.getMessage() + "' should say " + rule);
    }

    @Test
    void aWholeNumberDrawIsTheRoundedDraw() {
        RandomStreams streams = new RandomStreams(11);
        for (Distribution d : new Distribution[] {new Geometric(4.5), new Geometric(1), new LogNormal(3, 2),
                new Constant(2.5), new Constant(3.5), new Poisson(6)}) {
            Sampler plain = d.sampler(streams.stream(0, "sizes"));
            Sampler whole = d.sampler(streams.stream(0, "sizes"));
            for (int i = 0; i < 10_000; i++) {
                double x = plain.sample();
                assertEquals((int) Math.rint(x), whole.sampleWhole(), d + ", draw " + i);
            }
        }
        assertEquals(2, new Constant(2.5).sampler(streams.stream(0, "c")).sampleWhole(), "half to even");
    }
}
