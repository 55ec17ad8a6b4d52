package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corridorsim.model.CountRecording;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.scenario.Observation;
import org.junit.jupiter.api.Test;

/** A run against observed ranges: the value of a count at a time, and the share of replications inside. */
class ObservationTallyTest {

    /** Records the counts at 05:00, 05:30 and 09:00, as a scenario with observations then would. */
    private final EvacuationModel model = new EvacuationModel(Models.checkpoint(2).evacuation().withRecording(
            new CountRecording(List.of("corridor.C1.evacuated", "evacuated"),
                    List.of(5 * Models.HOUR, 5.5 * Models.HOUR, 9 * Models.HOUR))));
    private final List<Outcome> outcomes = new ArrayList<>();
    private final ExperimentResult result = Experiment.of(model).replications(8).seed(3).onOutcome(outcomes::add).run();

    private ObservationCheck check(Observation observation) {
        ObservationTally tally = new ObservationTally(List.of(observation), model, 0.95);
        outcomes.forEach(tally);
        return tally.checks().get(0);
    }

    private static Observation evacuated(double seconds, double low, double high) {
        return new Observation("evacuated", Optional.empty(), seconds, low, high, "");
    }

    @Test
    void aCountAtTheHorizonIsTheMetric() {
        ObservationCheck check = check(evacuated(24 * Models.HOUR, 0, 1e9));

        assertEquals(result.summary("evacuated"), check.summary());
        assertEquals(1.0, check.inside());
    }

    @Test
    void aCountAtATimeIsTheOneRecordedThenWhichAtABinEndIsTheBinsBeforeIt() {
        ThroughputSummary cumulative = result.cumulative().stream()
                .filter(s -> s.corridor().equals(MetricNames.ALL) && s.kind().equals(MetricNames.ALL)).findFirst()
                .orElseThrow();
        ThroughputSummary perBin = result.throughput().stream()
                .filter(s -> s.corridor().equals(MetricNames.ALL) && s.kind().equals(MetricNames.ALL)).findFirst()
                .orElseThrow();

        assertEquals(cumulative.mean()[4], check(evacuated(5 * Models.HOUR, 0, 1e9)).summary().mean(), 1e-9);
        double halfPast = check(evacuated(5.5 * Models.HOUR, 0, 1e9)).summary().mean();
        assertTrue(halfPast > cumulative.mean()[4] && halfPast < cumulative.mean()[4] + perBin.mean()[5],
                "inside the bin from 05:00 to 06:00: " + halfPast);
        assertEquals(0, check(evacuated(5.25 * Models.HOUR, 0, 1e9)).replications(), "not recorded: no value");
        assertEquals(check(evacuated(5 * Models.HOUR, 0, 1e9)).summary(),
                check(new Observation("corridor.C1.evacuated", Optional.empty(), 5 * Models.HOUR, 0, 1e9, "")).summary(),
                "one corridor carries everyone");
    }

    @Test
    void anIncidentCountIsTheDifferenceOfTwoCumulativeCounts() {
        ThroughputSummary cumulative = result.cumulative().stream()
                .filter(s -> s.corridor().equals(MetricNames.ALL) && s.kind().equals(MetricNames.ALL)).findFirst()
                .orElseThrow();
        Observation incident = new Observation("evacuated", Optional.empty(), 9 * Models.HOUR, 
                Optional.of(java.time.LocalDateTime.of(2020, 1, 1, 5, 0)), 5 * Models.HOUR, 0, Double.POSITIVE_INFINITY, "");
        assertEquals(cumulative.mean()[8] - cumulative.mean()[4], check(incident).summary().mean(), 1e-9);
        assertEquals(1.0, check(incident).inside(), "at least 0: every replication");
    }

    @Test
    void theShareInsideCountsReplicationsInTheClosedRange() {
        double[] values = outcomes.stream().mapToDouble(o -> o.value(model.metricNames(), "evacuated")).sorted().toArray();

        assertEquals(0.5, check(evacuated(24 * Models.HOUR, 0, values[3])).inside());
        assertEquals(1.0, check(evacuated(24 * Models.HOUR, values[0], values[7])).inside());
        long atLeastSeventh = Arrays.stream(values).filter(v -> v >= values[6]).count();
        assertEquals(atLeastSeventh / 8.0, check(evacuated(24 * Models.HOUR, values[6], 1e9)).inside());
    }

    @Test
    void aMetricTheRunDoesNotHaveGivesNoValue() {
        ObservationCheck check = check(new Observation("blocked.patrols", Optional.empty(), 24 * Models.HOUR, 0, 5, ""));

        assertEquals(0, check.replications());
        assertTrue(Double.isNaN(check.inside()));
    }
}
