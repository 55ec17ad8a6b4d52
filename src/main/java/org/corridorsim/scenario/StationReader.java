package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Station;
import org.corridorsim.scenario.DistributionReader.Unit;

/**
 * A corridor's {@code route}: a list of stations, each {@code {id: ..., <kind>: {...}}} with one
 * kind key. A destination is added at the end when the route has none.
 */
final class StationReader {

    /** The kind keys a station may have, one each. */
    static final List<String> KINDS = List.of("checkpoint", "travel", "ambulances", "shuttle", "destination");
    private static final String EXAMPLE = "{id: gate, checkpoint: {lanes: 2, screening: 3m}}";

    private StationReader() {
    }

    static Optional<List<Station>> route(Node node) {
        if (!node.isSequence() || node.items().isEmpty()) {
            node.error("expected a list of stations such as [" + EXAMPLE + ", {id: road, travel: 20m}], got "
                    + node.describe());
            return Optional.empty();
        }
        List<Station> stations = new ArrayList<>();
        boolean ok = true;
        for (Node item : node.items()) {
            Optional<Station> station = station(item);
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

    private static Optional<Station> station(Node node) {
        List<String> allowed = new ArrayList<>(KINDS);
        allowed.add(0, "id");
        if (!node.expectMapping(allowed, EXAMPLE)) {
            return Optional.empty();
        }
        List<String> kinds = node.keys().stream().filter(KINDS::contains).toList();
        if (kinds.size() != 1) {
            node.error("a station has exactly one kind key (" + Node.list(KINDS) + "), got "
                    + (kinds.isEmpty() ? "none" : Node.list(kinds)));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Optional<String> id = node.has("id") ? Scalars.id(node.child("id")) : Optional.of(kind);
        Node body = node.child(kind);
        Optional<? extends Station> station = switch (kind) {
            case "checkpoint" -> id.flatMap(i -> CorridorReader.checkpoint(body).map(c -> new Station.AtCheckpoint(i, c)));
            case "travel" -> id.flatMap(i -> DistributionReader.read(body, Unit.DURATION).map(d -> new Station.Leg(i, d)));
            case "ambulances" -> id.flatMap(i -> CorridorReader.ambulances(body).map(a -> new Station.AmbulancePool(i, a)));
            case "shuttle" -> id.flatMap(i -> CorridorReader.transport(body).map(t -> new Station.Shuttle(i, t)));
            default -> destination(body).flatMap(ok -> id.map(Station.Destination::new));
        };
        return station.map(Station.class::cast);
    }

    /** {@code destination: {}} or {@code destination: null}; it has no settings yet. */
    private static Optional<Boolean> destination(Node body) {
        if (body.isNull() || body.isMapping() && body.keys().isEmpty()) {
            return Optional.of(true);
        }
        body.error("a destination has no settings; write destination: {}, got " + body.describe());
        return Optional.empty();
    }
}
