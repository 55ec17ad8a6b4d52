package org.corridorsim.model;

import java.util.List;
import java.util.Objects;
import org.corridorsim.random.Distribution;

/**
 * An authorised convoy: groups wait at a staging point and leave together at the authorised
 * times, on up to {@code vehicles} vehicles of {@code seats} each (whole groups, in order of
 * arrival). People on board are in transit until the convoy reaches the destination after
 * {@code road}; the policies decide on the whole convoy on the road (pass, hold it, turn it back,
 * detain everyone), then on each group aboard. The vehicles come back after {@code back}.
 *
 * @param vehicles how many, at least 1
 * @param seats persons per vehicle, at least 1
 * @param times the authorised departure times, in seconds from the start, increasing
 * @param road the time on the road to the destination, in seconds
 * @param back the time for the vehicles to come back after arriving, in seconds
 */
public record Convoy(int vehicles, int seats, List<Double> times, Distribution road, Distribution back) {

    /**
     * Checks the components.
     *
     * @param vehicles how many, at least 1
     * @param seats persons per vehicle, at least 1
     * @param times the authorised departure times, in seconds from the start, increasing
     * @param road the time on the road to the destination, in seconds
     * @param back the time for the vehicles to come back after arriving, in seconds
     */
    public Convoy {
        Objects.requireNonNull(road, "road");
        Objects.requireNonNull(back, "back");
        times = List.copyOf(times);
        if (vehicles < 1 || seats < 1) {
            throw new IllegalArgumentException("a convoy needs at least 1 vehicle of at least 1 seat, got " + vehicles
                    + " x " + seats);
        }
        for (int i = 1; i < times.size(); i++) {
            if (!(times.get(i) > times.get(i - 1))) {
                throw new IllegalArgumentException("convoy times must increase, got " + times);
            }
        }
    }
}
