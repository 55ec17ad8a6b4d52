package org.corridorsim.scenario;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;

/**
 * Something that was seen: a summary metric (e.g. {@code evacuated},
 * {@code corridor.east.evacuated}) lay in [{@code low}, {@code high}], according to
 * {@code source}. {@code at} is the local time of a cumulative count, empty for the value at the
 * horizon; {@code seconds} is that time in simulation seconds (the horizon when {@code at} is empty).
 * An incident count also has {@code from}: it is the count at {@code at} minus the count at
 * {@code from} ({@code fromSeconds}), the persons counted between the two times. A one-sided
 * bound has {@code low} of minus infinity ({@code at-most}) or {@code high} of plus infinity
 * ({@code at-least}). An observation weighed by a count likelihood ({@link ObservationModel})
 * has {@code low} equal to {@code high}: the count the source gave.
 *
 * @param metric a summary metric name, not blank
 * @param at the local time of a cumulative count, or empty for the value at the horizon
 * @param seconds that time in simulation seconds, not negative
 * @param from the local time an incident count starts from, or empty for a cumulative count
 * @param fromSeconds that time in simulation seconds, before {@code seconds}; NaN without {@code from}
 * @param low the smallest value consistent with the source; minus infinity for none
 * @param high the largest, not below {@code low}; plus infinity for none
 * @param source where the figure comes from
 * @param model how the figure relates to the simulated value
 * @param bias the name of the source's bias factor in {@link Inference#noise()}, if it has one
 */
public record Observation(String metric, Optional<LocalDateTime> at, double seconds, Optional<LocalDateTime> from,
        double fromSeconds, double low, double high, String source, ObservationModel model, Optional<String> bias) {

    /**
     * Checks the components.
     *
     * @param metric a summary metric name, not blank
     * @param at the local time of a cumulative count, or empty for the value at the horizon
     * @param seconds that time in simulation seconds, not negative
     * @param from the local time an incident count starts from, or empty for a cumulative count
     * @param fromSeconds that time in simulation seconds, before {@code seconds}; NaN without {@code from}
     * @param low the smallest value consistent with the source; minus infinity for none
     * @param high the largest, not below {@code low}; plus infinity for none
     * @param source where the figure comes from
     * @param model how the figure relates to the simulated value
     * @param bias the name of the source's bias factor, if it has one
     */
    public Observation {
        if (metric.isBlank()) {
            throw new IllegalArgumentException("an observation needs a metric");
        }
        if (!(low <= high) || Double.isNaN(low) || Double.isNaN(high) || low == Double.POSITIVE_INFINITY
                || high == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("observation of " + metric + ": low must not exceed high, got ["
                    + low + ", " + high + "]");
        }
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("observation of " + metric + ": time must not be negative, got " + seconds);
        }
        if (from.isPresent() != !Double.isNaN(fromSeconds) || from.isPresent() && !(fromSeconds >= 0
                && fromSeconds < seconds)) {
            throw new IllegalArgumentException("observation of " + metric + ": an incident count needs a start "
                    + "from 0 to before its end, got " + fromSeconds + " to " + seconds);
        }
        if (model.likelihood() && !(low == high && low >= 0 && low < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("observation of " + metric + ": a " + model.kind().word()
                    + " observation is one count, not negative, got [" + low + ", " + high + "]");
        }
    }

    /**
     * A range observation, cumulative or incident, with no bias.
     *
     * @param metric a summary metric name, not blank
     * @param at the local time of a cumulative count, or empty for the value at the horizon
     * @param seconds that time in simulation seconds, not negative
     * @param from the local time an incident count starts from, or empty for a cumulative count
     * @param fromSeconds that time in simulation seconds, before {@code seconds}; NaN without {@code from}
     * @param low the smallest value consistent with the source; minus infinity for none
     * @param high the largest, not below {@code low}; plus infinity for none
     * @param source where the figure comes from
     */
    public Observation(String metric, Optional<LocalDateTime> at, double seconds, Optional<LocalDateTime> from,
            double fromSeconds, double low, double high, String source) {
        this(metric, at, seconds, from, fromSeconds, low, high, source, ObservationModel.RANGE, Optional.empty());
    }

    /**
     * A cumulative count at a time, or a metric at the horizon.
     *
     * @param metric a summary metric name, not blank
     * @param at the local time of a cumulative count, or empty for the value at the horizon
     * @param seconds that time in simulation seconds, not negative
     * @param low the smallest value consistent with the source
     * @param high the largest, not below {@code low}
     * @param source where the figure comes from
     */
    public Observation(String metric, Optional<LocalDateTime> at, double seconds, double low, double high,
            String source) {
        this(metric, at, seconds, Optional.empty(), Double.NaN, low, high, source, ObservationModel.RANGE,
                Optional.empty());
    }

    /** {@return whether this is an incident count, between {@code from} and {@code at}} */
    public boolean incident() {
        return from.isPresent();
    }

    /**
     * The throughput series of a cumulative metric ({@code evacuated}, {@code evacuated.<kind>},
     * {@code corridor.<id>.evacuated}), if it has one.
     *
     * @param metric a metric name
     * @param names the model's metric names
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
     * The count of a throughput series up to {@code seconds}: the whole bins before it, plus the
     * share of the (possibly short) bin it falls in, as if that bin's count were spread evenly
     * ({@code docs/scenario-format.md}). At the horizon or after, every bin.
     *
     * @param outcome a replication's outcome
     * @param series the series index
     * @param seconds the time, not negative
     * @param binWidth the bin width, in seconds
     * @param horizon the model's horizon, in seconds
     * @return the count
     */
    public static double countUpTo(Outcome outcome, int series, double seconds, double binWidth, double horizon) {
        int bins = outcome.bins(series);
        if (seconds >= horizon) {
            double sum = 0;
            for (int b = 0; b < bins; b++) {
                sum += outcome.throughput(series, b);
            }
            return sum;
        }
        int whole = (int) Math.floor(seconds / binWidth);
        double binEnd = Math.min(horizon, (whole + 1) * binWidth);
        double share = (seconds - whole * binWidth) / (binEnd - whole * binWidth);
        double sum = 0;
        for (int b = 0; b < whole && b < bins; b++) {
            sum += outcome.throughput(series, b);
        }
        if (whole < bins) {
            sum += share * outcome.throughput(series, whole);
        }
        return sum;
    }

    /**
     * Whether a value lies in the range.
     *
     * @param value a simulated value
     * @return true inside [{@code low}, {@code high}]
     */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /**
     * How far a value lies outside the range, in the quantity's own units; 0 inside.
     *
     * @param value a simulated value
     * @return the distance; infinite for NaN
     */
    public double distance(double value) {
        return value < low ? low - value : value > high ? value - high : Double.isNaN(value) ? Double.POSITIVE_INFINITY : 0;
    }

    /** {@return a short description, e.g. {@code evacuated at 2016-10-20T19:00 in [0, 17]}} */
    public String label() {
        String when = from.map(start -> " from " + start + " to " + at.map(Object::toString).orElse("the end"))
                .orElseGet(() -> at.map(time -> " at " + time).orElse(""));
        if (model.likelihood()) {
            return metric + when + " = " + number(low) + " (" + model.label()
                    + (source.isEmpty() ? "" : ", " + source) + ")";
        }
        String range = low == Double.NEGATIVE_INFINITY ? " at most " + number(high)
                : high == Double.POSITIVE_INFINITY ? " at least " + number(low)
                : " in [" + number(low) + ", " + number(high) + "]";
        return metric + when + range;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
