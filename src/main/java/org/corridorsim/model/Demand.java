package org.corridorsim.model;

/** How many people of a population try to leave, and when. */
public sealed interface Demand {

    /**
     * {@code size} people, of whom the share {@code intent} set out, at times drawn from the profile.
     *
     * @param size persons in the population, not negative
     * @param intent the share who try to leave, in [0, 1]
     * @param departures when they leave home
     */
    record Finite(long size, double intent, DepartureProfile departures) implements Demand {
        /**
         * Checks the components.
         *
         * @param size persons in the population, not negative
         * @param intent the share who try to leave, in [0, 1]
         * @param departures when they leave home
         */
        public Finite {
            if (size < 0) {
                throw new IllegalArgumentException("population size must not be negative, got " + size);
            }
            if (!(intent >= 0 && intent <= 1)) {
                throw new IllegalArgumentException("intent must be between 0 and 1, got " + intent);
            }
        }

        /** {@return persons who set out: the intended share, rounded to whole persons} */
        public long leaving() {
            return Math.round(size * intent);
        }
    }

    /**
     * An open Poisson stream of groups.
     *
     * @param ratePerSecond groups per second, positive and finite
     */
    record Poisson(double ratePerSecond) implements Demand {
        /**
         * Checks the components.
         *
         * @param ratePerSecond groups per second, positive and finite
         */
        public Poisson {
            if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
                throw new IllegalArgumentException("arrival rate must be positive, got " + ratePerSecond);
            }
        }
    }
}
