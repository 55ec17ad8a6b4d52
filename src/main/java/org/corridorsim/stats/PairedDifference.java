package org.corridorsim.stats;

/**
 * Compares two scenarios run with common random numbers: replication {@code i} of both used the
 * same random streams, so the per-replication differences have less variance than two independent
 * samples and give a tighter interval for the difference of means.
 */
public final class PairedDifference {

    private PairedDifference() {
    }

    /** The differences {@code first[i] - second[i]}; the arrays must have equal length. */
    public static double[] differences(double[] first, double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("PairedDifference needs the same number of replications on both sides, got "
                    + first.length + " and " + second.length);
        }
        double[] differences = new double[first.length];
        for (int i = 0; i < first.length; i++) {
            differences[i] = first[i] - second[i];
        }
        return differences;
    }

    /** A summary of {@code first[i] - second[i]}; the interval excluding 0 means the scenarios differ. */
    public static Summary of(double[] first, double[] second, double confidence) {
        return Summary.of(differences(first, second), confidence);
    }
}
