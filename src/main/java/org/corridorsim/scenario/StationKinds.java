package org.corridorsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.model.Station;
import org.corridorsim.model.Windows;
import org.corridorsim.scenario.DistributionReader.Unit;

/**
 * The station kinds a route may use, each by its key in scenario files with the reader of its
 * settings: {@code {id: gate, checkpoint: {lanes: 2, ...}}} is read by the reader of
 * {@code checkpoint}. A kind is registered once, here in {@link #BUILT_IN}, or on a loader with
 * {@link ScenarioLoader#withStationKind}; the message for an unknown kind lists every one known.
 */
final class StationKinds {

    /** Reads one kind's settings; every problem is reported on the nodes, located. */
    @FunctionalInterface
    interface Reader {
        /**
         * @param id the station's id (the kind's key when the file gives none)
         * @param body the value under the kind's key
         * @param route what the settings may refer to
         * @return the station, or empty when a problem was reported
         */
        Optional<? extends Station> read(String id, Node body, Route route);
    }

    /**
     * What a station's settings may refer to.
     *
     * @param clock the scenario's clock, for date-times
     * @param windows the corridor's windows (a convoy's {@code windows: corridor})
     */
    record Route(ScenarioClock clock, Windows windows) {
    }

    /** The kinds every loader knows. */
    static final StationKinds BUILT_IN = new StationKinds(Map.of())
            .with("checkpoint", (id, body, route) -> CorridorReader.checkpoint(body).map(c -> new Station.AtCheckpoint(id, c)))
            .with("travel", (id, body, route) -> DistributionReader.read(body, Unit.DURATION).map(d -> new Station.Leg(id, d)))
            .with("ambulances", (id, body, route) -> CorridorReader.ambulances(body).map(a -> new Station.AmbulancePool(id, a)))
            .with("shuttle", (id, body, route) -> CorridorReader.transport(body).map(t -> new Station.Shuttle(id, t)))
            .with("convoy", (id, body, route) -> StationReader.convoy(body, route).map(c -> new Station.Staging(id, c)))
            .with("destination", StationReader::destination);

    private final Map<String, Reader> readers;

    private StationKinds(Map<String, Reader> readers) {
        this.readers = readers;
    }

    /**
     * These kinds and one more.
     *
     * @throws IllegalArgumentException if the key is taken, or not a key a scenario file can use
     */
    StationKinds with(String key, Reader reader) {
        if (!key.matches("[a-z][a-z0-9-]*") || key.equals("id")) {
            throw new IllegalArgumentException("a station kind's key uses lower-case letters, digits and '-', got '" + key + "'");
        }
        if (readers.containsKey(key)) {
            throw new IllegalArgumentException("station kind '" + key + "' is already registered");
        }
        Map<String, Reader> more = new LinkedHashMap<>(readers);
        more.put(key, java.util.Objects.requireNonNull(reader, "reader"));
        return new StationKinds(java.util.Collections.unmodifiableMap(more));
    }

    /** {@return the keys of the known kinds, built-in ones first, in the order registered} */
    List<String> keys() {
        return List.copyOf(readers.keySet());
    }

    /** {@return the reader of a known kind} */
    Reader reader(String key) {
        return readers.get(key);
    }
}
