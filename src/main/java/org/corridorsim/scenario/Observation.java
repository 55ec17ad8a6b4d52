package org.corridorsim.scenario;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.corridorsim.model.CountRecording;
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
     * The throughput series of a metric ({@code evacuated}, {@code evacuated.<kind>},
     * {@code corridor.<id>.evacuated}), if it has one: the report draws its observations on it.
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
     * The counts a replication must record for these observations: every metric counted at a
     * time before the horizon, at every such time (the starts and ends of incident counts too).
     * A count at the horizon is the metric's final value, and before the start it is 0, so
     * neither is recorded.
     *
     * @param observed observations
     * @param horizon the model's horizon, in seconds
     * @return the recording, {@link CountRecording#NONE} when nothing is counted on the way
     */
    public static CountRecording recording(List<Observation> observed, double horizon) {
        TreeSet<String> metrics = new TreeSet<>();
        TreeSet<Double> times = new TreeSet<>();
        for (Observation o : observed) {
            for (double t : new double[] {o.seconds(), o.fromSeconds()}) {
                if (t > 0 && t < horizon) {
                    metrics.add(o.metric());
                    times.add(t);
                }
            }
        }
        return times.isEmpty() ? CountRecording.NONE : new CountRecording(List.copyOf(metrics), List.copyOf(times));
    }

    /**
     * The value of a count at a time in one replication: 0 at the start, the metric's final
     * value at the horizon or after, else the count recorded then (what happened before that
     * time). A {@code blocked.<id>} or {@code persons-stopped.<id>} of a policy the model does
     * not have (switched off by a hypothesis) is 0.
     *
     * @param outcome a replication's outcome
     * @param names the names of the model that produced it
     * @param metric a metric name
     * @param seconds the time, not negative
     * @param horizon the model's horizon, in seconds
     * @return the count, or NaN when the model neither has the metric nor recorded it
     */
    public static double countAt(Outcome outcome, MetricNames names, String metric, double seconds, double horizon) {
        if (!names.contains(metric)) {
            return isPolicyCount(metric) ? 0 : Double.NaN;
        }
        if (seconds >= horizon) {
            return outcome.value(names, metric);
        }
        if (seconds <= 0) {
            return 0;
        }
        int slot = names.recorded(metric, seconds);
        return slot < 0 ? Double.NaN : outcome.recorded(slot);
    }

    /**
     * This observation's value in one replication: the count at {@code at} (or the metric at the
     * horizon), minus the count at {@code from} for an incident count.
     *
     * @param outcome a replication's outcome
     * @param names the names of the model that produced it
     * @param horizon the model's horizon, in seconds
     * @return the value, or NaN when the model has no such metric
     */
    public double value(Outcome outcome, MetricNames names, double horizon) {
        double value = countAt(outcome, names, metric, seconds, horizon);
        return incident() ? value - countAt(outcome, names, metric, fromSeconds, horizon) : value;
    }

    private static boolean isPolicyCount(String metric) {
        return metric.startsWith("blocked.") || metric.startsWith("persons-stopped.") || metric.startsWith("delayed.");
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
