package org.corridorsim.stats;

/**
 * Compares two scenarios run with common random numbers: replication {@code i} of both used the
 * same random streams, so the per-replication differences have less variance than two independent
 * samples and give a tighter interval for the difference of means.
 */
public final class PairedDifference {

    private PairedDifference() {
    }

    /**
     * The differences {@code first[i] - second[i]}, replication by replication.
     *
     * @param first one value per replication of the first scenario
     * @param second one value per replication of the second, with common random numbers
     * @return a new array of the differences
     * @throws IllegalArgumentException if the lengths differ
     */
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

    /**
     * A summary of {@code first[i] - second[i]}; an interval that excludes 0 means the scenarios differ.
     *
     * @param first one value per replication of the first scenario
     * @param second one value per replication of the second
     * @param confidence the interval's confidence level, in (0, 1)
     * @return the summary of the differences
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Summary of(double[] first, double[] second, double confidence) {
        return Summary.of(differences(first, second), confidence);
    }
}
