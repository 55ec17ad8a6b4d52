package org.corridorsim.inference;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A prior on one parameter, seen on the scale the perturbation kernels work on: the parameter
 * itself, its logarithm for a log-uniform prior, or the index of a value for a choice. Densities
 * are on that scale, so a Jacobian never enters the importance weights.
 */
interface ParameterPrior {

    /** Lower end of the support on the working scale; may be negative infinity. */
    double lower();

    /** Upper end of the support on the working scale; may be positive infinity. */
    double upper();

    /** True when the working values are the indexes 0 .. {@link #levels()} - 1. */
    boolean discrete();

    /** Number of values of a discrete prior; 0 for a continuous one. */
    int levels();

    double sample(UniformRandomProvider rng);

    /** Density (or probability, if discrete) at a working value; 0 outside the support. */
    double density(double working);

    /** The parameter's value, in its own units, for a working value. */
    double value(double working);
}
