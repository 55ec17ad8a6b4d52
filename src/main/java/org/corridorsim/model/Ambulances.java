package org.corridorsim.model;

import org.corridorsim.random.Distribution;

/** Ambulances that carry medical groups, one group per trip. */
public record Ambulances(int vehicles, Distribution trip) {

    public Ambulances {
        if (vehicles < 1) {
            throw new IllegalArgumentException("ambulances must be at least 1, got " + vehicles);
        }
    }
}
