package org.corridorsim.policy;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.Sampler;

/**
 * A distribution that changes over time in pieces, as {@link Schedule} does for a number: piece
 * {@code i} holds from {@code from(i)} until the next piece starts (the first also before its
 * start). Written in a policy entry as a list of distributions with the entry's {@code schedule:}
 * of local date-times, each piece's parameters reachable by an override path such as
 * {@code blocking.shelling.every[1].mean}. A value is drawn from the piece in force at the moment
 * of the draw.
 */
public final class DistributionSchedule {

    private final double[] from;
    private final Distribution[] pieces;

    private DistributionSchedule(double[] from, Distribution[] pieces) {
        this.from = from;
        this.pieces = pieces;
    }

    /**
     * A distribution that never changes.
     *
     * @param distribution the distribution
     * @return the schedule of one piece
     */
    public static DistributionSchedule constant(Distribution distribution) {
        return new DistributionSchedule(new double[] {Double.NEGATIVE_INFINITY},
                new Distribution[] {java.util.Objects.requireNonNull(distribution, "distribution")});
    }

    /**
     * Pieces starting at the given times.
     *
     * @param from the start of each piece, in seconds from the scenario start, increasing
     * @param pieces the distribution of each piece, as many as {@code from}
     * @return the schedule
     * @throws IllegalArgumentException if the lengths differ, there is no piece or the times do not increase
     */
    public static DistributionSchedule of(double[] from, List<Distribution> pieces) {
        return new DistributionSchedule(PieceTimes.checked(from, pieces.size(), "distribution"),
                pieces.toArray(Distribution[]::new));
    }

    /** {@return the number of pieces} */
    public int pieces() {
        return pieces.length;
    }

    /**
     * The distribution of one piece.
     *
     * @param piece from 0 to {@link #pieces()} minus one
     * @return its distribution
     */
    public Distribution piece(int piece) {
        return pieces[piece];
    }

    /**
     * The piece in force at a time.
     *
     * @param time seconds from the scenario start
     * @return the index of the last piece started by then, or 0 before the first starts
     */
    public int pieceAt(double time) {
        return PieceTimes.pieceAt(from, time);
    }

    /**
     * The same schedule with one piece replaced.
     *
     * @param piece from 0 to {@link #pieces()} minus one
     * @param distribution its new distribution
     * @return the new schedule
     */
    public DistributionSchedule with(int piece, Distribution distribution) {
        Distribution[] changed = pieces.clone();
        changed[piece] = java.util.Objects.requireNonNull(distribution, "distribution");
        return new DistributionSchedule(from, changed);
    }

    /** {@return whether the distribution changes over time} */
    public boolean varies() {
        for (Distribution d : pieces) {
            if (!d.equals(pieces[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sampler that draws each value from the piece in force at {@code clock}'s time. Every piece
     * draws from {@code rng}, so with one piece the draws are exactly those of the piece's own
     * sampler. Drawing allocates nothing.
     *
     * @param rng the random stream
     * @param clock the current time, in seconds from the scenario start (e.g. {@code simulator::now})
     * @return the sampler
     */
    public Sampler sampler(UniformRandomProvider rng, DoubleSupplier clock) {
        if (!varies()) {
            return pieces[0].sampler(rng);
        }
        Sampler[] samplers = new Sampler[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            samplers[i] = pieces[i].sampler(rng);
        }
        return () -> samplers[pieceAt(clock.getAsDouble())].sample();
    }

    /** Two schedules are equal when they have the same pieces: the same start times and distributions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DistributionSchedule s && Arrays.equals(from, s.from) && Arrays.equals(pieces, s.pieces);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(from) + Arrays.hashCode(pieces);
    }

    @Override
    public String toString() {
        return "DistributionSchedule" + Arrays.toString(pieces) + " from " + Arrays.toString(from);
    }
}
