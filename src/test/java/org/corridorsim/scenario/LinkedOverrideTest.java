package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.corridorsim.model.Corridor;
import org.junit.jupiter.api.Test;

/** Override paths that name several values at once: wildcards, and names of the {@code linked:} section. */
class LinkedOverrideTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario aleppo(String... overrides) {
        return loader.load(ScenarioLoaderTest.ALEPPO, Arrays.stream(overrides).map(ScenarioOverride::parse).toList());
    }

    private Scenario linked(String linked, String... overrides) throws Exception {
        String text = Files.readString(ScenarioLoaderTest.ALEPPO) + "\nlinked:\n" + linked;
        return loader.parse(text, "linked.yaml", Arrays.stream(overrides).map(ScenarioOverride::parse).toList());
    }

    private List<String> errors(ThrowingLoad load) {
        ScenarioException e = assertThrows(ScenarioException.class, load::load);
        return e.errors().stream().map(error -> error.line() + ":" + error.column() + " " + error.path() + ": "
                + error.message()).toList();
    }

    private interface ThrowingLoad {
        void load() throws Exception;
    }

    private static List<Integer> lanes(Scenario scenario) {
        return scenario.evacuation().corridors().stream().map(c -> c.checkpoint().lanes()).toList();
    }

    private static List<Integer> vehicles(Scenario scenario) {
        return scenario.evacuation().corridors().stream().map(c -> c.transport().map(t -> t.vehicles()).orElse(0)).toList();
    }

    @Test
    void aStarSetsTheValueInEveryItem() {
        assertEquals(List.of(4, 1, 2), lanes(aleppo()));
        assertEquals(List.of(7, 7, 7), lanes(aleppo("corridors.*.checkpoint.lanes=7")));
        assertEquals(List.of(3, 3, 2), lanes(aleppo("corridors.C*.checkpoint.lanes=3")));
        assertEquals(List.of(3, 1, 3), lanes(aleppo("corridors.*.checkpoint.lanes=3",
                "corridors.C2.checkpoint.lanes=1")));
    }

    @Test
    void aStarSkipsItemsWhereThePathLeadsNowhere() {
        // C2 has no transport: the wildcard leaves it out rather than creating half a transport.
        assertEquals(List.of(9, 0, 9), vehicles(aleppo("corridors.*.transport.vehicles=9")));
    }

    @Test
    void aStarThatMatchesNothingIsAnError() {
        assertEquals(List.of("0:0 corridors.X*.checkpoint.lanes: override corridors.X*.checkpoint.lanes=2: "
                        + "'corridors.X*.checkpoint.lanes' matches no value of the scenario"),
                errors(() -> aleppo("corridors.X*.checkpoint.lanes=2")));
    }

    @Test
    void aStarMatchesMappingKeysToo() {
        // vehicles and seats are the keys of F1's transport that end in 's'
        Scenario both = aleppo("corridors.F1.transport.*s=12");
        Corridor f1 = both.evacuation().corridors().get(2);
        assertEquals(List.of(12, 12), List.of(f1.transport().orElseThrow().vehicles(), f1.transport().orElseThrow().seats()));
    }

    @Test
    void aLinkedNameMovesAllItsPathsTogether() throws Exception {
        Scenario scenario = linked("""
                  lanes: corridors.*.checkpoint.lanes
                  fleet: [corridors.C1.transport.vehicles, corridors.F1.transport.vehicles]
                """, "lanes=5", "fleet=2");

        assertEquals(List.of(5, 5, 5), lanes(scenario));
        assertEquals(List.of(2, 0, 2), vehicles(scenario));
    }

    @Test
    void aLinkedNameWorksAsAPriorPath() throws Exception {
        Scenario scenario = linked("""
                  lanes: corridors.*.checkpoint.lanes
                priors:
                  lanes: {dist: choice, values: [1, 2, 3, 6]}
                """);
        Parameter lanes = scenario.inference().parameters().get("lanes");

        assertEquals(Parameter.Type.INTEGER, lanes.type());
        assertEquals(1, lanes.min());
        Scenario three = scenario.with(scenario.inference().hypotheses().get(0),
                java.util.Map.of("lanes", 3.0));
        assertEquals(List.of(3, 3, 3), lanes(three));
    }

    @Test
    void badLinksAreLocated() {
        assertEquals(List.of(
                        "74:3 linked.Lanes: 'Lanes' is not a valid linked name; use lower-case letters, digits and '-', "
                                + "starting with a letter",
                        "75:3 linked.windows: 'windows' is a section of the scenario, so it cannot also be a linked name",
                        "76:10 linked.fleet: 'corridors.C9.transport.vehicles' names corridors.C9.transport.vehicles, "
                                + "which is not a place in the scenario",
                        "77:9 linked.wild: 'corridors.Z*.checkpoint.lanes': 'corridors.Z*.checkpoint.lanes' matches no "
                                + "value of the scenario"),
                errors(() -> linked("""
                          Lanes: corridors.*.checkpoint.lanes
                          windows: corridors.*.windows
                          fleet: corridors.C9.transport.vehicles
                          wild: corridors.Z*.checkpoint.lanes
                        """)));
    }
}
