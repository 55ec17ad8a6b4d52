package org.corridorsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.Sampler;
import org.junit.jupiter.api.Test;

class DistributionScheduleTest {

    private final DistributionSchedule twoPieces = DistributionSchedule.of(new double[] {0, 100},
            List.of(new Distribution.Constant(1), new Distribution.Constant(3)));

    @Test
    void eachDrawUsesThePieceInForceAtTheClock() {
        double[] now = {-5};
        Sampler sampler = twoPieces.sampler(RandomSource.SPLIT_MIX_64.create(1L), () -> now[0]);
        assertEquals(1, sampler.sample(), "the first piece also holds before it starts");
        now[0] = 99.5;
        assertEquals(1, sampler.sample());
        now[0] = 100;
        assertEquals(3, sampler.sample(), "a piece holds from its start");
        assertEquals(0, twoPieces.pieceAt(50));
        assertEquals(1, twoPieces.pieceAt(1e9));
        assertTrue(twoPieces.varies());
    }

    @Test
    void oneDistributionDrawsExactlyItsOwnValues() {
        Distribution exponential = new Distribution.Exponential(60);
        Sampler own = exponential.sampler(RandomSource.SPLIT_MIX_64.create(7L));
        Sampler scheduled = DistributionSchedule.constant(exponential)
                .sampler(RandomSource.SPLIT_MIX_64.create(7L), () -> 0);
        for (int i = 0; i < 100; i++) {
            assertEquals(Double.doubleToLongBits(own.sample()), Double.doubleToLongBits(scheduled.sample()));
        }
        assertFalse(DistributionSchedule.constant(exponential).varies());
    }

    @Test
    void replacingAPieceKeepsTheOthersAndBadShapesAreRejected() {
        DistributionSchedule changed = twoPieces.with(1, new Distribution.Constant(5));
        assertEquals(new Distribution.Constant(1), changed.piece(0));
        assertEquals(new Distribution.Constant(5), changed.piece(1));
        assertEquals(new Distribution.Constant(3), twoPieces.piece(1), "the original is unchanged");
        assertThrows(IllegalArgumentException.class,
                () -> DistributionSchedule.of(new double[] {0}, List.of(new Distribution.Constant(1), new Distribution.Constant(2))));
        assertThrows(IllegalArgumentException.class,
                () -> DistributionSchedule.of(new double[] {5, 5}, List.of(new Distribution.Constant(1), new Distribution.Constant(2))));
    }
}
