package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Demand;
import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

/** Values set by dotted paths before a scenario is read, as sweeps do. */
class OverrideTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario aleppo(String... overrides) {
        return loader.load(ScenarioLoaderTest.ALEPPO, Arrays.stream(overrides).map(ScenarioOverride::parse).toList());
    }

    private List<String> errors(String... overrides) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> aleppo(overrides));
        return e.errors().stream().map(error -> error.line() + " " + error.path() + ": " + error.message()).toList();
    }

    @Test
    void addressesListItemsByIdOrIndex() {
        Scenario scenario = aleppo("blocking.interception.probability=0.25", "corridors[2].checkpoint.lanes=7",
                "populations.fighters.arrivals.rate=10/h", "experiment.replications=10");

        assertEquals(0.25, ((TestPolicies.Probability) scenario.evacuation().blocking().get(0)).probability());
        assertEquals(7, scenario.evacuation().corridors().get(2).checkpoint().lanes());
        assertEquals(new Demand.Poisson(10.0 / 3600), scenario.evacuation().populations().get(1).demand());
        assertEquals(10, scenario.experiment().replications());
    }

    @Test
    void createsKeysThatTheFileLeavesOut() {
        Scenario scenario = aleppo("corridors.C2.checkpoint.capacity=10", "corridors.C2.transport={vehicles: 2, seats: 8, trip: 1h}");
        Corridor c2 = scenario.evacuation().corridors().get(1);

        assertEquals(10, c2.checkpoint().capacity());
        assertEquals(new Distribution.Constant(3600), c2.transport().orElseThrow().trip());

        Scenario minimal = loader.parse(ScenarioTexts.MINIMAL, "m.yaml", List.of(ScenarioOverride.parse("experiment.seed=5")));
        assertEquals(5, minimal.experiment().seed());
    }

    @Test
    void replacesAWholeListItem() {
        Scenario scenario = aleppo("blocking[1]={id: d2, policy: test-probability, probability: 0.5}");

        assertEquals("d2", scenario.evacuation().blocking().get(1).id());
        assertEquals(0.5, ((TestPolicies.Probability) scenario.evacuation().blocking().get(1)).probability());
    }

    @Test
    void aPathThatNamesNoItemIsAnError() {
        assertEquals(List.of("0 corridors.C9.checkpoint.lanes: override corridors.C9.checkpoint.lanes=2: no item of "
                        + "corridors has the id 'C9'; ids: C1, C2, F1"),
                errors("corridors.C9.checkpoint.lanes=2"));
        assertEquals(List.of("0 corridors[5].checkpoint.lanes: override corridors[5].checkpoint.lanes=2: corridors has 3 "
                        + "items, so it has no item 5 (items count from 0)"),
                errors("corridors[5].checkpoint.lanes=2"));
        assertEquals(List.of("0 id.x: override id.x=1: id is a single value, so it has nothing inside"),
                errors("id.x=1"));
    }

    @Test
    void anOverriddenValueIsCheckedLikeAnyOther() {
        assertEquals(List.of(
                        "0 corridors[0].checkpoint.lanes: must be at least 1, got 0 (set by an override)",
                        "0 experiment.replicatons: unknown key 'replicatons'; allowed: replications, seed, confidence, "
                                + "bin, event-set (set by an override)"),
                errors("corridors.C1.checkpoint.lanes=0", "experiment.replicatons=5"));
        assertEquals(List.of("0 corridors[1].transport.seats: is required (set by an override)"),
                errors("corridors.C2.transport.vehicles=2", "corridors.C2.transport.trip=1h"));
    }

    @Test
    void anOverrideIsWrittenPathEqualsValue() {
        assertEquals(new ScenarioOverride("a.b", "c=d"), ScenarioOverride.parse(" a.b = c=d "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioOverride.parse("replications"));
        assertEquals("an override is written path=value, e.g. experiment.replications=10, got 'replications'", e.getMessage());
    }
}
