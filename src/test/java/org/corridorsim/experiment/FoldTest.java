package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class FoldTest {

    private static final long SEED = 99;
    private static final EvacuationModel MODEL = Models.checkpoints(2, 2, List.of());
    private static final Experiment EXPERIMENT = Experiment.of(MODEL).replications(16).seed(SEED);

    private static List<Outcome> outcomes(int n) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            outcomes.add(MODEL.replicate(new RandomStreams(SEED), r));
        }
        return outcomes;
    }

    @Test
    void anyArrivalOrderFoldsInIndexOrderAndGivesTheSameBitsAsTheThreadedRunner() {
        List<Outcome> shuffled = new ArrayList<>(outcomes(16));
        Collections.shuffle(shuffled, new Random(3));
        Collected rows = new Collected();
        Fold fold = Fold.of(EXPERIMENT, rows);
        for (Outcome outcome : shuffled) {
            fold.offer(outcome);
        }
        ExperimentResult folded = fold.result();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), rows.indices());
        ExperimentResult threaded = EXPERIMENT.threads(3).run();
        assertEquals(threaded.summaries(), folded.summaries());
        for (int s = 0; s < folded.throughput().size(); s++) {
            assertArrayEquals(threaded.throughput().get(s).upper(), folded.throughput().get(s).upper());
            assertArrayEquals(threaded.cumulative().get(s).lower(), folded.cumulative().get(s).lower());
        }
        assertEquals(threaded.events(), folded.events());
        assertTrue(folded.complete());
    }

    @Test
    void holdsBackOnlyWhatArrivesBeforeAGap() {
        List<Outcome> outcomes = outcomes(4);
        Fold fold = Fold.of(EXPERIMENT);
        fold.offer(outcomes.get(2));
        fold.offer(outcomes.get(3));
        assertEquals(0, fold.next());
        assertEquals(2, fold.held());
        assertTrue(fold.has(3));
        assertFalse(fold.has(0));
        fold.offer(outcomes.get(0));
        assertEquals(1, fold.next());
        fold.offer(outcomes.get(1));
        assertEquals(4, fold.next());
        assertEquals(0, fold.held());
    }

    @Test
    void anOutcomeOfferedTwiceIsRefused() {
        Outcome first = outcomes(1).get(0);
        Fold fold = Fold.of(EXPERIMENT);
        fold.offer(first);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fold.offer(first));
        assertEquals("replication 0 was offered twice", e.getMessage());
    }

    @Test
    void aFailedReplicationKeepsExactlyTheReplicationsBeforeItAndSaysWhy() {
        List<Outcome> outcomes = outcomes(5);
        Collected rows = new Collected();
        Fold fold = Fold.of(EXPERIMENT, rows);
        fold.offer(outcomes.get(0));
        fold.offer(outcomes.get(1));
        fold.offer(outcomes.get(4)); // another thread ran ahead; another run may not have
        fold.offer(outcomes.get(3));
        ExperimentResult partial = fold.partial(16, new ExperimentResult.Failure(2, "boom"));
        assertEquals(List.of(0, 1), rows.indices());
        assertEquals(2, partial.replications());
        assertEquals(16, partial.requested());
        assertFalse(partial.complete());
        assertEquals(new ExperimentResult.Failure(2, "boom"), partial.failure().orElseThrow());
        assertThrows(IllegalStateException.class, () -> fold.offer(outcomes.get(2)));
    }

    @Test
    void anInterruptedRunFoldsWhatCameAfterTheGap() {
        List<Outcome> outcomes = outcomes(5);
        Collected rows = new Collected();
        Fold fold = Fold.of(EXPERIMENT, rows);
        fold.offer(outcomes.get(0));
        fold.offer(outcomes.get(4));
        fold.offer(outcomes.get(1));
        ExperimentResult partial = fold.partial(16, ExperimentResult.Failure.of("interrupted"));
        assertEquals(List.of(0, 1, 4), rows.indices());
        assertEquals(3, partial.replications());
    }

    @Test
    void anIncompleteFoldHasNoCompleteResult() {
        Fold fold = Fold.of(EXPERIMENT);
        fold.offer(outcomes(1).get(0));
        assertThrows(IllegalStateException.class, fold::result);
    }

    @Test
    void outcomesTravelBetweenJvmsBySerialisation() throws IOException, ClassNotFoundException {
        Outcome outcome = outcomes(1).get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(outcome);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Outcome copy = (Outcome) in.readObject();
            assertArrayEquals(outcome.values(), copy.values());
            assertArrayEquals(outcome.throughput(), copy.throughput());
            assertEquals(outcome.events(), copy.events());
        }
    }
}
