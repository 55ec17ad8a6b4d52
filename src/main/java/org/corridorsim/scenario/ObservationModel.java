package org.corridorsim.scenario;

import java.util.Optional;

/**
 * How an observed figure relates to the simulated quantity ({@code docs/fitting.md}): a hard
 * {@code range} (the value lay inside it), or a count likelihood around the simulated value
 * times the source's bias: {@code poisson}, {@code negative-binomial} with a dispersion k
 * (variance μ + μ²/k), or {@code relative}, a normal error of standard deviation sd on
 * log(count + 1).
 *
 * @param kind the form
 * @param parameter the negative binomial's dispersion or the relative model's sd; NaN for the
 *        others, and for a dispersion that has a prior
 * @param prior the name of the dispersion's prior in {@link Inference#noise()}, if it has one
 */
public record ObservationModel(Kind kind, double parameter, Optional<String> prior) {

    /** Today's behaviour: the value lay in [low, high]. */
    public static final ObservationModel RANGE = new ObservationModel(Kind.RANGE, Double.NaN, Optional.empty());

    /** The forms of observation model. */
    public enum Kind {
        /** A hard range. */
        RANGE("range"),
        /** A Poisson count. */
        POISSON("poisson"),
        /** A negative binomial (gamma-Poisson) count. */
        NEGATIVE_BINOMIAL("negative-binomial"),
        /** A log-normal error on counts. */
        RELATIVE("relative");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** {@return the name used in scenario files} */
        public String word() {
            return word;
        }
    }

    /**
     * Checks the components.
     *
     * @param kind the form
     * @param parameter the dispersion or sd, positive; NaN when it has a prior or the form has none
     * @param prior the name of the dispersion's prior, if it has one
     */
    public ObservationModel {
        boolean needs = kind == Kind.NEGATIVE_BINOMIAL || kind == Kind.RELATIVE;
        if (needs && prior.isEmpty() && !(parameter > 0 && parameter < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(kind.word() + " needs a positive parameter, got " + parameter);
        }
        if (prior.isPresent() && kind != Kind.NEGATIVE_BINOMIAL) {
            throw new IllegalArgumentException("only a negative binomial's dispersion may have a prior");
        }
    }

    /** {@return whether the observation is weighed by a likelihood rather than a hard range} */
    public boolean likelihood() {
        return kind != Kind.RANGE;
    }

    /** {@return a short description, e.g. {@code negative-binomial (dispersion 10)}} */
    public String label() {
        return switch (kind) {
            case RANGE, POISSON -> kind.word();
            case NEGATIVE_BINOMIAL -> kind.word() + " (dispersion " + prior.map(p -> "~ " + p)
                    .orElseGet(() -> PriorReader.number(parameter)) + ")";
            case RELATIVE -> kind.word() + " (sd " + PriorReader.number(parameter) + ")";
        };
    }
}
