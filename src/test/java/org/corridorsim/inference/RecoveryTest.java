package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parameter and model recovery on a two-corridor scenario: outcomes simulated from known
 * parameters and hypotheses, observed as ranges of +/- 5 persons around them, then fitted.
 *
 * <p>{@code mvn test} recovers one pair of parameters under one hypothesis; the trials over
 * several truths and all four hypotheses are long and run in the full profile
 * ({@code mvn verify -Pfull}).
 */
class RecoveryTest {

    static final Path FILE = Path.of("src/test/resources/inference/two-corridors.yaml");
    static final String A = "blocking.block-a.probability";
    static final String B = "blocking.block-b.probability";

    static Scenario observed(double[] simulated) {
        return observed(simulated, List.of());
    }

    static Scenario observed(double[] simulated, List<ScenarioOverride> model) {
        Scenario base = new ScenarioLoader().load(FILE, model);
        double[][] ranges = new double[simulated.length][];
        for (int k = 0; k < simulated.length; k++) {
            ranges[k] = new double[] {Math.max(0, simulated[k] - 5), simulated[k] + 5};
        }
        return Truth.observing(FILE, base, ranges, model);
    }

    @Test
    void knownParametersOfTheOnlyHypothesisLieInsideTheFittedIntervals() throws InterruptedException {
        List<ScenarioOverride> model = List.of(new ScenarioOverride("hypotheses", "[{id: both, policies: [block-a, block-b]}]"));
        Scenario base = new ScenarioLoader().load(FILE, model);
        double[] truth = {0.3, 0.7};
        FitResult result = Fit.of(observed(Truth.simulate(base, "both", truth, 100), model)).particles(100).seed(1)
                .threads(2).predictiveDraws(0).run();
        assertEquals(FitResult.Stop.EXACT, result.stop());
        ParameterPosterior a = result.hypotheses().get(0).parameters().get(A);
        ParameterPosterior b = result.hypotheses().get(0).parameters().get(B);
        assertTrue(a.low() <= truth[0] && truth[0] <= a.high(), "truth " + truth[0] + " for A, interval " + a);
        assertTrue(b.low() <= truth[1] && truth[1] <= b.high(), "truth " + truth[1] + " for B, interval " + b);
        assertTrue(a.high() - a.low() < 0.4 && b.high() - b.low() < 0.4, a + " " + b);
    }

    @Test
    @Tag("full")
    void knownParametersLieInsideTheFitted95PercentIntervals() throws InterruptedException {
        Scenario base = new ScenarioLoader().load(FILE);
        double[][] truths = {{0.3, 0.7}, {0.8, 0.15}};
        for (int t = 0; t < truths.length; t++) {
            double[] truth = truths[t];
            Scenario scenario = observed(Truth.simulate(base, "both", truth, 100 + t));
            FitResult result = Fit.of(scenario).particles(300).seed(t + 1).threads(2).predictiveDraws(0).run();
            assertEquals(FitResult.Stop.EXACT, result.stop());
            HypothesisPosterior both = result.hypotheses().get(0);
            ParameterPosterior a = both.parameters().get(A);
            ParameterPosterior b = both.parameters().get(B);
            assertTrue(a.low() <= truth[0] && truth[0] <= a.high(), "truth " + truth[0] + " for A, interval " + a);
            assertTrue(b.low() <= truth[1] && truth[1] <= b.high(), "truth " + truth[1] + " for B, interval " + b);
            // Informative, not just the prior: the interval is well under the prior's width of 1.
            assertTrue(a.high() - a.low() < 0.35 && b.high() - b.low() < 0.35, a + " " + b);
        }
    }

    /**
     * Simulates from each hypothesis three times (parameters fixed per trial) and fits all four
     * hypotheses; prints the confusion matrix (rows: true, columns: most probable).
     */
    @Test
    @Tag("full")
    void theTrueHypothesisIsMostProbableInMostTrials() throws InterruptedException {
        Scenario base = new ScenarioLoader().load(FILE);
        List<String> ids = List.of("both", "a-only", "b-only", "none");
        double[][][] parameters = {
            {{0.4, 0.6}, {0.25, 0.3}, {0.7, 0.5}},
            {{0.5}, {0.3}, {0.8}},
            {{0.6}, {0.35}, {0.2}},
            {{}, {}, {}}};
        int[][] confusion = new int[ids.size()][ids.size()];
        for (int truth = 0; truth < ids.size(); truth++) {
            for (int trial = 0; trial < 3; trial++) {
                double[] simulated = Truth.simulate(base, ids.get(truth), parameters[truth][trial], 1000 + 10 * truth + trial);
                FitResult result = Fit.of(observed(simulated)).particles(150).seed(trial + 7).threads(2)
                        .predictiveDraws(0).run();
                int best = 0;
                for (int h = 1; h < ids.size(); h++) {
                    if (result.hypotheses().get(h).probability() > result.hypotheses().get(best).probability()) {
                        best = h;
                    }
                }
                confusion[truth][best]++;
            }
        }
        StringBuilder matrix = new StringBuilder("confusion matrix (rows: true hypothesis; columns: most probable)\n");
        matrix.append(String.format("%-8s", "")).append(String.join(" ", ids.stream().map(i -> String.format("%7s", i))
                .toList())).append('\n');
        for (int truth = 0; truth < ids.size(); truth++) {
            matrix.append(String.format("%-8s", ids.get(truth)));
            for (int h = 0; h < ids.size(); h++) {
                matrix.append(String.format(" %7d", confusion[truth][h]));
            }
            matrix.append('\n');
        }
        System.out.print(matrix);
        for (int truth = 0; truth < ids.size(); truth++) {
            assertTrue(confusion[truth][truth] >= 2, matrix.toString());
        }
    }
}
