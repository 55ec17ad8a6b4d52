package org.corridorsim.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.Kind;

/**
 * A way out, with the kinds of people it serves, its opening windows and its route: the stations
 * a group passes in order. The first checkpoint, shuttle and ambulances of the route are also
 * given as components, for code written before routes; a corridor built from them alone has the
 * route checkpoint, ambulances (if any), transport (if any), destination.
 *
 * @param id the id used in scenario files, metric names and policies
 * @param name the display name in reports
 * @param serves the kinds of people let through, at least one
 * @param windows when the corridor is open
 * @param checkpoint the screening on the way out
 * @param transport vehicles that carry screened people away; empty when they walk on
 * @param ambulances ambulances for medical groups, if any
 * @param route the stations in order, ending with a destination; empty to build it from the others
 */
public record Corridor(
        String id,
        String name,
        Set<Kind> serves,
        Windows windows,
        Checkpoint checkpoint,
        Optional<Transport> transport,
        Optional<Ambulances> ambulances,
        List<Station> route) {

    /** Station ids of the route built from a checkpoint, ambulances and transport. */
    public static final String CHECKPOINT = "checkpoint";
    /** The id of the ambulance station of a route built from the components. */
    public static final String AMBULANCES = "ambulances";
    /** The id of the shuttle station of a route built from the components. */
    public static final String TRANSPORT = "transport";
    /** The id of the destination of a route built from the components. */
    public static final String DESTINATION = "destination";

    /**
     * Checks the components.
     *
     * @param id the id used in scenario files, metric names and policies
     * @param name the display name in reports
     * @param serves the kinds of people let through, at least one
     * @param windows when the corridor is open
     * @param checkpoint the screening on the way out
     * @param transport vehicles that carry screened people away; empty when they walk on
     * @param ambulances ambulances for medical groups, if any
     * @param route the stations in order, ending with a destination; empty to build it from the others
     */
    public Corridor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serves, "serves");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(ambulances, "ambulances");
        if (serves.isEmpty()) {
            throw new IllegalArgumentException("corridor " + id + " must serve at least one kind");
        }
        serves = Set.copyOf(EnumSet.copyOf(serves));
        Objects.requireNonNull(route, "route");
        if (route.isEmpty()) {
            List<Station> shorthand = new ArrayList<>();
            shorthand.add(new Station.AtCheckpoint(CHECKPOINT, checkpoint));
            ambulances.ifPresent(a -> shorthand.add(new Station.AmbulancePool(AMBULANCES, a)));
            transport.ifPresent(t -> shorthand.add(new Station.Shuttle(TRANSPORT, t)));
            shorthand.add(new Station.Destination(DESTINATION));
            route = shorthand;
        }
        route = List.copyOf(route);
        checkRoute(id, route);
        Checkpoint first = first(route, Station.AtCheckpoint.class).checkpoint();
        // the same object when the route was made from the shorthand: no record comparison, whose
        // first call builds method handles (a few milliseconds of every start)
        if (checkpoint != first && !checkpoint.equals(first)) {
            throw new IllegalArgumentException("corridor " + id + ": checkpoint must be the route's first checkpoint");
        }
    }

    /**
     * A corridor without a route of its own: checkpoint, ambulances (if any), transport (if any),
     * destination.
     *
     * @param id the id used in scenario files, metric names and policies
     * @param name the display name in reports
     * @param serves the kinds of people let through, at least one
     * @param windows when the corridor is open
     * @param checkpoint the screening on the way out
     * @param transport vehicles that carry screened people away; empty when they walk on
     * @param ambulances ambulances for medical groups, if any
     */
    public Corridor(String id, String name, Set<Kind> serves, Windows windows, Checkpoint checkpoint,
            Optional<Transport> transport, Optional<Ambulances> ambulances) {
        this(id, name, serves, windows, checkpoint, transport, ambulances, List.of());
    }

    /**
     * A corridor with a route of stations; its checkpoint, transport and ambulances are the first
     * of each in the route.
     *
     * @param id the id used in scenario files, metric names and policies
     * @param name the display name in reports
     * @param serves the kinds of people let through, at least one
     * @param windows when the corridor is open
     * @param route the stations in order: at least one checkpoint, ending with a destination
     * @return the corridor
     * @throws IllegalArgumentException if the route breaks a rule of {@link Station}
     */
    public static Corridor withRoute(String id, String name, Set<Kind> serves, Windows windows, List<Station> route) {
        checkRoute(id, route);
        Station.AtCheckpoint checkpoint = first(route, Station.AtCheckpoint.class);
        Station.Shuttle shuttle = first(route, Station.Shuttle.class);
        Station.AmbulancePool ambulances = first(route, Station.AmbulancePool.class);
        return new Corridor(id, name, serves, windows, checkpoint.checkpoint(),
                Optional.ofNullable(shuttle).map(Station.Shuttle::transport),
                Optional.ofNullable(ambulances).map(Station.AmbulancePool::ambulances), route);
    }

    /** The index of the station with this id in the route, or -1. */
    int stationIndex(String stationId) {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).id().equals(stationId)) {
                return i;
            }
        }
        return -1;
    }

    private static <S extends Station> S first(List<Station> route, Class<S> kind) {
        for (Station s : route) {
            if (kind.isInstance(s)) {
                return kind.cast(s);
            }
        }
        return null;
    }

    /** The rules every route keeps; the scenario reader reports the same with a location. */
    private static void checkRoute(String id, List<Station> route) {
        String problem = routeProblem(route);
        if (problem != null) {
            throw new IllegalArgumentException("corridor " + id + ": " + problem);
        }
    }

    /**
     * What is wrong with a route, or null: at least one checkpoint; one destination, last;
     * unique station ids; a station that carries people to the destination (a shuttle, a convoy)
     * comes right before it.
     *
     * @param route the stations
     * @return the problem in words, or null
     */
    public static String routeProblem(List<Station> route) {
        if (route.isEmpty() || !(route.get(route.size() - 1) instanceof Station.Destination)) {
            return "a route must end with a destination";
        }
        if (first(route, Station.AtCheckpoint.class) == null) {
            return "a route needs at least one checkpoint";
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < route.size(); i++) {
            Station s = route.get(i);
            if (!ids.add(s.id())) {
                return "station id '" + s.id() + "' is used twice";
            }
            if (s instanceof Station.Destination && i < route.size() - 1) {
                return "the destination '" + s.id() + "' must be the last station";
            }
            if (s.carriesToDestination() && !(route.get(i + 1) instanceof Station.Destination)) {
                return "a " + s.kind() + " carries people to the destination, so '" + s.id()
                        + "' must come right before it, got '" + route.get(i + 1).id() + "'";
            }
        }
        return null;
    }

    /**
     * A corridor named by its id, serving every kind, always open, without transport or
     * ambulances; the steps change that:
     * <pre>{@code
     * Corridor north = Corridor.builder("north", Checkpoint.of(2, new Distribution.Exponential(240)))
     *         .name("North road").serves(Kind.CIVILIAN).windows(daily).transport(buses).build();
     * }</pre>
     *
     * @param id the corridor id used in scenario files, metric names and policies
     * @param checkpoint the screening on the way out
     * @return a builder
     */
    public static Builder builder(String id, Checkpoint checkpoint) {
        return new Builder(id, checkpoint);
    }

    /** Builds a {@link Corridor} step by step; see {@link Corridor#builder}. */
    public static final class Builder {

        private final String id;
        private final Checkpoint checkpoint;
        private String name;
        private Set<Kind> serves = EnumSet.allOf(Kind.class);
        private Windows windows = Windows.always();
        private Optional<Transport> transport = Optional.empty();
        private Optional<Ambulances> ambulances = Optional.empty();

        private Builder(String id, Checkpoint checkpoint) {
            this.id = Objects.requireNonNull(id, "id");
            this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
            this.name = id;
        }

        /**
         * The display name in reports; the id by default.
         *
         * @param displayName any text
         * @return this builder
         */
        public Builder name(String displayName) {
            this.name = Objects.requireNonNull(displayName, "name");
            return this;
        }

        /**
         * The kinds of people let through; at least one.
         *
         * @param first one kind
         * @param more further kinds
         * @return this builder
         */
        public Builder serves(Kind first, Kind... more) {
            this.serves = EnumSet.of(first, more);
            return this;
        }

        /**
         * When the corridor is open; always by default.
         *
         * @param open the opening windows
         * @return this builder
         */
        public Builder windows(Windows open) {
            this.windows = Objects.requireNonNull(open, "windows");
            return this;
        }

        /**
         * Vehicles that carry screened people away; by default they walk on.
         *
         * @param vehicles the transport
         * @return this builder
         */
        public Builder transport(Transport vehicles) {
            this.transport = Optional.of(vehicles);
            return this;
        }

        /**
         * Ambulances for medical groups; none by default.
         *
         * @param medical the ambulances
         * @return this builder
         */
        public Builder ambulances(Ambulances medical) {
            this.ambulances = Optional.of(medical);
            return this;
        }

        /** {@return the corridor} */
        public Corridor build() {
            return new Corridor(id, name, serves, windows, checkpoint, transport, ambulances, List.of());
        }
    }
}
