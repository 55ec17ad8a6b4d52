package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioError;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The event set follows the workload, and never changes a result. */
class EventSetChoiceTest {

    /** M/M/3: about 3 events pending (an arrival, up to 3 screenings). */
    static final String ONE_CHECKPOINT = """
            id: mm3
            start: 2024-01-01T00:00
            end: 2024-01-03T00:00
            populations:
              - id: queue
                arrivals: {rate: 50/h}
                travel: {gate: 0}
            corridors:
              - id: gate
                checkpoint: {lanes: 3, screening: {dist: exponential, mean: 3m}}
            """;

    private static Evacuation load(String text) {
        return new ScenarioLoader().parse(text, "s.yaml").evacuation();
    }

    @Test
    void autoTakesTheHeapForOneCheckpointAndTheCalendarForThousandsOfRetries() {
        Evacuation mm3 = load(ONE_CHECKPOINT);
        Evacuation aleppo = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10.yaml")).evacuation();
        // 0 s travel: 1 departure + 2 stations + 3 lanes
        assertEquals(6, PendingEstimate.of(mm3), 1e-9);
        assertTrue(PendingEstimate.of(aleppo) > 1000, "Aleppo: " + PendingEstimate.of(aleppo));
        assertEquals(EventSetChoice.AUTO, mm3.eventSet());
        assertEquals(EventSetChoice.HEAP, new EvacuationModel(mm3).eventSetInUse());
        assertEquals(EventSetChoice.CALENDAR, new EvacuationModel(aleppo).eventSetInUse());
        assertEquals(EventSetChoice.CALENDAR, new EvacuationModel(mm3.withEventSet(EventSetChoice.CALENDAR)).eventSetInUse());
        assertEquals(EventSetChoice.HEAP, new EvacuationModel(aleppo.withEventSet(EventSetChoice.HEAP)).eventSetInUse());
    }

    @Test
    void resultsAreTheSameToTheBitOnEitherEventSet() {
        for (String file : List.of("scenarios/aleppo-2016-10.yaml", "scenarios/example-minimal.yaml",
                "scenarios/ghouta-2018.yaml")) {
            Evacuation e = new ScenarioLoader().load(Path.of(file)).evacuation();
            EvacuationModel heap = new EvacuationModel(e.withEventSet(EventSetChoice.HEAP));
            EvacuationModel calendar = new EvacuationModel(e.withEventSet(EventSetChoice.CALENDAR));
            for (int r = 0; r < 3; r++) {
                Outcome a = heap.replicate(new RandomStreams(7), r);
                Outcome b = calendar.replicate(new RandomStreams(7), r);
                assertArrayEquals(a.values(), b.values(), file + " replication " + r);
                for (int s = 0; s < a.seriesCount(); s++) {
                    assertArrayEquals(a.throughput()[s], b.throughput()[s], file + " series " + s);
                }
                assertEquals(a.events(), b.events());
            }
        }
    }

    @Test
    void aReplicationGivesTheSameResultWhateverShapeEarlierOnesLeftTheTablesIn() {
        Evacuation aleppo = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10.yaml")).evacuation();
        EvacuationModel seasoned = new EvacuationModel(aleppo);
        for (int r = 0; r < 3; r++) {
            seasoned.replicate(new RandomStreams(7), r);
        }
        RunShape learned = seasoned.shape();
        assertTrue(learned.events() > 1000 && learned.buckets() > 256 && learned.width() != 1.0
                && learned.groupSlots() > RunShape.INITIAL.groupSlots(), "learned " + learned);
        Outcome fresh = new EvacuationModel(aleppo).replicate(new RandomStreams(7), 3);
        Outcome again = seasoned.replicate(new RandomStreams(7), 3);
        assertArrayEquals(fresh.values(), again.values());
        for (int s = 0; s < fresh.seriesCount(); s++) {
            assertArrayEquals(fresh.throughput()[s], again.throughput()[s], "series " + s);
        }
        assertEquals(fresh.events(), again.events());
    }

    @Test
    void theScenarioNamesTheEventSet() {
        ScenarioLoader loader = new ScenarioLoader();
        assertEquals(EventSetChoice.CALENDAR,
                loader.parse(ONE_CHECKPOINT + "experiment: {event-set: calendar}\n", "s.yaml").evacuation().eventSet());
        assertEquals(EventSetChoice.HEAP,
                loader.parse(ONE_CHECKPOINT + "experiment: {event-set: heap}\n", "s.yaml").evacuation().eventSet());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse(ONE_CHECKPOINT + "experiment: {event-set: ladder}\n", "s.yaml"));
        assertEquals(List.of("s.yaml:11:25 experiment.event-set: unknown event set 'ladder'; allowed: auto, heap, calendar"),
                e.errors().stream().map(ScenarioError::toString).toList());
    }
}
