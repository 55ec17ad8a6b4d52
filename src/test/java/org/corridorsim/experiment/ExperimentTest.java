package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    private static final long SEED = 20161020L;

    @Test
    void resultsAreBitwiseIdenticalOnOneAndThreeThreads() {
        Experiment experiment = Experiment.of(Models.checkpoint(2)).replications(12).seed(SEED);
        Collected oneRows = new Collected();
        Collected threeRows = new Collected();
        ExperimentResult one = experiment.threads(1).onOutcome(oneRows).run();
        ExperimentResult three = experiment.threads(3).onOutcome(threeRows).run();
        assertEquals(12, one.replications());
        assertTrue(Arrays.deepEquals(oneRows.values(), threeRows.values()), "per-replication values differ");
        // Summary is a record: equals compares every double component bit for bit.
        assertEquals(one.summaries(), three.summaries());
        for (int s = 0; s < one.throughput().size(); s++) {
            assertArrayEquals(one.throughput().get(s).mean(), three.throughput().get(s).mean());
            assertArrayEquals(one.throughput().get(s).upper(), three.throughput().get(s).upper());
        }
        assertEquals(one.events(), three.events());
    }

    @Test
    void replicationIMatchesTheModelRunOnItsOwnWithStreamsOfIndexI() {
        EvacuationModel model = Models.checkpoint(2);
        Collected rows = new Collected();
        ExperimentResult result = Experiment.of(model).replications(5).seed(SEED).threads(2).onOutcome(rows).run();
        assertEquals(List.of(0, 1, 2, 3, 4), rows.indices(), "folded in index order");
        for (int r = 0; r < 5; r++) {
            assertArrayEquals(model.replicate(new RandomStreams(SEED), r).values(), rows.values()[r]);
        }
        assertEquals(Summary.of(rows.values(model.metricNames(), "evacuated"), 0.95), result.summary("evacuated"));
    }

    @Test
    void throughputSummariesCoverEverySeriesAndAddUpToTheEvacuated() {
        EvacuationModel model = Models.checkpoints(2, 2, List.of());
        ExperimentResult result = Experiment.of(model).replications(4).seed(SEED).run();
        MetricNames names = model.metricNames();
        assertEquals(names.seriesCount(), result.throughput().size());
        ThroughputSummary total = result.throughput().get(names.seriesCount() - 1);
        assertEquals(MetricNames.ALL, total.corridor());
        assertEquals(MetricNames.ALL, total.kind());
        assertEquals(24, total.bins());
        assertEquals(3 * Models.HOUR, total.binStart(3));
        double sum = Arrays.stream(total.mean()).sum();
        assertEquals(result.summary("evacuated").mean(), sum, 1e-9, "bins add up to the mean evacuated");
        assertTrue(total.lower(12) <= total.mean(12) && total.mean(12) <= total.upper(12));
    }

    @Test
    void sequentialStoppingMeetsTheTargetAtTheFirstBatchThatCan() {
        Experiment experiment = Experiment.of(Models.checkpoint(2)).replications(5).seed(SEED)
                .precision(Precision.relative(0.01, 400).inBatchesOf(5));
        Collected rows = new Collected();
        ExperimentResult result = experiment.threads(1).onOutcome(rows).run();
        int n = result.replications();
        assertEquals(ExperimentResult.Stop.PRECISION_MET, result.stop());
        assertEquals(0, n % 5, "stops only at batch boundaries");
        assertTrue(n > 5 && n < 400, "needed more than one batch but not the maximum, got " + n);
        Summary last = result.summary("evacuated");
        assertTrue(last.halfWidth() <= 0.01 * last.mean(), "target met: " + last);
        double[] evacuated = rows.values(experiment.model().metricNames(), "evacuated");
        Summary before = Summary.of(Arrays.copyOf(evacuated, n - 5), 0.95);
        assertTrue(before.halfWidth() > 0.01 * before.mean(), "not met one batch earlier: " + before);

        Collected parallelRows = new Collected();
        ExperimentResult parallel = experiment.threads(3).onOutcome(parallelRows).run();
        assertEquals(n, parallel.replications(), "the stopping point does not depend on threads");
        assertTrue(Arrays.deepEquals(rows.values(), parallelRows.values()));
        assertEquals(result.summaries(), parallel.summaries());
    }

    @Test
    void sequentialStoppingEndsAtTheMaximumWhenTheTargetIsOutOfReach() {
        ExperimentResult result = Experiment.of(Models.checkpoint(2)).replications(4).seed(SEED)
                .precision(Precision.relative(1e-9, 13).inBatchesOf(4)).threads(2).run();
        assertEquals(ExperimentResult.Stop.MAX_REPLICATIONS, result.stop());
        assertEquals(13, result.replications(), "the last batch is cut to the maximum");
    }

    @Test
    void anUnknownPrecisionMetricIsRefusedBeforeRunning() {
        Experiment experiment = Experiment.of(Models.checkpoint(1))
                .precision(Precision.relative(0.05, 100).onMetric("evacuees"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, experiment::run);
        assertTrue(e.getMessage().contains("'evacuees'"), e.getMessage());
    }

    @Test
    void aFailingReplicationIsReportedWithItsIndexAndTheOthersAreKept() {
        EvacuationModel model = Models.failingAt(SEED, 3);
        for (int threads : new int[] {1, 3}) {
            Collected rows = new Collected();
            ExperimentFailure failure = assertThrows(ExperimentFailure.class,
                    () -> Experiment.of(model).replications(20).seed(SEED).threads(threads).onOutcome(rows).run());
            assertEquals(3, failure.replication().getAsInt());
            assertFalse(failure.interrupted());
            assertTrue(failure.getMessage().contains("replication 3"), failure.getMessage());
            assertEquals("probe refuses this replication", failure.getCause().getMessage());
            ExperimentResult partial = failure.partial();
            assertEquals(ExperimentResult.Stop.INCOMPLETE, partial.stop());
            List<Integer> kept = new ArrayList<>(rows.indices());
            for (int row = 0; row < partial.replications(); row++) {
                assertArrayEquals(model.replicate(new RandomStreams(SEED), kept.get(row)).values(), rows.values()[row]);
            }
            assertEquals(kept.stream().sorted().toList(), kept, "folded in index order, across the gap");
            assertFalse(partial.complete());
            assertEquals(20, partial.requested());
            assertEquals(3, partial.failure().orElseThrow().replication());
            assertTrue(partial.failure().orElseThrow().message().contains("probe refuses"),
                    partial.failure().orElseThrow().message());
            assertTrue(kept.containsAll(List.of(0, 1, 2)), "replications started before 3 are kept: " + kept);
            assertFalse(kept.contains(3));
            assertTrue(kept.size() < 20, "no new replications after the failure: " + kept);
            assertEquals(partial.replications(), partial.summary("evacuated").n());
        }
    }

    @Test
    void anInterruptedRunThrowsWithWhatCompletedAndKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        ExperimentFailure failure = assertThrows(ExperimentFailure.class,
                () -> Experiment.of(Models.checkpoint(1)).replications(50).threads(2).run());
        assertTrue(Thread.interrupted(), "interrupt flag restored (and cleared here)");
        assertTrue(failure.interrupted());
        assertTrue(failure.replication().isEmpty());
        assertTrue(failure.partial().replications() < 50);
    }

    @Test
    void progressCountsEveryReplicationOnceInOrder() {
        List<int[]> calls = new ArrayList<>();
        Experiment.of(Models.checkpoint(1)).replications(9).threads(3)
                .onProgress((completed, total) -> calls.add(new int[] {completed, total})).run();
        assertEquals(9, calls.size());
        for (int i = 0; i < calls.size(); i++) {
            assertEquals(i + 1, calls.get(i)[0]);
            assertEquals(9, calls.get(i)[1]);
        }
    }

    @Test
    void settingsAreValidatedWithTheOffendingValue() {
        Experiment experiment = Experiment.of(Models.checkpoint(1));
        assertEquals("replications must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> experiment.replications(0)).getMessage());
        assertEquals("threads must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> experiment.threads(0)).getMessage());
        assertEquals("confidence must be between 0 and 1 exclusive, got 1.0",
                assertThrows(IllegalArgumentException.class, () -> experiment.confidence(1)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> experiment.replications(20).precision(Precision.relative(0.05, 10)).run());
    }
}
