package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.stats.PairedDifference;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Experiment TEMPLATE = Experiment.of(Models.checkpoint(1)).replications(8).seed(7).threads(2);

    @Test
    void identicalVariantsDifferByExactlyZeroUnderCommonRandomNumbers() {
        ComparisonResult result = Comparison.run(TEMPLATE,
                List.of(new Variant("a", Models.checkpoint(2)), new Variant("b", Models.checkpoint(2))));
        assertEquals("a", result.baseline());
        for (MetricComparison metric : result.metrics()) {
            Summary difference = metric.differences().get("b");
            if (metric.summaries().get("a").n() == 0) {
                // observed in no replication (a mean wait where nobody waited): no difference either
                assertEquals(0, difference.n(), metric.metric());
                continue;
            }
            assertEquals(0.0, difference.mean(), metric.metric());
            assertEquals(0.0, difference.halfWidth(), metric.metric());
            assertEquals(8, difference.n());
            assertEquals(metric.summaries().get("a"), metric.summaries().get("b"));
        }
    }

    @Test
    void differencesArePairedVariantMinusBaseline() {
        Collected one = new Collected();
        Collected three = new Collected();
        TEMPLATE.model(Models.checkpoint(1)).onOutcome(one).run();
        ComparisonResult result = Comparison.run(TEMPLATE,
                List.of(new Variant("one lane", Models.checkpoint(1)), new Variant("three lanes", Models.checkpoint(3))));
        TEMPLATE.model(Models.checkpoint(3)).onOutcome(three).run();
        String wait = "corridor.C1.checkpoint.wait";
        Summary expected = PairedDifference.of(three.values(Models.checkpoint(3).metricNames(), wait),
                one.values(Models.checkpoint(1).metricNames(), wait), 0.95);
        Summary difference = result.metric(wait).differences().get("three lanes");
        assertEquals(expected, difference);
        assertTrue(difference.upper() < 0, "more lanes, shorter wait: " + difference);
        assertFalse(result.metric(wait).differences().containsKey("one lane"), "no difference for the baseline");
    }

    @Test
    void onlyMetricsOfEveryVariantAreDifferenced() {
        ComparisonResult result = Comparison.run(TEMPLATE, List.of(new Variant("one corridor", Models.checkpoint(2)),
                new Variant("two corridors", Models.checkpoints(2, 2, List.of()))));
        MetricComparison second = result.metric("corridor.C2.evacuated");
        assertEquals(List.of("two corridors"), List.copyOf(second.summaries().keySet()));
        assertFalse(second.isDifferenced());
        assertTrue(result.metric("corridor.C1.evacuated").isDifferenced());
        assertEquals("evacuated", result.metrics().get(0).metric(), "baseline metrics first, in model order");
    }

    @Test
    void progressCountsAcrossVariants() {
        List<int[]> calls = new ArrayList<>();
        Comparison.run(TEMPLATE.onProgress((done, total) -> calls.add(new int[] {done, total})),
                List.of(new Variant("a", Models.checkpoint(1)), new Variant("b", Models.checkpoint(2))));
        assertEquals(16, calls.size());
        assertEquals(16, calls.get(15)[0]);
        assertEquals(16, calls.get(15)[1]);
        assertEquals(9, calls.get(8)[0]);
    }

    @Test
    void aComparisonNeedsTwoUniquelyLabelledVariantsAndFixedReplications() {
        Variant a = new Variant("a", Models.checkpoint(1));
        assertThrows(IllegalArgumentException.class, () -> Comparison.run(TEMPLATE, List.of(a)));
        assertThrows(IllegalArgumentException.class, () -> Comparison.run(TEMPLATE, List.of(a, a)));
        assertThrows(IllegalArgumentException.class, () -> Comparison.run(
                TEMPLATE.precision(Precision.relative(0.05, 100)), List.of(a, new Variant("b", Models.checkpoint(2)))));
    }

    @Test
    void aFailingVariantIsNamedInTheFailure() {
        ExperimentFailure failure = assertThrows(ExperimentFailure.class, () -> Comparison.run(TEMPLATE,
                List.of(new Variant("fine", Models.checkpoint(1)), new Variant("broken", Models.failingAt(7, 2)))));
        assertTrue(failure.getMessage().startsWith("variant 'broken': replication 2"), failure.getMessage());
        assertEquals(2, failure.replication().getAsInt());
    }
}
