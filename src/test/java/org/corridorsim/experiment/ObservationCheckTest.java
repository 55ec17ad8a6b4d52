package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.corridorsim.scenario.Observation;
import org.junit.jupiter.api.Test;

/** A run against observed ranges: the value of a count at a time, and the share of replications inside. */
class ObservationCheckTest {

    private final ExperimentResult result = Experiment.of(Models.checkpoint(2)).replications(8).seed(3).run();

    @Test
    void aCountAtTheHorizonIsTheMetric() {
        assertArrayEquals(result.values("evacuated"), result.valuesAt("evacuated", 24 * Models.HOUR));
        assertArrayEquals(result.values("blocked"), result.valuesAt("blocked", 5 * Models.HOUR));
    }

    @Test
    void aCountAtABinEndSumsTheBinsBeforeItAndSharesThePartBin() {
        ThroughputSummary cumulative = result.cumulative().stream()
                .filter(s -> s.corridor().equals("all") && s.kind().equals("all")).findFirst().orElseThrow();
        ThroughputSummary perBin = result.throughput().stream()
                .filter(s -> s.corridor().equals("all") && s.kind().equals("all")).findFirst().orElseThrow();
        double[] byFive = result.valuesAt("evacuated", 5 * Models.HOUR);
        double[] byFiveAndAHalf = result.valuesAt("evacuated", 5.5 * Models.HOUR);

        assertEquals(cumulative.mean()[4], mean(byFive), 1e-9);
        assertEquals(cumulative.mean()[4] + perBin.mean()[5] / 2, mean(byFiveAndAHalf), 1e-9);
        assertArrayEquals(result.valuesAt("corridor.C1.evacuated", 5 * Models.HOUR), byFive);
    }

    @Test
    void theShareInsideCountsReplicationsInTheClosedRange() {
        double[] values = result.values("evacuated");
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        Observation lowerHalf = new Observation("evacuated", Optional.empty(), 24 * Models.HOUR, 0, sorted[3], "");
        ObservationCheck check = ObservationCheck.of(result, lowerHalf);

        assertEquals(0.5, check.inside());
        assertEquals(8, check.replications());
        assertEquals(mean(values), check.summary().orElseThrow().mean(), 1e-9);
        assertEquals(1.0, ObservationCheck.of(result, new Observation("evacuated", Optional.empty(), 24 * Models.HOUR, sorted[0],
                sorted[7], "")).inside());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
