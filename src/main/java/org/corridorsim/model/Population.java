package org.corridorsim.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;

/**
 * People of one kind in one place, travelling in groups. {@code travel} maps each corridor id
 * the population can reach to the approach time; its order is kept.
 *
 * @param id the id used in scenario files and metric names
 * @param kind who the people are
 * @param demand how many leave and when
 * @param groupSize persons per group, a distribution on whole numbers of at least 1
 * @param medicalShare the share of groups that are medical cases, in [0, 1]
 * @param patience how long a group waits at a checkpoint before giving up, in seconds; empty for ever
 * @param retry whether and when a group turned back or giving up tries again
 * @param travel approach time in seconds to each reachable corridor, by corridor id
 * @param cars the share of groups that leave by their own car, and the seats per car
 * @param attributes attributes its groups may have, by name, each with the share of groups that
 *     have it (drawn per group when it sets out); policies can select groups by them
 */
public record Population(
        String id,
        Kind kind,
        Demand demand,
        Distribution groupSize,
        double medicalShare,
        Optional<Distribution> patience,
        Retry retry,
        Map<String, Distribution> travel,
        OwnCars cars,
        Map<String, Double> attributes) {

    /**
     * Private vehicles: a share of the groups leave by their own car, one-way, through the same
     * checkpoints; they skip ambulances, shuttles and convoys and go on to the destination.
     *
     * @param share the share of groups with a car, in [0, 1]
     * @param seats persons per car, at least 1 (a larger group takes several cars)
     */
    public record OwnCars(double share, int seats) {
        /** No group has a car. */
        public static final OwnCars NONE = new OwnCars(0, 1);

        /**
         * Checks the components.
         *
         * @param share the share of groups with a car, in [0, 1]
         * @param seats persons per car, at least 1
         */
        public OwnCars {
            if (!(share >= 0 && share <= 1) || seats < 1) {
                throw new IllegalArgumentException("own cars need a share in [0, 1] and at least 1 seat, got " + share
                        + " and " + seats);
            }
        }
    }

    /**
     * A population whose groups have no attributes.
     *
     * @param id the id used in scenario files and metric names
     * @param kind who the people are
     * @param demand how many leave and when
     * @param groupSize persons per group, a distribution on whole numbers of at least 1
     * @param medicalShare the share of groups that are medical cases, in [0, 1]
     * @param patience how long a group waits at a checkpoint before giving up, in seconds; empty for ever
     * @param retry whether and when a group turned back or giving up tries again
     * @param travel approach time in seconds to each reachable corridor, by corridor id
     * @param cars the share of groups that leave by their own car, and the seats per car
     */
    public Population(String id, Kind kind, Demand demand, Distribution groupSize, double medicalShare,
            Optional<Distribution> patience, Retry retry, Map<String, Distribution> travel, OwnCars cars) {
        this(id, kind, demand, groupSize, medicalShare, patience, retry, travel, cars, Map.of());
    }

    /**
     * A population without private cars.
     *
     * @param id the id used in scenario files and metric names
     * @param kind who the people are
     * @param demand how many leave and when
     * @param groupSize persons per group, a distribution on whole numbers of at least 1
     * @param medicalShare the share of groups that are medical cases, in [0, 1]
     * @param patience how long a group waits at a checkpoint before giving up, in seconds; empty for ever
     * @param retry whether and when a group turned back or giving up tries again
     * @param travel approach time in seconds to each reachable corridor, by corridor id
     */
    public Population(String id, Kind kind, Demand demand, Distribution groupSize, double medicalShare,
            Optional<Distribution> patience, Retry retry, Map<String, Distribution> travel) {
        this(id, kind, demand, groupSize, medicalShare, patience, retry, travel, OwnCars.NONE);
    }

    /**
     * Checks the components.
     *
     * @param id the id used in scenario files and metric names
     * @param kind who the people are
     * @param demand how many leave and when
     * @param groupSize persons per group, a distribution on whole numbers of at least 1
     * @param medicalShare the share of groups that are medical cases, in [0, 1]
     * @param patience how long a group waits at a checkpoint before giving up, in seconds; empty for ever
     * @param retry whether and when a group turned back or giving up tries again
     * @param travel approach time in seconds to each reachable corridor, by corridor id
     * @param cars the share of groups that leave by their own car, and the seats per car
     * @param attributes attributes its groups may have, by name, with the share of groups that have each
     */
    public Population {
        Objects.requireNonNull(cars, "cars");
        Objects.requireNonNull(attributes, "attributes");
        attributes.forEach((name, share) -> {
            if (!name.matches("[A-Za-z0-9_-]+") || !(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("an attribute has a name of letters, digits, _ and - and a share in"
                        + " [0, 1], got " + name + " with " + share);
            }
        });
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(groupSize, "groupSize");
        Objects.requireNonNull(patience, "patience");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(travel, "travel");
        if (!(medicalShare >= 0 && medicalShare <= 1)) {
            throw new IllegalArgumentException("medical share must be between 0 and 1, got " + medicalShare);
        }
        if (travel.isEmpty()) {
            throw new IllegalArgumentException("population " + id + " must be able to reach at least one corridor");
        }
        travel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(travel));
    }

    /**
     * Builds a population step by step: demand, group size and at least one corridor are
     * required; by default nobody is a medical case, groups wait without limit and never retry.
     * <pre>{@code
     * Population town = Population.builder("town", Kind.CIVILIAN)
     *         .demand(new Demand.Poisson(40 / 3600.0))
     *         .groupSize(new Distribution.Geometric(3))
     *         .travel("north", new Distribution.LogNormal(2400, 900))
     *         .build();
     * }</pre>
     *
     * @param id the population id used in scenario files and metric names
     * @param kind who the people are
     * @return a builder
     */
    public static Builder builder(String id, Kind kind) {
        return new Builder(id, kind);
    }

    /** Builds a {@link Population}; see {@link Population#builder}. */
    public static final class Builder {

        private final String id;
        private final Kind kind;
        private Demand demand;
        private Distribution groupSize;
        private double medicalShare;
        private Optional<Distribution> patience = Optional.empty();
        private Retry retry = Retry.NEVER;
        private final Map<String, Distribution> travel = new LinkedHashMap<>();

        private Builder(String id, Kind kind) {
            this.id = Objects.requireNonNull(id, "id");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * How many leave and when: {@link Demand.Finite} or {@link Demand.Poisson}.
         *
         * @param leaving the demand
         * @return this builder
         */
        public Builder demand(Demand leaving) {
            this.demand = Objects.requireNonNull(leaving, "demand");
            return this;
        }

        /**
         * Persons per group.
         *
         * @param persons a distribution on whole numbers of at least 1
         * @return this builder
         */
        public Builder groupSize(Distribution persons) {
            this.groupSize = Objects.requireNonNull(persons, "groupSize");
            return this;
        }

        /**
         * Share of groups that are medical cases.
         *
         * @param share in [0, 1]; 0 by default
         * @return this builder
         */
        public Builder medicalShare(double share) {
            this.medicalShare = share;
            return this;
        }

        /**
         * How long a group waits at a checkpoint before giving up; without limit by default.
         *
         * @param seconds the patience, in seconds
         * @return this builder
         */
        public Builder patience(Distribution seconds) {
            this.patience = Optional.of(seconds);
            return this;
        }

        /**
         * Whether and when a group turned back or giving up tries again; {@link Retry#NEVER} by default.
         *
         * @param again the retry settings
         * @return this builder
         */
        public Builder retry(Retry again) {
            this.retry = Objects.requireNonNull(again, "retry");
            return this;
        }

        /**
         * A corridor the population can reach and the approach time to it; repeatable.
         *
         * @param corridor the corridor's id
         * @param seconds the approach time, in seconds
         * @return this builder
         */
        public Builder travel(String corridor, Distribution seconds) {
            travel.put(Objects.requireNonNull(corridor, "corridor"), Objects.requireNonNull(seconds, "travel time"));
            return this;
        }

        /**
         * The population.
         *
         * @return the population
         * @throws IllegalStateException if demand or group size is missing
         */
        public Population build() {
            if (demand == null || groupSize == null) {
                throw new IllegalStateException("population " + id + " needs " + (demand == null ? "a demand" : "a group size")
                        + "; call " + (demand == null ? "demand(...)" : "groupSize(...)") + " before build()");
            }
            return new Population(id, kind, demand, groupSize, medicalShare, patience, retry, travel);
        }
    }
}
