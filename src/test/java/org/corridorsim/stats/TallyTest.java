package org.corridorsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static Tally tallyOf(double... values) {
        Tally tally = new Tally();
        for (double v : values) {
            tally.add(v);
        }
        return tally;
    }

    @Test
    void computesStatisticsOfAKnownSample() {
        Tally tally = tallyOf(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, tally.count());
        assertEquals(5.0, tally.mean(), 1e-15);
        assertEquals(32.0 / 7.0, tally.variance(), 1e-14);
        assertEquals(2.138089935299395, tally.stdDev(), 1e-14);
        assertEquals(2.0, tally.min());
        assertEquals(9.0, tally.max());
        assertEquals(40.0, tally.sum());
    }

    @Test
    void emptyTallyHasNoMeanOrExtremes() {
        Tally tally = new Tally();
        assertEquals(0, tally.count());
        assertTrue(Double.isNaN(tally.mean()));
        assertTrue(Double.isNaN(tally.variance()));
        assertTrue(Double.isNaN(tally.min()));
        assertTrue(Double.isNaN(tally.max()));
        assertEquals(0.0, tally.sum());
    }

    @Test
    void singleObservationHasMeanButNoVariance() {
        Tally tally = tallyOf(-3.5);
        assertEquals(-3.5, tally.mean());
        assertEquals(-3.5, tally.min());
        assertEquals(-3.5, tally.max());
        assertTrue(Double.isNaN(tally.variance()));
        assertTrue(Double.isNaN(tally.stdDev()));
    }

    @Test
    void varianceStaysAccurateWithALargeOffset() {
        // Deviations 6, 3, 3, 6 around 1e9 + 10: the naive sum-of-squares formula loses all digits here.
        Tally tally = tallyOf(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
        assertEquals(1e9 + 10, tally.mean(), 1e-6);
        assertEquals(30.0, tally.variance(), 1e-6);
    }

    @Test
    void mergeEqualsOnePassOverAllObservations() {
        Tally left = tallyOf(2, 4, 4);
        Tally right = tallyOf(4, 5, 5, 7, 9);
        left.merge(right);
        Tally all = tallyOf(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(all.count(), left.count());
        assertEquals(all.mean(), left.mean(), 1e-15);
        assertEquals(all.variance(), left.variance(), 1e-14);
        assertEquals(all.min(), left.min());
        assertEquals(all.max(), left.max());
        assertEquals(all.sum(), left.sum());
        assertEquals(5, right.count(), "the merged-in tally is unchanged");
    }

    @Test
    void mergeWithEmptyTalliesOnEitherSide() {
        Tally empty = new Tally();
        empty.merge(tallyOf(1, 3));
        assertEquals(2, empty.count());
        assertEquals(2.0, empty.mean());
        assertEquals(2.0, empty.variance());
        assertEquals(1.0, empty.min());

        Tally full = tallyOf(1, 3);
        full.merge(new Tally());
        assertEquals(2, full.count());
        assertEquals(2.0, full.variance());
    }

    @Test
    void mergeIntoItselfDoublesEveryObservation() {
        Tally tally = tallyOf(1, 2, 6);
        tally.merge(tally);
        Tally doubled = tallyOf(1, 2, 6, 1, 2, 6);
        assertEquals(6, tally.count());
        assertEquals(doubled.mean(), tally.mean(), 1e-15);
        assertEquals(doubled.variance(), tally.variance(), 1e-14);
    }

    @Test
    void resetForgetsEverything() {
        Tally tally = tallyOf(5, 7);
        tally.reset();
        assertEquals(0, tally.count());
        assertTrue(Double.isNaN(tally.max()));
        tally.add(1);
        assertEquals(1.0, tally.mean());
        assertEquals(1.0, tally.max());
    }

    @Test
    void rejectsNonFiniteObservationsNamingThem() {
        Tally tally = new Tally();
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> tally.add(Double.NaN));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> tally.add(Double.NEGATIVE_INFINITY));
        assertTrue(inf.getMessage().contains("-Infinity"), inf.getMessage());
        assertEquals(0, tally.count());
    }

    @Property(tries = 300, seed = "20240611")
    void mergingTwoTalliesEqualsOneTallyOverTheConcatenation(
            @ForAll @Size(max = 60) List<@DoubleRange(min = -1e6, max = 1e6) Double> first,
            @ForAll @Size(max = 60) List<@DoubleRange(min = -1e6, max = 1e6) Double> second) {
        Tally left = new Tally();
        first.forEach(left::add);
        Tally right = new Tally();
        second.forEach(right::add);
        left.merge(right);

        List<Double> all = new ArrayList<>(first);
        all.addAll(second);
        Tally single = new Tally();
        all.forEach(single::add);

        // Tolerances are relative to the data's magnitude: a mean near 0 of values near 1e6 still
        // carries rounding of order 1e6 * machine epsilon.
        double scale = all.stream().mapToDouble(Math::abs).max().orElse(0) + 1;
        assertEquals(single.count(), left.count());
        assertEquals(single.sum(), left.sum(), 1e-12 * scale * (all.size() + 1));
        if (!all.isEmpty()) {
            assertEquals(single.mean(), left.mean(), 1e-12 * scale);
            assertEquals(single.min(), left.min());
            assertEquals(single.max(), left.max());
        }
        if (all.size() >= 2) {
            assertEquals(single.variance(), left.variance(), 1e-10 * scale * scale);
            assertEquals(twoPassVariance(all), left.variance(), 1e-10 * scale * scale);
        }
    }

    private static double twoPassVariance(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return squares / (values.size() - 1);
    }
}
