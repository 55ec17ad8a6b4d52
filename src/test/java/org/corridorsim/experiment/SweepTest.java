package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final Experiment TEMPLATE = Experiment.of(Models.checkpoint(1)).replications(6).seed(11).threads(2);

    @Test
    void eachPointIsSummarisedAsIfRunOnItsOwn() {
        List<SweepRow> rows = Sweep.run(TEMPLATE, List.of(new Variant("lanes=1", Models.checkpoint(1)),
                new Variant("lanes=2", Models.checkpoint(2)), new Variant("lanes=3", Models.checkpoint(3))));
        assertEquals(List.of("lanes=1", "lanes=2", "lanes=3"), rows.stream().map(SweepRow::label).toList());
        for (int lanes = 1; lanes <= 3; lanes++) {
            ExperimentResult alone = TEMPLATE.model(Models.checkpoint(lanes)).run();
            assertEquals(alone.summaries(), rows.get(lanes - 1).summaries());
        }
        String wait = "corridor.C1.checkpoint.wait";
        assertTrue(rows.get(0).summary(wait).mean() > rows.get(2).summary(wait).mean(), "more lanes, shorter wait");
    }

    @Test
    void aPrecisionTargetAppliesToEachPointAndProgressEndsAtTheTotalRun() {
        List<int[]> calls = new ArrayList<>();
        Experiment template = TEMPLATE.replications(4).precision(Precision.relative(0.02, 60).inBatchesOf(4))
                .onProgress((done, total) -> calls.add(new int[] {done, total}));
        List<SweepRow> rows = Sweep.run(template,
                List.of(new Variant("a", Models.checkpoint(1)), new Variant("b", Models.checkpoint(2))));
        int total = rows.get(0).result().replications() + rows.get(1).result().replications();
        assertEquals(total, calls.size());
        assertEquals(total, calls.get(total - 1)[0]);
        assertEquals(total, calls.get(total - 1)[1]);
        for (SweepRow row : rows) {
            assertTrue(row.result().stop() != ExperimentResult.Stop.REPLICATIONS, row.label());
        }
    }

    @Test
    void aSweepNeedsPointsWithUniqueLabels() {
        assertThrows(IllegalArgumentException.class, () -> Sweep.run(TEMPLATE, List.of()));
        Variant a = new Variant("a", Models.checkpoint(1));
        assertThrows(IllegalArgumentException.class, () -> Sweep.run(TEMPLATE, List.of(a, a)));
    }
}
