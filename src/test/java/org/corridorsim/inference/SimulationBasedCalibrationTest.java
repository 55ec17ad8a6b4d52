package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Simulation-based calibration (Talts et al. 2018): draw theta from the prior, simulate an
 * outcome, observe it as the bin of width 5 it falls in, fit, and rank theta among draws from the
 * posterior. If the fit is right, the rank is uniform. The observation is the bin, a fixed
 * partition of the outcomes, so that what is conditioned on is exactly what was observed.
 *
 * <p>The sampler alone (the binomial toy, no simulator) runs in every build. The fit through the
 * simulator, 100 fits of the thinning scenario, is the release check:
 * {@code mvn test -Dtest=SimulationBasedCalibrationTest -Dcorridorsim.sbc=true}.
 */
class SimulationBasedCalibrationTest {

    static final int DRAWS = 19;
    static final int RANK_BINS = 5;
    static final int WIDTH = 5;

    @Test
    void theSamplerAloneIsCalibratedOnTheBinomialToy() throws InterruptedException {
        int fits = 100;
        long[] histogram = new long[RANK_BINS];
        for (int f = 0; f < fits; f++) {
            UniformRandomProvider rng = new RandomStreams(2018).stream(f, "sbc.truth");
            double theta = Priors.beta(2, 2).sample(rng);
            double k = AbcSmcTest.BINOMIAL.simulate(0, new double[] {theta}, rng.nextLong())[0];
            double low = WIDTH * Math.floor(k / WIDTH);
            List<Candidate> one = List.of(new Candidate("beta", List.of("theta"), List.of(Priors.beta(2, 2)), 1));
            AbcSmc.Run run = new AbcSmc(one, List.of(new ObservedRange("k", low, low + WIDTH - 1)), AbcSmcTest.BINOMIAL,
                    SamplerSettings.of(200, 100_000, f)).run(AbcSmc.Listener.NONE);
            histogram[rank(run.last(), theta, rng) * RANK_BINS / (DRAWS + 1)]++;
        }
        check("sampler on the binomial toy", fits, histogram);
    }

    @Test
    @EnabledIfSystemProperty(named = "corridorsim.sbc", matches = "true")
    void theFitThroughTheSimulatorIsCalibrated() throws InterruptedException {
        int fits = Integer.getInteger("corridorsim.sbc.fits", 100);
        int particles = Integer.getInteger("corridorsim.sbc.particles", 300);
        Path file = Path.of("src/test/resources/inference/thinning.yaml");
        List<ScenarioOverride> model = List.of(
                new ScenarioOverride("priors", "{blocking.intercept.probability: {dist: beta, alpha: 2, beta: 2}}"),
                new ScenarioOverride("hypotheses", "[{id: beta, policies: [intercept]}]"));
        Scenario base = new ScenarioLoader().load(file, model);
        long[] histogram = new long[RANK_BINS];
        long started = System.nanoTime();
        for (int f = 0; f < fits; f++) {
            UniformRandomProvider rng = new RandomStreams(2018).stream(f, "sbc.truth");
            double theta = Priors.beta(2, 2).sample(rng);
            double evacuated = Truth.simulate(base, "beta", new double[] {theta}, rng.nextLong())[0];
            double low = WIDTH * Math.floor(evacuated / WIDTH);
            Scenario scenario = Truth.observing(file, base, new double[][] {{low, low + WIDTH - 1}}, model);
            FitResult result = Fit.of(scenario).particles(particles).seed(f).threads(2).predictiveDraws(0).run();
            histogram[rank(result.run().last(), theta, rng) * RANK_BINS / (DRAWS + 1)]++;
        }
        System.out.printf(Locale.ROOT, "%d fits of %d particles in %.0f s%n", fits, particles,
                (System.nanoTime() - started) / 1e9);
        check("fit of the thinning scenario", fits, histogram);
    }

    /**
     * The series form under a count likelihood: theta from the prior, three daily counts simulated
     * through the model, each reported with Poisson noise as the observation model says, then a
     * tempered fit down to temperature 1. Part of the release check, as above.
     */
    @Test
    @EnabledIfSystemProperty(named = "corridorsim.sbc", matches = "true")
    void theSeriesFitUnderACountLikelihoodIsCalibrated() throws InterruptedException {
        int fits = Integer.getInteger("corridorsim.sbc.fits", 100);
        int particles = Integer.getInteger("corridorsim.sbc.particles", 300);
        Path file = Path.of("src/test/resources/inference/series-thinning.yaml");
        Scenario base = new ScenarioLoader().load(file);
        String[] days = {"2024-01-01T00:00", "2024-01-02T00:00", "2024-01-03T00:00", "2024-01-04T00:00"};
        long[] histogram = new long[RANK_BINS];
        long started = System.nanoTime();
        long simulations = 0;
        for (int f = 0; f < fits; f++) {
            UniformRandomProvider rng = new RandomStreams(2019).stream(f, "sbc.truth");
            double theta = Priors.beta(2, 2).sample(rng);
            double[] daily = Truth.simulate(base, "beta", new double[] {theta}, rng.nextLong());
            StringBuilder series = new StringBuilder("[{metric: evacuated, model: poisson, series: [");
            for (int d = 0; d < daily.length; d++) {
                long count = daily[d] > 0 ? PoissonSampler.of(rng, daily[d]).sample() : 0;
                series.append(d == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{from: %s, at: %s, count: %d}",
                        days[d], days[d + 1], count));
            }
            series.append("]}]");
            Scenario scenario = new ScenarioLoader().load(file, List.of(new ScenarioOverride("observed",
                    series.toString())));
            // a budget no fit reaches: a fit that stopped short of temperature 1 would bias the ranks
            FitResult result = Fit.of(scenario).particles(particles).maxSimulations(100_000_000L).seed(f).threads(2)
                    .predictiveDraws(0).run();
            assertEquals(AbcSmc.Stop.EXACT, result.run().stop(), "fit " + f + " did not reach temperature 1");
            simulations += result.run().proposals();
            histogram[rank(result.run().last(), theta, rng) * RANK_BINS / (DRAWS + 1)]++;
        }
        System.out.printf(Locale.ROOT, "%d series fits of %d particles in %.0f s, %d simulations%n", fits, particles,
                (System.nanoTime() - started) / 1e9, simulations);
        check("series fit under a Poisson likelihood", fits, histogram);
    }

    /** The number of {@value #DRAWS} weighted draws from the population below {@code theta}, 0 .. DRAWS. */
    private static int rank(Population posterior, double theta, UniformRandomProvider rng) {
        int below = 0;
        for (int d = 0; d < DRAWS; d++) {
            double u = rng.nextDouble();
            double running = 0;
            int pick = posterior.size() - 1;
            for (int i = 0; i < posterior.size(); i++) {
                running += posterior.weights()[i];
                if (u < running) {
                    pick = i;
                    break;
                }
            }
            if (posterior.parameters()[pick][0] < theta) {
                below++;
            }
        }
        return below;
    }

    private static void check(String what, int fits, long[] histogram) {
        double p = ChiSquareTest.withDefaults().test(histogram).getPValue();
        double statistic = ChiSquareTest.withDefaults().statistic(histogram);
        System.out.printf(Locale.ROOT, "SBC, %s: %d fits, rank histogram %s (expected %.1f each), chi-square %.2f "
                + "on %d df, p = %.3f%n", what, fits, Arrays.toString(histogram), fits / (double) RANK_BINS, statistic,
                RANK_BINS - 1, p);
        assertTrue(p > 0.01, what + ": ranks are not uniform, histogram " + Arrays.toString(histogram) + ", p = " + p);
    }
}
