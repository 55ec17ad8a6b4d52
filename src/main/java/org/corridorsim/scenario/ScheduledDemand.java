package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.corridorsim.model.Demand;
import org.corridorsim.model.DepartureProfile;
import org.corridorsim.model.Interval;

/**
 * A finite population whose intent to leave, or departure profile, changes by date: the entry's
 * {@code schedule:} lists local date-times where each piece starts, and {@code intent:} and
 * {@code departures:} may each be a list with one item per piece (the first piece also holds before
 * its start). In piece {@code i} people set out at the density {@code intent[i] × weight(t)} of the
 * piece's profile, weights per unit time being comparable across pieces; so the persons leaving are
 * {@code size × Σ intent[i] × mass[i] / Σ mass[i]}, where {@code mass[i]} is the profile's weight
 * within the piece and the horizon. Each item is reachable by an override path such as
 * {@code populations.p.intent[1]} or {@code populations.p.departures[1].profile[7]}.
 */
final class ScheduledDemand {

    private ScheduledDemand() {
    }

    /** Whether the entry schedules its demand: a schedule, or a list of intents or departure profiles. */
    static boolean isScheduled(Node population) {
        return population.has("schedule") || population.child("intent").isSequence()
                || population.child("departures").isSequence();
    }

    static Optional<Demand> read(Node population, long size, ScenarioClock clock,
            Function<Node, Optional<DepartureProfile>> departures) {
        Node intentNode = population.child("intent");
        Node departuresNode = population.child("departures");
        Node scheduleNode = population.child("schedule");
        if (scheduleNode.isMissing()) {
            (intentNode.isSequence() ? intentNode : departuresNode).error("a list needs schedule: (one local"
                    + " date-time per item, where each piece starts), e.g. schedule: [2018-03-01T00:00, 2018-03-15T00:00]");
            return Optional.empty();
        }
        if (!intentNode.isSequence() && !departuresNode.isSequence()) {
            scheduleNode.error("gives the times of the pieces of a list of intents or departures, but neither"
                    + " intent nor departures is a list");
            return Optional.empty();
        }
        Optional<List<Double>> starts = Scalars.list(scheduleNode, false)
                .flatMap(items -> Scalars.all(items, item -> ScenarioClock.dateTime(item).map(clock::seconds)))
                .filter(times -> increasing(scheduleNode, times));
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        int pieces = starts.get().size();
        Optional<List<Double>> intents = intentNode.isMissing() ? Optional.of(repeat(1.0, pieces))
                : intentNode.isSequence() ? pieces(intentNode, pieces, Scalars::probability)
                : Scalars.probability(intentNode).map(value -> repeat(value, pieces));
        Optional<List<DepartureProfile>> profiles = departuresNode.isSequence()
                ? pieces(departuresNode, pieces, departures)
                : departures.apply(departuresNode).map(profile -> repeat(profile, pieces));
        if (intents.isEmpty() || profiles.isEmpty()) {
            return Optional.empty();
        }
        return combine(size, starts.get(), intents.get(), profiles.get(), scheduleNode);
    }

    private static boolean increasing(Node node, List<Double> times) {
        for (int i = 1; i < times.size(); i++) {
            if (!(times.get(i) > times.get(i - 1))) {
                node.error("the times must increase, got item " + (i + 1) + " not after item " + i);
                return false;
            }
        }
        return Scalars.check(node, !times.isEmpty(), "must list at least one date-time");
    }

    private static <T> Optional<List<T>> pieces(Node node, int pieces, Function<Node, Optional<T>> read) {
        return Scalars.list(node, false)
                .filter(items -> Scalars.check(node, items.size() == pieces, "has " + items.size()
                        + (items.size() == 1 ? " item" : " items") + " but schedule: has " + pieces
                        + (pieces == 1 ? " time" : " times") + "; give one per piece"))
                .flatMap(items -> Scalars.all(items, read));
    }

    private static <T> List<T> repeat(T value, int times) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            list.add(value);
        }
        return list;
    }

    /** Piece {@code i}'s profile within [start i, start i+1), its weights times its intent. */
    private static Optional<Demand> combine(long size, List<Double> starts, List<Double> intents,
            List<DepartureProfile> profiles, Node scheduleNode) {
        List<Interval> intervals = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Double> unweighted = new ArrayList<>();
        double mass = 0;
        double intended = 0;
        for (int i = 0; i < starts.size(); i++) {
            double lo = i == 0 ? Double.NEGATIVE_INFINITY : starts.get(i);
            double hi = i == starts.size() - 1 ? Double.POSITIVE_INFINITY : starts.get(i + 1);
            DepartureProfile profile = profiles.get(i);
            for (int j = 0; j < profile.intervals().size(); j++) {
                Interval span = profile.intervals().get(j);
                double from = Math.max(span.from(), lo);
                double to = Math.min(span.to(), hi);
                if (from < to) {
                    double w = profile.weights().get(j);
                    intervals.add(new Interval(from, to));
                    weights.add(w * intents.get(i));
                    unweighted.add(w);
                    mass += w * (to - from);
                    intended += w * (to - from) * intents.get(i);
                }
            }
        }
        if (!Scalars.check(scheduleNode, mass > 0, "no piece gives any departure weight to its own dates within"
                + " the horizon: each piece's departures only count from its start until the next piece starts")) {
            return Optional.empty();
        }
        if (!(intended > 0)) {
            return Optional.of(new Demand.Finite(size, 0, new DepartureProfile(intervals, unweighted)));
        }
        return Optional.of(new Demand.Finite(size, Math.min(1, intended / mass), new DepartureProfile(intervals, weights)));
    }
}
