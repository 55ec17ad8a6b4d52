package org.corridorsim.model;

import org.corridorsim.random.Distribution;

/**
 * Ambulances that carry medical groups, one group per trip.
 *
 * @param vehicles how many, at least 1
 * @param trip the round-trip time, in seconds
 */
public record Ambulances(int vehicles, Distribution trip) {

    /**
     * Checks the components.
     *
     * @param vehicles how many, at least 1
     * @param trip the round-trip time, in seconds
     */
    public Ambulances {
        if (vehicles < 1) {
            throw new IllegalArgumentException("ambulances must be at least 1, got " + vehicles);
        }
    }
}
