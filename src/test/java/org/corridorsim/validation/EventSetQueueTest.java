package org.corridorsim.validation;

import static org.corridorsim.validation.QueueExperiment.assertCovers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corridorsim.kernel.EventSet;
import org.corridorsim.kernel.CalendarEventSet;
import org.corridorsim.kernel.HeapEventSet;
import org.corridorsim.validation.QueueExperiment.Results;
import org.corridorsim.validation.QueueingTheory.MMc;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The M/M/3 validation on every event-set implementation. Equal-time events are ordered by the
 * simulator, not the set, so every implementation must reproduce the reference run exactly.
 */
class EventSetQueueTest {

    /** One line per implementation or configuration worth checking. */
    static Stream<Named<Supplier<EventSet>>> eventSets() {
        return Stream.of(
                Named.of("HeapEventSet", HeapEventSet::new),
                Named.of("HeapEventSet growing from 4", () -> new HeapEventSet(4)),
                Named.of("CalendarEventSet", CalendarEventSet::new));
    }

    private static final long SEED = 41;

    @ParameterizedTest
    @MethodSource("eventSets")
    void threeServerQueueMatchesErlangCAndTheReferenceRun(Supplier<EventSet> eventSets) {
        MMc exact = new MMc(50.0 / 3600, 1.0 / 180, 3);
        Results results = MarkovianQueueTest.threeServers(SEED).run(eventSets);

        assertCovers("M/M/3 Wq", exact.meanWait(), results.summary(QueueStatistics::meanWait), 0.05);
        assertCovers("M/M/3 utilisation", exact.utilisation(), results.summary(QueueStatistics::utilisation), 0.01);
        assertEquals(Reference.RESULTS, results, "same seed, same events: the statistics must be identical");
    }

    /** The reference run, made once for all parameters. */
    private static final class Reference {
        static final Results RESULTS = MarkovianQueueTest.threeServers(SEED).run(HeapEventSet::new);
    }
}
