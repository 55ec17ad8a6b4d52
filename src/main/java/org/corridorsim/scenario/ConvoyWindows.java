package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.model.Interval;
import org.corridorsim.model.Windows;

/**
 * A convoy authorised by opening windows: {@code windows: corridor} (the corridor's) or the
 * station's own windows (as a corridor's: {@code always}, {@code {daily: ...}} or a list of
 * {@code {from, to}}). The rule, fixed at read time into the convoy's authorised times:
 * <ul>
 *   <li>alone, a convoy is authorised as each window opens (a window already open at the start
 *       authorises one at the start);</li>
 *   <li>with {@code every: D}, as each window opens and then every D while it stays open;</li>
 *   <li>with {@code at: [...]}, at those of the given times that fall inside a window.</li>
 * </ul>
 */
final class ConvoyWindows {

    private ConvoyWindows() {
    }

    static Optional<List<Double>> times(Node node, ScenarioClock clock, Windows corridorWindows) {
        if (node.has("first")) {
            node.child("first").keyError("first: is for every: without windows; with windows, every: counts from"
                    + " each window's opening");
            return Optional.empty();
        }
        if (node.has("at") && node.has("every")) {
            node.error("a convoy leaves at authorised times: give at: [DATE-TIME, ...] or every: DURATION, not both");
            return Optional.empty();
        }
        Node at = node.child("windows");
        Optional<Windows> windows = at.json().isTextual() && at.json().asText().equals("corridor")
                ? Optional.of(corridorWindows) : WindowsReader.read(at, clock);
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        List<Interval> open = WindowsReader.withinHorizon(windows.get(), clock.horizon());
        List<Double> times = new ArrayList<>();
        if (node.has("at")) {
            Optional<List<Double>> given = StationReader.times(node, clock);
            if (given.isEmpty()) {
                return Optional.empty();
            }
            for (double t : given.get()) {
                if (open.stream().anyMatch(w -> t >= w.from() && t < w.to())) {
                    times.add(t);
                }
            }
        } else {
            Optional<Double> every = node.has("every") ? DurationParser.positiveDuration(node.child("every"))
                    : Optional.of(Double.POSITIVE_INFINITY);
            if (every.isEmpty()) {
                return Optional.empty();
            }
            for (Interval w : open) {
                for (double t = w.from(); t < w.to() && times.size() < 100_000; t += every.get()) {
                    times.add(t);
                }
            }
        }
        return Scalars.check(at, !times.isEmpty(), "no authorised convoy time falls inside these windows between the"
                + " start " + clock.start() + " and the end " + clock.end()) ? Optional.of(times) : Optional.empty();
    }
}
