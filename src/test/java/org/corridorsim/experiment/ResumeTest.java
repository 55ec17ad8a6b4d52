package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.corridorsim.experiment.output.JournalFile;
import org.corridorsim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped part-way and resumed from its journal gives the uninterrupted run's bits. */
class ResumeTest {

    @TempDir
    Path directory;

    private static final Experiment EXPERIMENT = Experiment.of(Models.checkpoints(2, 2, List.of()))
            .replications(40).seed(11);

    /** A journal that "dies" after {@code limit} records, as a killed process would. */
    private static Journal dyingAfter(JournalFile file, int limit) {
        return new Journal() {
            int written;

            @Override
            public java.util.Iterator<Outcome> recorded(String unit) {
                return file.recorded(unit);
            }

            @Override
            public void record(String unit, Outcome outcome) {
                if (written++ >= limit) {
                    throw new IllegalStateException("killed");
                }
                file.record(unit, outcome);
            }
        };
    }

    private static void assertSameResult(ExperimentResult expected, ExperimentResult actual) {
        assertEquals(expected.summaries(), actual.summaries());
        assertEquals(expected.events(), actual.events());
        for (int s = 0; s < expected.throughput().size(); s++) {
            assertArrayEquals(expected.throughput().get(s).mean(), actual.throughput().get(s).mean());
            assertArrayEquals(expected.throughput().get(s).lower(), actual.throughput().get(s).lower());
            assertArrayEquals(expected.cumulative().get(s).upper(), actual.cumulative().get(s).upper());
        }
    }

    @Test
    void resumingOnAnyThreadCountGivesTheUninterruptedBits() throws IOException {
        ExperimentResult uninterrupted = EXPERIMENT.threads(1).run();
        for (int threads : new int[] {1, 3}) {
            Path file = directory.resolve("journal-" + threads);
            try (JournalFile journal = JournalFile.create(file, "f")) {
                assertThrows(RuntimeException.class,
                        () -> EXPERIMENT.threads(threads).run(dyingAfter(journal, 17), ""));
            }
            Collected rows = new Collected();
            ExperimentResult resumed;
            try (JournalFile journal = JournalFile.resume(file, "f")) {
                assertEquals(17, journal.records());
                resumed = EXPERIMENT.threads(4 - threads).onOutcome(rows).run(journal, "");
                assertEquals(40, journal.records(), "only the missing 23 ran");
            }
            assertTrue(resumed.complete());
            assertSameResult(uninterrupted, resumed);
            assertEquals(java.util.stream.IntStream.range(0, 40).boxed().toList(), rows.indices());
        }
    }

    @Test
    void aResumedPrecisionRunStopsWhereTheUninterruptedOneStops() throws IOException {
        Experiment precise = EXPERIMENT.replications(5).precision(Precision.relative(0.02, 200).inBatchesOf(5));
        ExperimentResult uninterrupted = precise.threads(2).run();
        assertFalse(uninterrupted.replications() <= 10, "needs several batches: " + uninterrupted.replications());
        Path file = directory.resolve("journal");
        try (JournalFile journal = JournalFile.create(file, "f")) {
            assertThrows(RuntimeException.class, () -> precise.threads(2).run(dyingAfter(journal, 8), ""));
        }
        try (JournalFile journal = JournalFile.resume(file, "f")) {
            ExperimentResult resumed = precise.threads(2).run(journal, "");
            assertEquals(uninterrupted.replications(), resumed.replications());
            assertEquals(uninterrupted.stop(), resumed.stop());
            assertSameResult(uninterrupted, resumed);
        }
    }

    @Test
    void aComparisonResumesVariantByVariant() throws IOException {
        List<Variant> variants = List.of(new Variant("one", Models.checkpoint(1)), new Variant("two", Models.checkpoint(2)));
        Experiment template = Experiment.of(Models.checkpoint(1)).replications(12).seed(5).threads(2);
        ComparisonResult uninterrupted = Comparison.run(template, variants);
        Path file = directory.resolve("journal");
        try (JournalFile journal = JournalFile.create(file, "f")) {
            assertThrows(RuntimeException.class, () -> Comparison.run(template, variants, dyingAfter(journal, 15)));
        }
        try (JournalFile journal = JournalFile.resume(file, "f")) {
            ComparisonResult resumed = Comparison.run(template, variants, journal);
            assertEquals(uninterrupted.metrics(), resumed.metrics());
        }
    }
}
