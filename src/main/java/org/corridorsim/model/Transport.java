package org.corridorsim.model;

import java.util.Objects;
import org.corridorsim.random.Distribution;

/**
 * Vehicles that carry screened people away. A vehicle leaves when full, or when its first
 * passenger has waited {@code maxWait} seconds (infinite: only when full).
 *
 * @param vehicles how many, at least 1
 * @param seats persons per vehicle, at least 1
 * @param trip the round-trip time, in seconds
 * @param maxWait seconds, positive; infinite to leave only when full
 */
public record Transport(int vehicles, int seats, Distribution trip, double maxWait) {

    /**
     * Checks the components.
     *
     * @param vehicles how many, at least 1
     * @param seats persons per vehicle, at least 1
     * @param trip the round-trip time, in seconds
     * @param maxWait seconds, positive; infinite to leave only when full
     */
    public Transport {
        Objects.requireNonNull(trip, "trip");
        if (vehicles < 1) {
            throw new IllegalArgumentException("vehicles must be at least 1, got " + vehicles);
        }
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be at least 1, got " + seats);
        }
        if (!(maxWait > 0)) {
            throw new IllegalArgumentException("maximum wait must be positive, got " + maxWait);
        }
    }
}
