package org.corridorsim.random;

import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/** The checks of {@link Distribution}'s parameters, each failing with a message that names the family and value. */
final class ParameterChecks {

    private ParameterChecks() {
    }

    static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + value);
        }
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    static void uniform(double min, double max) {
        requireFinite("Uniform min", min);
        requireFinite("Uniform max", max);
        if (!(max > min)) {
            throw new IllegalArgumentException("Uniform max must be greater than min " + min + ", got " + max);
        }
    }

    static void triangular(double min, double mode, double max) {
        requireFinite("Triangular min", min);
        requireFinite("Triangular max", max);
        if (!(min <= mode && mode <= max && min < max)) {
            throw new IllegalArgumentException("Triangular needs min <= mode <= max and min < max, got min "
                    + min + ", mode " + mode + ", max " + max);
        }
    }

    static void truncatedNormal(double location, double scale) {
        requireFinite("TruncatedNormal location", location);
        requirePositive("TruncatedNormal scale", scale);
        try {
            TruncatedNormalDistribution.of(location, scale, 0, Double.POSITIVE_INFINITY);
        } catch (IllegalArgumentException e) { // Commons' DistributionException is not public
            throw new IllegalArgumentException("TruncatedNormal location must lie less than about 38 scales below 0,"
                    + " or no probability is left above 0; got location " + location + ", scale " + scale, e);
        }
    }

    static void geometric(double mean) {
        requireFinite("Geometric mean", mean);
        if (!(mean >= 1)) {
            throw new IllegalArgumentException("Geometric mean must be at least 1, got " + mean);
        }
    }

    /** @param maxMean the largest mean Commons RNG's Poisson sampler accepts */
    static void poisson(double mean, double maxMean) {
        requirePositive("Poisson mean", mean);
        if (mean > maxMean) {
            throw new IllegalArgumentException("Poisson mean must be at most " + maxMean + ", got " + mean);
        }
    }
}
