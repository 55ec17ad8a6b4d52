package org.corridorsim.scenario;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.corridorsim.model.MetricNames;

/**
 * Something that was seen: a summary metric (e.g. {@code evacuated},
 * {@code corridor.east.evacuated}) lay in [{@code low}, {@code high}], according to
 * {@code source}. {@code at} is the local time of a cumulative count, empty for the value at the
 * horizon; {@code seconds} is that time in simulation seconds (the horizon when {@code at} is empty).
 *
 * @param metric a summary metric name, not blank
 * @param at the local time of a cumulative count, or empty for the value at the horizon
 * @param seconds that time in simulation seconds, not negative
 * @param low the smallest value consistent with the source
 * @param high the largest, not below {@code low}
 * @param source where the figure comes from
 */
public record Observation(String metric, Optional<LocalDateTime> at, double seconds, double low, double high,
        String source) {

    /**
     * Checks the components.
     *
     * @param metric a summary metric name, not blank
     * @param at the local time of a cumulative count, or empty for the value at the horizon
     * @param seconds that time in simulation seconds, not negative
     * @param low the smallest value consistent with the source
     * @param high the largest, not below {@code low}
     * @param source where the figure comes from
     */
    public Observation {
        if (metric.isBlank()) {
            throw new IllegalArgumentException("an observation needs a metric");
        }
        if (!(low <= high) || Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException("observation of " + metric + ": low must not exceed high, got ["
                    + low + ", " + high + "]");
        }
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("observation of " + metric + ": time must not be negative, got " + seconds);
        }
    }

    /**
     * The throughput series that counts {@code metric} over time: {@code evacuated},
     * {@code evacuated.<kind>} and {@code corridor.<id>.evacuated} have one; other metrics none.
     *
     * @param metric a metric name
     * @param names the names of the model
     * @return the series index, or empty
     */
    public static OptionalInt series(String metric, MetricNames names) {
        for (int s = 0; s < names.seriesCount(); s++) {
            String corridor = names.seriesCorridor(s);
            String kind = names.seriesKind(s);
            boolean allCorridors = corridor.equals(MetricNames.ALL);
            boolean allKinds = kind.equals(MetricNames.ALL);
            String name = allCorridors ? (allKinds ? "evacuated" : "evacuated." + kind)
                    : allKinds ? "corridor." + corridor + ".evacuated" : "";
            if (name.equals(metric)) {
                return OptionalInt.of(s);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether a simulated value matches the observation.
     *
     * @param value a simulated value
     * @return true if it lies within [{@code low}, {@code high}]
     */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /**
     * How far a simulated value is from the observed range; a fit minimises it.
     *
     * @param value a simulated value
     * @return 0 inside the range, otherwise the distance to it; infinite for NaN
     */
    public double distance(double value) {
        return value < low ? low - value : value > high ? value - high : Double.isNaN(value) ? Double.POSITIVE_INFINITY : 0;
    }

    /** {@return {@code evacuated at 2016-10-22T19:00 in [0, 17]}} */
    public String label() {
        return metric + at.map(time -> " at " + time).orElse("") + " in [" + number(low) + ", "
                + number(high) + "]";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
