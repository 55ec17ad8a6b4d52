package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorsim.model.MetricNames;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

class CumulativeThroughputTest {

    @Test
    void theLastCumulativeBinIsTheEvacuatedCountWithTheSameInterval() {
        ExperimentResult result = Experiment.of(Models.checkpoints(2, 1, java.util.List.of()))
                .replications(8).seed(3).run();
        ThroughputSummary total = result.cumulative().stream()
                .filter(s -> s.corridor().equals(MetricNames.ALL) && s.kind().equals(MetricNames.ALL))
                .findFirst().orElseThrow();
        Summary evacuated = result.summary("evacuated");
        int last = total.bins() - 1;
        assertEquals(evacuated.mean(), total.mean(last), 1e-9);
        assertEquals(evacuated.lower(), total.lower(last), 1e-9);
        assertEquals(evacuated.upper(), total.upper(last), 1e-9);
        for (int bin = 1; bin < total.bins(); bin++) {
            assertTrue(total.mean(bin) >= total.mean(bin - 1), "cumulative means never fall");
        }
    }
}
