package org.corridorsim.experiment;

import org.corridorsim.scenario.Observation;
import org.corridorsim.stats.Summary;

/**
 * How a run compares with one observation: the simulated value's summary across replications
 * ({@code n} 0 when no replication gave a value, e.g. the run has no such metric) and the share of
 * replications whose value lies within the observed range (NaN without values).
 */
public record ObservationCheck(Observation observation, Summary summary, double inside) {

    /** {@return replications that gave a value} */
    public int replications() {
        return summary.n();
    }
}
