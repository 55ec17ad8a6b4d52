package org.corridorsim.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corridorsim.scenario.Observation;
import org.corridorsim.stats.Summary;

/**
 * How a run compares with one observation: the simulated value's summary across replications
 * (empty when no replication gave a value) and the share of replications whose value lies within
 * the observed range.
 */
public record ObservationCheck(Observation observation, Optional<Summary> summary, double inside, int replications) {

    /** Checks {@code observation} against the replications of {@code result}; values that are NaN are left out. */
    public static ObservationCheck of(ExperimentResult result, Observation observation) {
        double[] values = Arrays.stream(result.valuesAt(observation.metric(), observation.seconds()))
                .filter(Double::isFinite).toArray();
        if (values.length == 0) {
            return new ObservationCheck(observation, Optional.empty(), Double.NaN, 0);
        }
        int in = 0;
        for (double value : values) {
            if (observation.contains(value)) {
                in++;
            }
        }
        return new ObservationCheck(observation, Optional.of(Summary.of(values, result.confidence())),
                (double) in / values.length, values.length);
    }

    /** Every observation, in the order of the scenario. */
    public static List<ObservationCheck> all(ExperimentResult result, List<Observation> observations) {
        return observations.stream().map(o -> of(result, o)).toList();
    }
}
