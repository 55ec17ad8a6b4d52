package org.corridorsim.scenario;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.model.Ambulances;
import org.corridorsim.model.Checkpoint;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Discipline;
import org.corridorsim.model.Station;
import org.corridorsim.model.Transport;
import org.corridorsim.model.Windows;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;
import org.corridorsim.scenario.DistributionReader.Unit;

/**
 * One entry of {@code corridors}: its route of stations, or the shorthand checkpoint with
 * optional transport and ambulances.
 */
final class CorridorReader {

    static final List<String> KEYS = List.of("id", "name", "serves", "windows", "checkpoint", "transport", "ambulances", "route");
    private static final List<String> CHECKPOINT_KEYS = List.of("lanes", "screening", "discipline", "capacity", "after-hold");
    private static final List<String> TRANSPORT_KEYS = List.of("vehicles", "seats", "trip", "depart-when");
    private static final List<String> AMBULANCE_KEYS = List.of("vehicles", "trip");

    private CorridorReader() {
    }

    /** Reads a corridor; {@code defaultWindows} apply when it has none of its own. */
    static Optional<Corridor> read(Node node, StationKinds stationKinds, ScenarioClock clock,
            Optional<Windows> defaultWindows) {
        if (!node.expectMapping(KEYS, "{id: C1, serves: [civilian], checkpoint: {lanes: 2, screening: 3m}}")) {
            return Optional.empty();
        }
        Optional<String> id = Scalars.id(node.required("id", "e.g. id: C1"));
        Optional<String> name = node.has("name") ? Scalars.text(node.child("name")) : id;
        Optional<Set<Kind>> serves = node.has("serves") ? kinds(node.child("serves")) : Optional.of(EnumSet.of(Kind.CIVILIAN));
        Optional<Windows> windows = node.has("windows") ? WindowsReader.read(node.child("windows"), clock) : defaultWindows;
        if (node.has("route")) {
            for (String key : List.of("checkpoint", "transport", "ambulances")) {
                if (node.has(key)) {
                    node.child(key).keyError("a corridor has either a route or " + key
                            + " (shorthand for the route checkpoint, ambulances, transport); move it into the route");
                    return Optional.empty();
                }
            }
            Optional<List<Station>> route = StationReader.route(node.child("route"), stationKinds, clock,
                    windows.orElse(Windows.always()));
            if (id.isEmpty() || name.isEmpty() || serves.isEmpty() || windows.isEmpty() || route.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Corridor.withRoute(id.get(), name.get(), serves.get(), windows.get(), route.get()));
        }
        Optional<Checkpoint> checkpoint = checkpoint(node.required("checkpoint",
                "e.g. checkpoint: {lanes: 2, screening: 3m}, or a route: [...]"));
        Optional<Optional<Transport>> transport = node.has("transport")
                ? transport(node.child("transport")).map(Optional::of) : Optional.of(Optional.empty());
        Optional<Optional<Ambulances>> ambulances = node.has("ambulances")
                ? ambulances(node.child("ambulances")).map(Optional::of) : Optional.of(Optional.empty());
        if (id.isEmpty() || name.isEmpty() || serves.isEmpty() || windows.isEmpty() || checkpoint.isEmpty()
                || transport.isEmpty() || ambulances.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Corridor(id.get(), name.get(), serves.get(), windows.get(), checkpoint.get(),
                transport.get(), ambulances.get()));
    }

    /** One kind or a list of kinds, at least one. */
    static Optional<Set<Kind>> kinds(Node node) {
        return Scalars.list(node, true)
                .filter(items -> Scalars.check(node, !items.isEmpty(), "must name at least one kind; allowed: civilian, fighter"))
                .flatMap(items -> Scalars.all(items, item -> Scalars.choice(item, Kind.class, "kind")))
                .map(EnumSet::copyOf);
    }

    static Optional<Checkpoint> checkpoint(Node node) {
        if (node.isMissing() || !node.expectMapping(CHECKPOINT_KEYS, "{lanes: 2, screening: {dist: exponential, mean: 3m}}")) {
            return Optional.empty();
        }
        Optional<Integer> lanes = node.has("lanes") ? Scalars.smallInteger(node.child("lanes"), 1) : Optional.of(1);
        Node screeningNode = node.required("screening", "a distribution of the time per group, e.g. " + DistributionReader.EXAMPLE);
        Optional<Distribution> screening = screeningNode.isMissing() ? Optional.empty()
                : DistributionReader.read(screeningNode, Unit.DURATION);
        Optional<Discipline> discipline = node.has("discipline")
                ? Scalars.choice(node.child("discipline"), Discipline.class) : Optional.of(Discipline.FIFO);
        Optional<Integer> capacity = node.has("capacity")
                ? Scalars.smallInteger(node.child("capacity"), 0) : Optional.of(Checkpoint.UNLIMITED);
        Optional<Checkpoint.AfterHold> afterHold = node.has("after-hold")
                ? Scalars.choice(node.child("after-hold"), Checkpoint.AfterHold.class)
                : Optional.of(Checkpoint.AfterHold.KEEP_PLACE);
        if (lanes.isEmpty() || screening.isEmpty() || discipline.isEmpty() || capacity.isEmpty()
                || afterHold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Checkpoint(lanes.get(), screening.get(), discipline.get(), capacity.get(),
                afterHold.get()));
    }

    static Optional<Transport> transport(Node node) {
        if (!node.expectMapping(TRANSPORT_KEYS, "{vehicles: 20, seats: 50, trip: 1h}")) {
            return Optional.empty();
        }
        Optional<Integer> vehicles = required(node, "vehicles").flatMap(n -> Scalars.smallInteger(n, 1));
        Optional<Integer> seats = required(node, "seats").flatMap(n -> Scalars.smallInteger(n, 1));
        Optional<Distribution> trip = required(node, "trip").flatMap(n -> DistributionReader.read(n, Unit.DURATION));
        Optional<Double> maxWait = node.has("depart-when") ? departWhen(node.child("depart-when"))
                : Optional.of(Double.POSITIVE_INFINITY);
        if (vehicles.isEmpty() || seats.isEmpty() || trip.isEmpty() || maxWait.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Transport(vehicles.get(), seats.get(), trip.get(), maxWait.get()));
    }

    /** {@code full}, or {@code {full-or-after: 20m}}: the longest a first passenger waits. */
    private static Optional<Double> departWhen(Node node) {
        if (node.json().isTextual() && node.json().asText().equals("full")) {
            return Optional.of(Double.POSITIVE_INFINITY);
        }
        if (!node.isMapping()) {
            node.error("expected full or {full-or-after: DURATION}, got " + node.describe());
            return Optional.empty();
        }
        node.expectMapping(List.of("full-or-after"), "{full-or-after: 20m}");
        return required(node, "full-or-after").flatMap(DurationParser::positiveDuration);
    }

    static Optional<Ambulances> ambulances(Node node) {
        if (!node.expectMapping(AMBULANCE_KEYS, "{vehicles: 4, trip: 1h}")) {
            return Optional.empty();
        }
        Optional<Integer> vehicles = required(node, "vehicles").flatMap(n -> Scalars.smallInteger(n, 1));
        Optional<Distribution> trip = required(node, "trip").flatMap(n -> DistributionReader.read(n, Unit.DURATION));
        if (vehicles.isEmpty() || trip.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ambulances(vehicles.get(), trip.get()));
    }

    static Optional<Node> required(Node mapping, String key) {
        Node value = mapping.required(key, "");
        return value.isMissing() ? Optional.empty() : Optional.of(value);
    }
}
