package org.corridorsim.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.Kind;

/**
 * A way out, with the kinds of people it serves, its opening windows and its checkpoint.
 *
 * @param id the id used in scenario files, metric names and policies
 * @param name the display name in reports
 * @param serves the kinds of people let through, at least one
 * @param windows when the corridor is open
 * @param checkpoint the screening on the way out
 * @param transport vehicles that carry screened people away; empty when they walk on
 * @param ambulances ambulances for medical groups, if any
 */
public record Corridor(
        String id,
        String name,
        Set<Kind> serves,
        Windows windows,
        Checkpoint checkpoint,
        Optional<Transport> transport,
        Optional<Ambulances> ambulances) {

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
            return new Corridor(id, name, serves, windows, checkpoint, transport, ambulances);
        }
    }
}
