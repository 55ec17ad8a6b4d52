package org.corridorsim.model;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.random.Sampler;

/**
 * The groups of one population as they set out, generated one at a time so that nothing is
 * stored per person. {@link #advance()} moves to the next group and returns its departure time,
 * or +infinity when there are no more.
 */
abstract class Departures {

    protected int nextSize;

    abstract double advance();

    /** Persons in the group that {@link #advance()} last produced. */
    int size() {
        return nextSize;
    }

    static int persons(Sampler groupSize) {
        int x = groupSize.sampleWhole();
        // group sizes are counts; anything below one person still makes a group of one
        return x < 1 ? 1 : x;
    }

    /**
     * A finite population: exactly {@code leaving} persons in groups, at departure times that are
     * the sorted order statistics of iid draws from the profile. The number of groups is found by
     * one pass over the group-size stream; the sizes it drew are kept and handed out in order, so
     * the stream is drawn once per group (it used to be replayed from the same seed: same sizes).
     */
    static final class Finite extends Departures {
        private final double[] cumulative;
        /** Each interval's start and length, read once from the profile. */
        private final double[] starts;
        private final double[] lengths;
        private final UniformRandomProvider timeStream;
        /** The size of every group, in departure order. */
        private final int[] groupSizes;
        private int nextGroup;
        private long groupsLeft;
        private long personsLeft;
        private double lastU;
        private int interval;

        Finite(long leaving, DepartureProfile profile, Sampler sizes, UniformRandomProvider timeStream) {
            this.timeStream = timeStream;
            this.personsLeft = leaving;
            int[] drawn = new int[(int) Math.min(1024, Math.max(16, leaving))];
            long persons = 0;
            int groups = 0;
            while (persons < leaving) {
                if (groups == drawn.length) {
                    drawn = Arrays.copyOf(drawn, checkedGrowth(drawn.length));
                }
                int size = persons(sizes);
                drawn[groups++] = size;
                persons += size;
            }
            this.groupSizes = drawn;
            this.groupsLeft = groups;
            int n = profile.intervals().size();
            cumulative = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += profile.weights().get(i) * profile.intervals().get(i).length();
                cumulative[i] = total;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= total;
            }
            starts = new double[n];
            lengths = new double[n];
            for (int i = 0; i < n; i++) {
                starts[i] = profile.intervals().get(i).from();
                lengths[i] = profile.intervals().get(i).length();
            }
        }

        @Override
        double advance() {
            if (groupsLeft == 0) {
                return Double.POSITIVE_INFINITY;
            }
            // the minimum of the groupsLeft uniforms still to come, on (lastU, 1)
            double v = 1 - timeStream.nextDouble();
            lastU = 1 - (1 - lastU) * Math.pow(v, 1.0 / groupsLeft);
            groupsLeft--;
            nextSize = (int) Math.min(groupSizes[nextGroup++], personsLeft);
            personsLeft -= nextSize;
            return timeAt(lastU);
        }

        private static int checkedGrowth(int length) {
            if (length >= Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("more than " + length + " groups in one population");
            }
            return length * 2;
        }

        private double timeAt(double u) {
            while (interval < cumulative.length - 1 && u > cumulative[interval]) {
                interval++;
            }
            double before = interval == 0 ? 0 : cumulative[interval - 1];
            double mass = cumulative[interval] - before;
            double fraction = mass > 0 ? (u - before) / mass : 0;
            return starts[interval] + Math.min(1, Math.max(0, fraction)) * lengths[interval];
        }
    }

    /** An open Poisson stream of groups. */
    static final class Poisson extends Departures {
        private final Sampler gaps;
        private final Sampler sizes;
        private double time;

        Poisson(Sampler gaps, Sampler sizes) {
            this.gaps = gaps;
            this.sizes = sizes;
        }

        @Override
        double advance() {
            time += gaps.sample();
            nextSize = persons(sizes);
            return time;
        }
    }
}
