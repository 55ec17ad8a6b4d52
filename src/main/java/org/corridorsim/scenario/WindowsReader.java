package org.corridorsim.scenario;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.model.Interval;
import org.corridorsim.model.Windows;

/**
 * Opening windows: {@code always}, {@code {daily: {from: "08:00", to: "19:00"}}} (one window per
 * local day, an overnight one when {@code to} is not after {@code from}), or a list of
 * {@code {from: DATE-TIME, to: DATE-TIME}}. Windows are clipped to the scenario's horizon.
 */
final class WindowsReader {

    static final String EXAMPLE = "{daily: {from: \"08:00\", to: \"19:00\"}}";
    private static final int DAY = 86_400;

    private WindowsReader() {
    }

    static Optional<Windows> read(Node node, ScenarioClock clock) {
        if (node.json().isTextual() && node.json().asText().equals("always")) {
            return Optional.of(Windows.always());
        }
        Optional<List<Interval>> intervals;
        if (node.isMapping()) {
            if (!node.expectMapping(List.of("daily"), EXAMPLE)) {
                return Optional.empty();
            }
            intervals = daily(node.required("daily", "e.g. daily: {from: \"08:00\", to: \"19:00\"}"), clock);
        } else if (node.isSequence()) {
            intervals = explicit(node, clock);
        } else {
            node.error("expected always, " + EXAMPLE + " or a list of {from: DATE-TIME, to: DATE-TIME}, got "
                    + node.describe());
            return Optional.empty();
        }
        return intervals.filter(list -> Scalars.check(node, !list.isEmpty(),
                "no window is open between the start " + clock.start() + " and the end " + clock.end()))
                .map(Windows::new);
    }

    /** The open parts of {@code windows} within [0, horizon), for departures. */
    static List<Interval> withinHorizon(Windows windows, double horizon) {
        List<Interval> clipped = new ArrayList<>();
        for (Interval window : windows.intervals()) {
            double from = Math.max(0, window.from());
            double to = Math.min(horizon, window.to());
            if (from < to) {
                clipped.add(new Interval(from, to));
            }
        }
        return clipped;
    }

    private static Optional<List<Interval>> daily(Node node, ScenarioClock clock) {
        if (node.isMissing() || !node.expectMapping(List.of("from", "to", "hours"),
                "{from: \"08:00\", to: \"19:00\"} or {from: \"08:00\", hours: 11}")) {
            return Optional.empty();
        }
        Optional<Integer> from = required(node, "from").flatMap(ScenarioClock::timeOfDay);
        Optional<Integer> to = closing(node, from);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!Scalars.check(node.child("from"), from.get() < DAY, "a window must open before 24:00")
                || !Scalars.check(node.child("to"), !from.equals(to), "a daily window must not be empty, but from equals to")) {
            return Optional.empty();
        }
        int close = to.get() > from.get() ? to.get() : to.get() + DAY;
        List<Interval> intervals = new ArrayList<>();
        LocalDate last = clock.end().toLocalDate();
        for (LocalDate day = clock.start().toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            LocalDateTime midnight = day.atStartOfDay();
            add(intervals, clock.seconds(midnight.plusSeconds(from.get())), clock.seconds(midnight.plusSeconds(close)), clock);
        }
        return Optional.of(intervals);
    }

    /**
     * When the daily window closes: {@code to}, a time of day, or {@code hours}, a whole number of
     * hours from 1 to 24 after {@code from} (a decision variable for {@code plan}).
     */
    private static Optional<Integer> closing(Node node, Optional<Integer> from) {
        Node hours = node.child("hours");
        if (hours.isMissing()) {
            return required(node, "to").flatMap(ScenarioClock::timeOfDay);
        }
        if (!node.child("to").isMissing()) {
            node.child("to").keyError("give either to (when the window closes) or hours (how long it stays open), "
                    + "not both");
            return Optional.empty();
        }
        hours.noteParameter(Parameter.Type.INTEGER, 1, 24);
        return Scalars.integer(hours, 1)
                .filter(h -> Scalars.check(hours, h <= 24, "a daily window is open at most 24 hours, got " + h))
                .flatMap(h -> from.map(f -> (int) (f + h * 3600L)));
    }

    private static Optional<List<Interval>> explicit(Node node, ScenarioClock clock) {
        List<Interval> intervals = new ArrayList<>();
        boolean ok = true;
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Node item : node.items()) {
            if (!item.expectMapping(List.of("from", "to"), "{from: 2016-10-20T08:00, to: 2016-10-20T19:00}")) {
                ok = false;
                continue;
            }
            Optional<LocalDateTime> from = required(item, "from").flatMap(ScenarioClock::dateTime);
            Optional<LocalDateTime> to = required(item, "to").flatMap(ScenarioClock::dateTime);
            if (from.isEmpty() || to.isEmpty()) {
                ok = false;
                continue;
            }
            double start = clock.seconds(from.get());
            double end = clock.seconds(to.get());
            ok &= Scalars.check(item.child("to"), end > start, "a window must end after it starts at " + from.get()
                    + ", got " + to.get())
                    && Scalars.check(item.child("from"), start >= previousEnd,
                            "windows must be in order and must not overlap; this one starts before the previous one ends")
                    && Scalars.check(item, start < clock.horizon() && end > 0, "the window from " + from.get() + " to "
                            + to.get() + " lies outside the scenario, which runs from " + clock.start() + " to " + clock.end());
            previousEnd = Math.max(previousEnd, end);
            add(intervals, start, end, clock);
        }
        return ok ? Optional.of(intervals) : Optional.empty();
    }

    private static Optional<Node> required(Node mapping, String key) {
        Node value = mapping.required(key, "");
        return value.isMissing() ? Optional.empty() : Optional.of(value);
    }

    /** Adds [from, to) clipped to the horizon, joining it to a window that ends where it starts. */
    private static void add(List<Interval> intervals, double from, double to, ScenarioClock clock) {
        double start = Math.max(0, from);
        double end = Math.min(clock.horizon(), to);
        if (!(start < end)) {
            return;
        }
        int last = intervals.size() - 1;
        if (last >= 0 && intervals.get(last).to() >= start) {
            intervals.set(last, new Interval(intervals.get(last).from(), Math.max(end, intervals.get(last).to())));
        } else {
            intervals.add(new Interval(start, end));
        }
    }
}
