package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioErrorTest {

    @Test
    void formatsFileLineColumnPathAndMessage() {
        assertEquals("scenarios/x.yaml:14:7 corridors[2].checkpoint.lanes: must be at least 1, got 0",
                new ScenarioError("scenarios/x.yaml", 14, 7, "corridors[2].checkpoint.lanes", "must be at least 1, got 0").toString());
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertEquals("x.yaml: no such file", ScenarioError.ofFile("x.yaml", "no such file").toString());
        assertEquals("x.yaml experiment.seed: bad (set by an override)",
                new ScenarioError("x.yaml", 0, 0, "experiment.seed", "bad (set by an override)").toString());
        assertEquals("x.yaml:3:1: YAML syntax: oops", new ScenarioError("x.yaml", 3, 1, "", "YAML syntax: oops").toString());
    }

    @Test
    void anExceptionNeedsAtLeastOneError() {
        assertThrows(IllegalArgumentException.class, () -> new ScenarioException(List.of()));
    }
}
