package org.corridorsim.scenario;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.model.Demand;
import org.corridorsim.model.DepartureProfile;
import org.corridorsim.model.Interval;
import org.corridorsim.model.Population;
import org.corridorsim.model.Retry;
import org.corridorsim.model.Windows;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;
import org.corridorsim.scenario.DistributionReader.Unit;

/** One entry of {@code populations}: who they are, how many leave and when, and where they can go. */
final class PopulationReader {

    static final List<String> KEYS = List.of("id", "kind", "size", "intent", "departures", "arrivals", "group-size",
            "medical-share", "patience", "retry", "travel", "own-cars", "schedule", "attributes");
    private static final List<String> FINITE_KEYS = List.of("size", "intent", "departures", "schedule");
    private static final int HOURS = 24;

    private PopulationReader() {
    }

    static Optional<Population> read(Node node, ScenarioClock clock, Optional<Windows> windows, Set<String> corridorIds) {
        if (!node.expectMapping(KEYS, "{id: east, size: 1000, travel: {C1: 30m}}")) {
            return Optional.empty();
        }
        Optional<String> id = Scalars.id(node.required("id", "e.g. id: east-civilians"));
        Optional<Kind> kind = node.has("kind") ? Scalars.choice(node.child("kind"), Kind.class, "kind") : Optional.of(Kind.CIVILIAN);
        Optional<Demand> demand = demand(node, clock, windows);
        Optional<Distribution> groupSize = node.has("group-size")
                ? DistributionReader.read(node.child("group-size"), Unit.GROUP_SIZE) : Optional.of(new Distribution.Constant(1));
        Optional<Double> medicalShare = node.has("medical-share") ? Scalars.probability(node.child("medical-share")) : Optional.of(0.0);
        Optional<Optional<Distribution>> patience = node.has("patience") ? patience(node.child("patience"))
                : Optional.of(Optional.empty());
        Optional<Retry> retry = node.has("retry") ? retry(node.child("retry")) : Optional.of(Retry.NEVER);
        Optional<Map<String, Distribution>> travel = CorridorReader.required(node, "travel")
                .flatMap(n -> travel(n, corridorIds));
        Optional<Population.OwnCars> cars = node.has("own-cars") ? cars(node.child("own-cars"))
                : Optional.of(Population.OwnCars.NONE);
        Optional<Map<String, Double>> attributes = node.has("attributes") ? attributes(node.child("attributes"))
                : Optional.of(Map.of());
        if (id.isEmpty() || kind.isEmpty() || demand.isEmpty() || groupSize.isEmpty() || medicalShare.isEmpty()
                || patience.isEmpty() || retry.isEmpty() || travel.isEmpty() || cars.isEmpty() || attributes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Population(id.get(), kind.get(), demand.get(), groupSize.get(), medicalShare.get(),
                patience.get(), retry.get(), travel.get(), cars.get(), attributes.get()));
    }

    /** {@code {fighting-age-men: {share: 0.3}, ...}}: attributes its groups have, each with a share of the groups. */
    private static Optional<Map<String, Double>> attributes(Node node) {
        if (!node.isMapping() || node.keys().isEmpty()) {
            node.error("expected attributes such as {fighting-age-men: {share: 0.3}}, got " + node.describe());
            return Optional.empty();
        }
        Map<String, Double> attributes = new java.util.LinkedHashMap<>();
        boolean ok = true;
        for (String name : node.keys()) {
            Node attribute = node.child(name);
            if (!name.matches("[A-Za-z0-9_-]+")) {
                attribute.keyError("an attribute name uses letters, digits, _ and -, got '" + name + "'");
                ok = false;
                continue;
            }
            Optional<Double> share = attribute.expectMapping(List.of("share"), "{share: 0.3}")
                    ? Scalars.probability(attribute.required("share", "e.g. share: 0.3")) : Optional.empty();
            share.ifPresent(s -> attributes.put(name, s));
            ok &= share.isPresent();
        }
        return ok ? Optional.of(attributes) : Optional.empty();
    }

    /** {@code {share: 0.2, seats: 5}}: the share of groups that leave by their own car. */
    private static Optional<Population.OwnCars> cars(Node node) {
        if (!node.expectMapping(List.of("share", "seats"), "{share: 0.2, seats: 5}")) {
            return Optional.empty();
        }
        Optional<Double> share = CorridorReader.required(node, "share").flatMap(Scalars::probability);
        Optional<Integer> seats = node.has("seats") ? Scalars.smallInteger(node.child("seats"), 1) : Optional.of(5);
        if (share.isEmpty() || seats.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Population.OwnCars(share.get(), seats.get()));
    }

    private static Optional<Demand> demand(Node node, ScenarioClock clock, Optional<Windows> windows) {
        if (node.has("arrivals")) {
            boolean exclusive = true;
            for (String key : FINITE_KEYS) {
                exclusive &= Scalars.check(node.child(key), !node.has(key), "cannot be combined with arrivals: a population is "
                        + "either finite (size, intent, departures, schedule) or an open stream (arrivals)");
            }
            Node arrivals = node.child("arrivals");
            if (!arrivals.expectMapping(List.of("rate"), "{rate: 120/h}")) {
                return Optional.empty();
            }
            Optional<Demand> stream = CorridorReader.required(arrivals, "rate").flatMap(DurationParser::rate).map(Demand.Poisson::new);
            return exclusive ? stream : Optional.empty();
        }
        Node sizeNode = node.child("size");
        if (sizeNode.isMissing()) {
            sizeNode.error("is required: give size (a finite population) or arrivals (an open stream of groups, e.g. {rate: 120/h})");
            return Optional.empty();
        }
        Optional<Long> size = Scalars.integer(sizeNode, 0);
        if (ScheduledDemand.isScheduled(node)) {
            return size.flatMap(persons -> ScheduledDemand.read(node, persons, clock,
                    departures -> departures(departures, clock, windows)));
        }
        Optional<Double> intent = node.has("intent") ? Scalars.probability(node.child("intent")) : Optional.of(1.0);
        Optional<DepartureProfile> departures = departures(node.child("departures"), clock, windows);
        if (size.isEmpty() || intent.isEmpty() || departures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Demand.Finite(size.get(), intent.get(), departures.get()));
    }

    /** {@code windows} (the default), {@code uniform}, or {@code {profile: [24 hourly weights]}}. */
    private static Optional<DepartureProfile> departures(Node node, ScenarioClock clock, Optional<Windows> windows) {
        Interval horizon = new Interval(0, clock.horizon());
        String form = node.isMissing() ? "windows" : node.json().isTextual() ? node.json().asText() : "";
        if (form.equals("windows")) {
            return windows.map(w -> w.equals(Windows.always()) ? List.of(horizon) : WindowsReader.withinHorizon(w, clock.horizon()))
                    .filter(list -> Scalars.check(node, !list.isEmpty(), "no window is open between start and end"))
                    .map(DepartureProfile::over);
        }
        if (form.equals("uniform")) {
            return Optional.of(DepartureProfile.uniform(horizon));
        }
        if (!node.isMapping()) {
            node.error("unknown departures " + node.describe() + "; allowed: windows, uniform, {profile: [24 hourly weights]}");
            return Optional.empty();
        }
        if (!node.expectMapping(List.of("profile"), "{profile: [w0, w1, ..., w23]}")) {
            return Optional.empty();
        }
        return CorridorReader.required(node, "profile").flatMap(profile -> profile(profile, clock));
    }

    /** 24 weights for the local hours 0-23, laid over every hour of the horizon. */
    private static Optional<DepartureProfile> profile(Node node, ScenarioClock clock) {
        Optional<List<Double>> weights = Scalars.list(node, false)
                .filter(items -> Scalars.check(node, items.size() == HOURS,
                        "needs 24 weights, one per local hour from 0 to 23, got " + items.size()))
                .flatMap(items -> Scalars.all(items, Scalars::nonNegative))
                .filter(list -> Scalars.check(node, list.stream().mapToDouble(Double::doubleValue).sum() > 0,
                        "the weights must not all be zero"));
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        List<Interval> intervals = new ArrayList<>();
        List<Double> hourly = new ArrayList<>();
        // Hours are stepped on the instant timeline, so a repeated hour at a DST change is counted twice.
        for (ZonedDateTime hour = clock.zonedStart().truncatedTo(ChronoUnit.HOURS);
                clock.seconds(hour) < clock.horizon(); hour = hour.plusHours(1)) {
            double from = Math.max(0, clock.seconds(hour));
            double to = Math.min(clock.horizon(), clock.seconds(hour.plusHours(1)));
            if (from < to) {
                intervals.add(new Interval(from, to));
                hourly.add(weights.get().get(hour.getHour()));
            }
        }
        if (!Scalars.check(node, hourly.stream().mapToDouble(Double::doubleValue).sum() > 0,
                "the profile gives no weight to any hour between start and end")) {
            return Optional.empty();
        }
        return Optional.of(new DepartureProfile(intervals, hourly));
    }

    /** A duration distribution, or {@code unlimited}. */
    private static Optional<Optional<Distribution>> patience(Node node) {
        if (node.json().isTextual() && node.json().asText().equals("unlimited")) {
            return Optional.of(Optional.empty());
        }
        return DistributionReader.read(node, Unit.DURATION).map(Optional::of);
    }

    private static Optional<Retry> retry(Node node) {
        if (!node.expectMapping(List.of("probability", "after"), "{probability: 0.3, after: {dist: exponential, mean: 12h}}")) {
            return Optional.empty();
        }
        Optional<Double> probability = CorridorReader.required(node, "probability").flatMap(Scalars::probability);
        Optional<Distribution> after = CorridorReader.required(node, "after")
                .flatMap(n -> DistributionReader.read(n, Unit.DURATION));
        if (probability.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        if (probability.get() == 1 && after.get().cdf(0) >= 1) {
            node.child("after").error("a certain retry (probability: 1) after no time would turn a group back and"
                    + " retry it at the same instant for ever; give after a positive duration or a probability below 1");
            return Optional.empty();
        }
        return Optional.of(new Retry(probability.get(), after.get()));
    }

    private static Optional<Map<String, Distribution>> travel(Node node, Set<String> corridorIds) {
        if (!node.isMapping()) {
            node.error("expected a mapping from corridor ids to approach times such as {C1: 45m}, got " + node.describe());
            return Optional.empty();
        }
        if (node.keys().isEmpty()) {
            node.error("must name at least one corridor, e.g. {C1: 45m}");
            return Optional.empty();
        }
        Map<String, Distribution> travel = new LinkedHashMap<>();
        boolean ok = true;
        for (String corridor : node.keys()) {
            Node time = node.child(corridor);
            if (!corridorIds.contains(corridor)) {
                time.keyError("unknown corridor '" + corridor + "'; corridors: " + Node.list(List.copyOf(corridorIds)));
                ok = false;
                continue;
            }
            Optional<Distribution> approach = DistributionReader.read(time, Unit.DURATION);
            approach.ifPresent(d -> travel.put(corridor, d));
            ok &= approach.isPresent();
        }
        return ok ? Optional.of(travel) : Optional.empty();
    }
}
