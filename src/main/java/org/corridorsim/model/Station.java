package org.corridorsim.model;

import java.util.List;
import java.util.Objects;
import org.corridorsim.format.Format;
import org.corridorsim.random.Distribution;

/**
 * One stop on a corridor's route. A corridor is an ordered list of stations: a group reaches the
 * first after its approach, passes each in turn, and counts as evacuated at the last, which is
 * always a {@link Destination}. The model asks the blocking policies before a group enters a
 * checkpoint or a convoy staging point (the policy gate), and policies may name any station.
 *
 * <p>A station kind is one class: a record that implements this interface, answers what the rest
 * of the model asks about it (its metrics, whether it carries people to the destination, its
 * settings in words) and {@linkplain #start starts} its runtime class for each replication. Its
 * reader in the scenario package reads it from its key in scenario files. Runtime classes can
 * only be written in this package; docs/model.md shows a small kind.
 */
public interface Station {

    /** {@return the station's id, unique within its corridor; used in metric names and policies} */
    String id();

    /** {@return the station's kind as written in scenario files, e.g. {@code checkpoint}} */
    String kind();

    /**
     * The station's own metrics, each named {@code corridor.<id>.station.<station>.<name>}, in
     * this order. Three names mean the same for every kind that has them: {@code wait} (mean
     * seconds a group waited there), {@code queue} (time-average groups waiting there) and
     * {@code passed} (persons who went on from it). Any other name is a count that the station
     * adds to as the replication runs; except for {@code in-transit} (persons on the road), it
     * must never decrease, as it may be observed at a time ({@link MetricNames#isRunningCount}).
     *
     * @param evacuation the evacuation the station is part of
     * @return the names; by default {@code wait} and {@code passed}
     */
    default List<String> metrics(Evacuation evacuation) {
        return List.of("wait", "passed");
    }

    /**
     * Whether everyone the station takes on is carried to the destination (a shuttle, a
     * convoy), so that it must come right before the destination.
     *
     * @return false by default
     */
    default boolean carriesToDestination() {
        return false;
    }

    /** {@return the station's settings in words, for the scenario overview, e.g. {@code takes fixed 30 min}} */
    String settings();

    /**
     * Starts the station in one replication: its own state and event handlers. The model calls
     * this once per station and replication.
     *
     * @param place where the station runs: the replication, its corridor and position, the random streams
     * @return its runtime state
     */
    StationRun start(StationRun.Place place);

    /**
     * Checks a station id: lower-case letters, digits and '-', or letters and digits in any case.
     *
     * @param id the id
     * @return the id
     */
    private static String checked(String id) {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a station id uses letters, digits, _ and -, got '" + id + "'");
        }
        return id;
    }

    /**
     * A checkpoint: a queue, lanes, screening, patience and holds.
     *
     * @param id the station id
     * @param checkpoint the queue and screening
     */
    record AtCheckpoint(String id, Checkpoint checkpoint) implements Station {
        /**
         * Checks the components.
         *
         * @param id the station id
         * @param checkpoint the queue and screening
         */
        public AtCheckpoint {
            checked(id);
            Objects.requireNonNull(checkpoint, "checkpoint");
        }

        @Override
        public String kind() {
            return "checkpoint";
        }

        @Override
        public List<String> metrics(Evacuation evacuation) {
            return List.of("wait", "queue", "passed");
        }

        @Override
        public String settings() {
            Checkpoint c = checkpoint;
            return c.lanes() + (c.lanes() == 1 ? " lane" : " lanes")
                    + ", screening " + Format.distribution(c.screening(), Format::duration) + " per group, "
                    + (c.discipline() == Discipline.FIFO ? "first come, first served" : "medical cases first")
                    + ", waiting room " + (c.capacity() == Checkpoint.UNLIMITED ? "unlimited" : c.capacity() + " groups");
        }

        @Override
        public StationRun start(StationRun.Place place) {
            return new CheckpointRun(place, this);
        }
    }

    /**
     * A travel leg between two stations: each group takes a time drawn for it.
     *
     * @param id the station id
     * @param time the time on the road, in seconds
     */
    record Leg(String id, Distribution time) implements Station {
        /**
         * Checks the components.
         *
         * @param id the station id
         * @param time the time on the road, in seconds
         */
        public Leg {
            checked(id);
            Objects.requireNonNull(time, "time");
        }

        @Override
        public String kind() {
            return "travel";
        }

        @Override
        public List<String> metrics(Evacuation evacuation) {
            return List.of("passed");
        }

        @Override
        public String settings() {
            return "takes " + Format.distribution(time, Format::duration);
        }

        @Override
        public StationRun start(StationRun.Place place) {
            return new LegRun(place, this);
        }
    }

    /**
     * Shuttle vehicles that carry people to the destination and come back; a person counts as
     * evacuated when the vehicle leaves (the ride is out of reach of the policies).
     *
     * @param id the station id
     * @param transport the vehicles
     */
    record Shuttle(String id, Transport transport) implements Station {
        /**
         * Checks the components.
         *
         * @param id the station id
         * @param transport the vehicles
         */
        public Shuttle {
            checked(id);
            Objects.requireNonNull(transport, "transport");
        }

        @Override
        public String kind() {
            return "shuttle";
        }

        /** {@code wait} and {@code vehicles} (vehicles that left): the passengers count at the destination. */
        @Override
        public List<String> metrics(Evacuation evacuation) {
            return List.of("wait", "vehicles");
        }

        @Override
        public boolean carriesToDestination() {
            return true;
        }

        @Override
        public String settings() {
            return transport.vehicles() + " vehicles × " + transport.seats() + " seats, trip "
                    + Format.distribution(transport.trip(), Format::duration) + ", leaving when full"
                    + (Double.isFinite(transport.maxWait()) ? " or after " + Format.duration(transport.maxWait()) : "");
        }

        @Override
        public StationRun start(StationRun.Place place) {
            return new ShuttleRun(place, this);
        }
    }

    /**
     * Ambulances that carry medical groups to the destination, one group per trip; other groups
     * pass on to the next station at once.
     *
     * @param id the station id
     * @param ambulances the ambulances
     */
    record AmbulancePool(String id, Ambulances ambulances) implements Station {
        /**
         * Checks the components.
         *
         * @param id the station id
         * @param ambulances the ambulances
         */
        public AmbulancePool {
            checked(id);
            Objects.requireNonNull(ambulances, "ambulances");
        }

        @Override
        public String kind() {
            return "ambulances";
        }

        /**
         * {@code wait} and {@code vehicles} (ambulance trips): the patients count at the destination,
         * and other groups pass at once.
         */
        @Override
        public List<String> metrics(Evacuation evacuation) {
            return List.of("wait", "vehicles");
        }

        @Override
        public String settings() {
            return ambulances.vehicles() + " ambulances for medical cases, trip "
                    + Format.distribution(ambulances.trip(), Format::duration);
        }

        @Override
        public StationRun start(StationRun.Place place) {
            return new AmbulanceRun(place, this);
        }
    }

    /**
     * A staging point where groups wait for an authorised convoy to the destination.
     *
     * @param id the station id
     * @param convoy the convoy's vehicles, authorised times and road
     */
    record Staging(String id, Convoy convoy) implements Station {
        /**
         * Checks the components.
         *
         * @param id the station id
         * @param convoy the convoy's vehicles, authorised times and road
         */
        public Staging {
            checked(id);
            Objects.requireNonNull(convoy, "convoy");
        }

        @Override
        public String kind() {
            return "convoy";
        }

        /** Also {@code convoys} (dispatched), {@code convoys-held}, {@code convoys-turned-back} and {@code in-transit}. */
        @Override
        public List<String> metrics(Evacuation evacuation) {
            return List.of("wait", "passed", "convoys", "convoys-held", "convoys-turned-back", "in-transit",
                    "convoys-arrived", "vehicles");
        }

        @Override
        public boolean carriesToDestination() {
            return true;
        }

        @Override
        public String settings() {
            int times = convoy.times().size();
            return convoy.vehicles() + " vehicles × " + convoy.seats() + " seats, leaving at " + times
                    + (times == 1 ? " authorised time" : " authorised times") + ", road "
                    + Format.distribution(convoy.road(), Format::duration);
        }

        @Override
        public StationRun start(StationRun.Place place) {
            return new ConvoyRun(place, this);
        }
    }

    /**
     * The safe point at the end of the route, where a person counts as evacuated.
     *
     * @param id the station id
     */
    record Destination(String id) implements Station {
        /**
         * Checks the components.
         *
         * @param id the station id
         */
        public Destination {
            checked(id);
        }

        @Override
        public String kind() {
            return "destination";
        }

        /** {@code passed} (persons evacuated through it), and {@code by-car} and {@code cars} when a population has cars. */
        @Override
        public List<String> metrics(Evacuation evacuation) {
            boolean cars = evacuation.populations().stream().anyMatch(p -> p.cars().share() > 0);
            return cars ? List.of("passed", "by-car", "cars") : List.of("passed");
        }

        @Override
        public String settings() {
            return "evacuated on arrival";
        }

        @Override
        public StationRun start(StationRun.Place place) {
            return new DestinationRun(place, this);
        }
    }
}
