package org.corridorsim.model;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.random.Sampler;

/** One population during a replication: its departures, behaviour samplers and corridor choice. */
final class PopulationState {

    final Population spec;
    final Departures departures;
    final UniformRandomProvider medicalStream;
    /** Null when the population waits without limit. */
    final Sampler patience;
    final double retryProbability;
    final UniformRandomProvider retryStream;
    final Sampler retryDelay;
    /** Corridors the population can reach and may use, nearest first. */
    final int[] candidates;
    /** Travel-time sampler per corridor index; null where unreachable. */
    final Sampler[] travel;
    /** Groups and persons that have set out so far; the next group's ordinal is {@code groupsSent}. */
    long groupsSent;
    long personsSetOut;

    PopulationState(Population spec, Departures departures, UniformRandomProvider medicalStream, Sampler patience,
            UniformRandomProvider retryStream, Sampler retryDelay, int[] candidates, Sampler[] travel) {
        this.spec = spec;
        this.departures = departures;
        this.medicalStream = medicalStream;
        this.patience = patience;
        this.retryProbability = spec.retry().probability();
        this.retryStream = retryStream;
        this.retryDelay = retryDelay;
        this.candidates = Arrays.copyOf(candidates, candidates.length);
        this.travel = travel;
    }

    /** Persons of a finite population who have not set out (yet); 0 for an open population. */
    double notSetOut() {
        return spec.demand() instanceof Demand.Finite finite ? finite.size() - personsSetOut : 0;
    }

    boolean drawMedical() {
        double share = spec.medicalShare();
        return share > 0 && medicalStream.nextDouble() < share;
    }

    boolean drawRetry() {
        return retryProbability > 0 && retryStream.nextDouble() < retryProbability;
    }
}
