package org.corridorsim.model;

import java.util.Objects;
import org.corridorsim.random.Distribution;

/**
 * One stop on a corridor's route. A corridor is an ordered list of stations: a group reaches the
 * first after its approach, passes each in turn, and counts as evacuated at the last, which is
 * always a {@link Destination}. The model asks the blocking policies before a group enters a
 * checkpoint or a convoy staging point (the policy gate), and policies may name any station.
 *
 * <p>A new kind is a record here, a runtime class extending {@code StationRun} and a case in
 * {@code Stations}; docs/model.md shows one.
 */
public sealed interface Station {

    /** {@return the station's id, unique within its corridor; used in metric names and policies} */
    String id();

    /** {@return the station's kind as written in scenario files, e.g. {@code checkpoint}} */
    String kind();

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
    }
}
