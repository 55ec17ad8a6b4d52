package org.corridorsim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class GroupStreamTest {

    private static final long SEED = 20161020;
    private static final int GROUPS = 100_000;
    /** The first draw of group 41's second attempt of "town", purpose "travel", replication 3, seed 20161020. */
    private static final long PINNED_FIRST_DRAW = 7013483833842006583L;

    private static double[] draws(GroupStream stream, int draw, long populationKey) {
        double[] x = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            stream.at(GroupStream.groupKey(populationKey, g, 1));
            for (int i = 0; i < draw; i++) {
                stream.nextLong();
            }
            x[g] = stream.nextDouble();
        }
        return x;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void aGroupsDrawsDependOnlyOnItsKeyNotOnWhatWasDrawnBefore() {
        GroupStream a = new RandomStreams(SEED).groupStream(3, "travel");
        GroupStream b = new RandomStreams(SEED).groupStream(3, "travel");
        long key = GroupStream.groupKey(GroupStream.nameKey("town"), 41, 2);
        for (int i = 0; i < 1000; i++) {
            b.nextLong();
        }
        b.at(GroupStream.groupKey(GroupStream.nameKey("town"), 7, 1));
        b.nextLong();
        a.at(key);
        b.at(key);
        long[] x = {a.nextLong(), a.nextLong(), a.nextLong()};
        long[] y = {b.nextLong(), b.nextLong(), b.nextLong()};
        assertArrayEquals(x, y);
    }

    @Test
    void aPreparedKeyDrawsWhatTheRawKeyDraws() {
        GroupStream raw = new RandomStreams(SEED).groupStream(3, "travel");
        GroupStream prepared = new RandomStreams(SEED).groupStream(3, "travel");
        long town = GroupStream.nameKey("town");
        for (int g = 0; g < 1000; g++) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                long key = GroupStream.groupKey(town, g, attempt);
                assertEquals(key, GroupStream.attemptKey(GroupStream.groupIdentity(town, g), attempt));
                raw.at(key);
                prepared.atPrepared(GroupStream.prepare(key));
                assertEquals(raw.nextLong(), prepared.nextLong());
                assertEquals(raw.nextDouble(), prepared.nextDouble());
            }
        }
        // the draws themselves are unchanged: shipped results depend on them
        raw.at(GroupStream.groupKey(town, 41, 2));
        assertEquals(PINNED_FIRST_DRAW, raw.nextLong());
    }

    @Test
    void keysDifferByPopulationGroupAttemptPurposeAndReplication() {
        long town = GroupStream.nameKey("town");
        long[] keys = {GroupStream.groupKey(town, 0, 1), GroupStream.groupKey(town, 1, 1),
            GroupStream.groupKey(town, 0, 2), GroupStream.groupKey(GroupStream.nameKey("towm"), 0, 1)};
        for (int i = 0; i < keys.length; i++) {
            for (int j = i + 1; j < keys.length; j++) {
                assertTrue(keys[i] != keys[j], i + " vs " + j);
            }
        }
        GroupStream travel = new RandomStreams(SEED).groupStream(0, "travel");
        GroupStream patience = new RandomStreams(SEED).groupStream(0, "patience");
        GroupStream otherReplication = new RandomStreams(SEED).groupStream(1, "travel");
        travel.at(keys[0]);
        patience.at(keys[0]);
        otherReplication.at(keys[0]);
        long t = travel.nextLong();
        assertTrue(t != patience.nextLong());
        assertTrue(t != otherReplication.nextLong());
    }

    @Test
    void firstAndLaterDrawsAcrossGroupsAreUniform() {
        GroupStream stream = new RandomStreams(SEED).groupStream(0, "uniformity");
        for (int draw : new int[] {0, 1, 5}) {
            double[] x = draws(stream, draw, GroupStream.nameKey("town"));
            double p = KolmogorovSmirnovTest.withDefaults().test(x, u -> Math.min(1, Math.max(0, u))).getPValue();
            // fixed seed: the p-value is a fixed number; 1e-4 would flag a broken mix, not chance
            assertTrue(p > 1e-4, "draw " + draw + ": KS p = " + p);
            long[] bins = new long[100];
            for (double u : x) {
                bins[(int) (u * 100)]++;
            }
            double chi = ChiSquareTest.withDefaults().test(bins).getPValue();
            assertTrue(chi > 1e-4, "draw " + draw + ": chi-square p = " + chi);
        }
    }

    @Test
    void neighbouringGroupsAndSuccessiveDrawsAreUncorrelated() {
        GroupStream stream = new RandomStreams(SEED).groupStream(0, "correlation");
        double[] first = draws(stream, 0, GroupStream.nameKey("town"));
        double[] second = draws(stream, 1, GroupStream.nameKey("town"));
        double[] otherPopulation = draws(stream, 0, GroupStream.nameKey("village"));
        // for independent draws the sample correlation is about N(0, 1/n); 5 sigma never trips by chance
        double bound = 5 / Math.sqrt(GROUPS);
        assertTrue(Math.abs(correlation(first, second)) < bound, "first vs second draw of a group");
        assertTrue(Math.abs(correlation(first, otherPopulation)) < bound, "same index, other population");
        double lagged = correlation(java.util.Arrays.copyOfRange(first, 1, GROUPS),
                java.util.Arrays.copyOf(first, GROUPS - 1));
        assertTrue(Math.abs(lagged) < bound, "group g vs group g + 1: " + lagged);
        double mean = 0;
        for (double u : first) {
            mean += u;
        }
        assertEquals(0.5, mean / GROUPS, 5 * Math.sqrt(1.0 / 12 / GROUPS));
    }
}
