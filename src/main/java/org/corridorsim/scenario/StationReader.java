package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.model.Convoy;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Station;
import org.corridorsim.model.Windows;
import org.corridorsim.random.Distribution;
import org.corridorsim.scenario.DistributionReader.Unit;

/**
 * A corridor's {@code route}: a list of stations, each {@code {id: ..., <kind>: {...}}} with one
 * kind key, read by that kind's reader ({@link StationKinds}). A destination is added at the end
 * when the route has none. The readers of the convoy and the destination are here.
 */
final class StationReader {

    private static final List<String> CONVOY_KEYS = List.of("vehicles", "seats", "at", "every", "first", "windows", "road",
            "back");
    private static final String EXAMPLE = "{id: gate, checkpoint: {lanes: 2, screening: 3m}}";

    private StationReader() {
    }

    /** Reads a route; {@code windows} are the corridor's, which a convoy may name with {@code windows: corridor}. */
    static Optional<List<Station>> route(Node node, StationKinds kinds, ScenarioClock clock, Windows windows) {
        if (!node.isSequence() || node.items().isEmpty()) {
            node.error("expected a list of stations such as [" + EXAMPLE + ", {id: road, travel: 20m}], got "
                    + node.describe());
            return Optional.empty();
        }
        List<Station> stations = new ArrayList<>();
        boolean ok = true;
        for (Node item : node.items()) {
            Optional<Station> station = station(item, kinds, new StationKinds.Route(clock, windows));
            ok &= station.isPresent();
            station.ifPresent(stations::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        if (!(stations.get(stations.size() - 1) instanceof Station.Destination)) {
            String id = stations.stream().anyMatch(s -> s.id().equals(Corridor.DESTINATION))
                    ? "safe-point" : Corridor.DESTINATION;
            stations.add(new Station.Destination(id));
        }
        String problem = Corridor.routeProblem(stations);
        if (problem != null) {
            node.error(problem);
            return Optional.empty();
        }
        return Optional.of(stations);
    }

    private static Optional<Station> station(Node node, StationKinds kinds, StationKinds.Route route) {
        List<String> allowed = new ArrayList<>(kinds.keys());
        allowed.add(0, "id");
        if (!node.expectMapping(allowed, EXAMPLE)) {
            return Optional.empty();
        }
        List<String> given = node.keys().stream().filter(kinds.keys()::contains).toList();
        if (given.size() != 1) {
            if (given.isEmpty() && !allowed.containsAll(node.keys())) {
                return Optional.empty();   // an unknown key was reported, with the known kinds
            }
            node.error("a station has exactly one kind key (" + Node.list(kinds.keys()) + "), got "
                    + (given.isEmpty() ? "none" : Node.list(given)));
            return Optional.empty();
        }
        String kind = given.get(0);
        Optional<String> id = node.has("id") ? Scalars.id(node.child("id")) : Optional.of(kind);
        // the settings are read even when the id is wrong, so that every problem is reported at once
        Optional<? extends Station> station = kinds.reader(kind).read(id.orElse(kind), node.child(kind), route);
        return id.isPresent() ? station.map(Station.class::cast) : Optional.empty();
    }

    /**
     * {@code {vehicles: 10, seats: 50, at: [DATE-TIME, ...], road: 2h, back: 2h}}, or {@code every: 6h}
     * (from {@code first}, by default the start) instead of {@code at}, or {@code windows}.
     */
    static Optional<Convoy> convoy(Node node, StationKinds.Route route) {
        ScenarioClock clock = route.clock();
        if (!node.expectMapping(CONVOY_KEYS, "{vehicles: 10, seats: 50, every: 1d, road: 2h}")) {
            return Optional.empty();
        }
        Optional<Integer> vehicles = CorridorReader.required(node, "vehicles").flatMap(n -> Scalars.smallInteger(n, 1));
        Optional<Integer> seats = CorridorReader.required(node, "seats").flatMap(n -> Scalars.smallInteger(n, 1));
        Optional<Distribution> road = CorridorReader.required(node, "road")
                .flatMap(n -> DistributionReader.read(n, Unit.DURATION));
        Optional<Distribution> back = node.has("back") ? DistributionReader.read(node.child("back"), Unit.DURATION) : road;
        Optional<List<Double>> times = node.has("windows") ? ConvoyWindows.times(node, clock, route.windows())
                : times(node, clock);
        if (vehicles.isEmpty() || seats.isEmpty() || road.isEmpty() || back.isEmpty() || times.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Convoy(vehicles.get(), seats.get(), times.get(), road.get(), back.get()));
    }

    /** The authorised times: {@code at} (increasing date-times) or {@code every} from {@code first}. */
    static Optional<List<Double>> times(Node node, ScenarioClock clock) {
        if (node.has("at") == node.has("every")) {
            node.error("a convoy leaves at authorised times: give either at: [DATE-TIME, ...] or every: DURATION,"
                    + " and windows: (corridor, or its own windows) to authorise it only while they are open");
            return Optional.empty();
        }
        if (node.has("at")) {
            Node at = node.child("at");
            Optional<List<Double>> times = Scalars.list(at, true).flatMap(items -> Scalars.all(items,
                    item -> ScenarioClock.dateTime(item).map(clock::seconds)));
            return times.filter(t -> Scalars.check(at, increasing(t), "convoy times must increase, got " + at.describe()));
        }
        Optional<Double> every = DurationParser.positiveDuration(node.child("every"));
        Optional<Double> first = node.has("first") ? ScenarioClock.dateTime(node.child("first")).map(clock::seconds)
                : Optional.of(0.0);
        if (every.isEmpty() || first.isEmpty()) {
            return Optional.empty();
        }
        List<Double> times = new ArrayList<>();
        for (double t = first.get(); t < clock.horizon() && times.size() < 100_000; t += every.get()) {
            times.add(t);
        }
        return Optional.of(times);
    }

    private static boolean increasing(List<Double> times) {
        for (int i = 1; i < times.size(); i++) {
            if (!(times.get(i) > times.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** {@code destination: {}} or {@code destination: null}; it has no settings yet. */
    static Optional<Station.Destination> destination(String id, Node body, StationKinds.Route route) {
        if (body.isNull() || body.isMapping() && body.keys().isEmpty()) {
            return Optional.of(new Station.Destination(id));
        }
        body.error("a destination has no settings; write destination: {}, got " + body.describe());
        return Optional.empty();
    }
}
