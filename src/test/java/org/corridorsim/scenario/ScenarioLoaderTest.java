package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.model.Ambulances;
import org.corridorsim.model.Checkpoint;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Demand;
import org.corridorsim.model.DepartureProfile;
import org.corridorsim.model.Discipline;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.Interval;
import org.corridorsim.model.OnWindowClose;
import org.corridorsim.model.Population;
import org.corridorsim.model.Retry;
import org.corridorsim.model.Routing;
import org.corridorsim.model.Transport;
import org.corridorsim.model.Windows;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    static final Path ALEPPO = Path.of("src/test/resources/scenarios/aleppo-test.yaml");
    private static final List<Interval> DAILY = List.of(
            new Interval(0, 39_600), new Interval(86_400, 126_000), new Interval(172_800, 212_400));

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void loadingWithTheResolvedTextGivesWhatLoadAndResolveGiveApart() {
        List<ScenarioOverride> overrides = List.of(ScenarioOverride.parse("experiment.seed=7"),
                ScenarioOverride.parse("experiment.replications=3"));
        for (String name : List.of("aleppo-2016-10.yaml", "ghouta-2018.yaml", "example-minimal.yaml")) {
            Path file = Path.of("scenarios", name);
            ScenarioLoader.Resolved both = loader.loadResolved(file, overrides);
            assertEquals(loader.resolve(file, overrides), both.resolved(), name);
            assertEquals(loader.load(file, overrides), both.scenario(), name);
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.loadResolved(
                Path.of("scenarios/example-minimal.yaml"), List.of(ScenarioOverride.parse("populations.9.size=1"))));
        assertTrue(e.getMessage().contains("no item 9"), e.getMessage());
    }

    @Test
    void readsTheCalendarInTheScenarioTimeZone() {
        Scenario scenario = loader.load(ALEPPO);

        assertEquals("aleppo-test", scenario.id());
        assertEquals(ZoneId.of("Asia/Damascus"), scenario.zone());
        assertEquals(LocalDateTime.of(2016, 10, 20, 8, 0), scenario.start());
        assertEquals(LocalDateTime.of(2016, 10, 22, 19, 0), scenario.end());
        assertEquals(212_400, scenario.horizon());
        assertEquals(LocalDateTime.of(2016, 10, 21, 9, 30), scenario.localTime(91_800));
        assertEquals(91_800, scenario.seconds(LocalDateTime.of(2016, 10, 21, 9, 30)));
        assertEquals(Optional.of(ALEPPO), scenario.file());
        assertEquals(List.of("UN OCHA flash update, 20 October 2016"), scenario.sources());
        assertEquals(new ExperimentSettings(100, 20_161_020, 0.9, 1800), scenario.experiment());
    }

    @Test
    void expandsDailyWindowsToOneIntervalPerDay() {
        Corridor c1 = loader.load(ALEPPO).evacuation().corridors().get(0);

        assertEquals(new Windows(DAILY), c1.windows());
    }

    @Test
    void readsPopulationsInModelUnits() {
        Evacuation evacuation = loader.load(ALEPPO).evacuation();

        Population civilians = evacuation.populations().get(0);
        assertEquals(new Population("east-civilians", Kind.CIVILIAN,
                new Demand.Finite(275_000, 0.5, DepartureProfile.over(DAILY)),
                new Distribution.Geometric(4.5), 0.002,
                Optional.of(new Distribution.Exponential(21_600)),
                new Retry(0.3, new Distribution.Exponential(43_200)),
                java.util.Map.of("C1", new Distribution.LogNormal(2700, 1200), "C2", new Distribution.Constant(5400))),
                civilians);
        assertEquals(List.of("C1", "C2"), List.copyOf(civilians.travel().keySet()), "travel keeps the file's order");

        Population fighters = evacuation.populations().get(1);
        assertEquals(new Demand.Poisson(2.0 / 3600), fighters.demand());
        assertEquals(new Distribution.Empirical(new double[] {1, 2, 5}, new double[] {0.5, 0.3, 0.2}), fighters.groupSize());
        assertEquals(Optional.empty(), fighters.patience());
        assertEquals(Retry.NEVER, fighters.retry());
        assertEquals(0, fighters.medicalShare());
    }

    @Test
    void readsCorridorsWithTheirDefaults() {
        Evacuation evacuation = loader.load(ALEPPO).evacuation();

        assertEquals(new Corridor("C1", "Bustan al-Qasr", Set.of(Kind.CIVILIAN), new Windows(DAILY),
                new Checkpoint(4, new Distribution.LogNormal(180, 90), Discipline.MEDICAL_FIRST, 5000),
                Optional.of(new Transport(20, 50, new Distribution.Triangular(2400, 3600, 5400), 1200)),
                Optional.of(new Ambulances(4, new Distribution.Constant(3600)))),
                evacuation.corridors().get(0));
        assertEquals(new Corridor("C2", "C2", Set.of(Kind.CIVILIAN), Windows.always(),
                new Checkpoint(1, new Distribution.Gamma(2, 240), Discipline.FIFO, Checkpoint.UNLIMITED),
                Optional.empty(), Optional.empty()),
                evacuation.corridors().get(1));
        Corridor f1 = evacuation.corridors().get(2);
        assertEquals(new Windows(List.of(new Interval(86_400, 100_800), new Interval(208_800, 212_400))), f1.windows(),
                "explicit windows are clipped to the end of the scenario");
        assertEquals(Optional.of(new Transport(5, 30, new Distribution.Constant(7200), Double.POSITIVE_INFINITY)),
                f1.transport());
        assertEquals(Routing.LEAST_QUEUE, evacuation.routing());
        assertEquals(OnWindowClose.GO_HOME, evacuation.onWindowClose());
        assertEquals(1800, evacuation.binWidth());
    }

    @Test
    void createsBlockingPoliciesThroughTheirProviders() {
        Evacuation evacuation = loader.load(ALEPPO).evacuation();

        TestPolicies.Probability interception = new TestPolicies.Probability("interception", 0.9,
                EnumSet.of(Kind.CIVILIAN), Optional.empty(), "departure", Optional.empty());
        TestPolicies.Probability delays = new TestPolicies.Probability("delays", 0.25, EnumSet.allOf(Kind.class),
                Optional.of(List.of("C1", "C2")), "departure", Optional.of(new Distribution.Gamma(2, 1800)));
        TestPolicies.Window shut = new TestPolicies.Window("c2-shut", 86_400, 212_400, 28_800, 100);
        TestPolicies.Composite both = new TestPolicies.Composite("both", List.of(
                new TestPolicies.Probability("both/1", 0.1, EnumSet.allOf(Kind.class), Optional.empty(), "departure",
                        Optional.empty()),
                new TestPolicies.Window("late", 172_800, 176_400, 0, 0)));
        assertEquals(List.of(interception, delays, shut, both), evacuation.blocking());
    }

    @Test
    void appliesDefaultsToAMinimalScenario() {
        Scenario scenario = loader.parse(ScenarioTexts.MINIMAL, "minimal.yaml");

        assertEquals("minimal", scenario.title());
        assertEquals(ZoneId.of("UTC"), scenario.zone());
        assertEquals(ExperimentSettings.DEFAULT, scenario.experiment());
        assertEquals(List.of(), scenario.sources());
        assertEquals(Optional.empty(), scenario.file());
        Evacuation evacuation = scenario.evacuation();
        assertEquals(Routing.NEAREST, evacuation.routing());
        assertEquals(OnWindowClose.STAY, evacuation.onWindowClose());
        assertEquals(3600, evacuation.binWidth());
        Population people = evacuation.populations().get(0);
        assertEquals(new Demand.Finite(100, 1, DepartureProfile.uniform(new Interval(0, 86_400))), people.demand(),
                "departures follow the windows, which are always open by default");
        assertEquals(new Distribution.Constant(1), people.groupSize());
        Corridor corridor = evacuation.corridors().get(0);
        assertEquals(new Checkpoint(1, new Distribution.Constant(300), Discipline.FIFO, Checkpoint.UNLIMITED),
                corridor.checkpoint());
        assertEquals(Set.of(Kind.CIVILIAN), corridor.serves());
    }

    @Test
    void reportsEveryMistakeAtOnceWithItsLine() {
        String text = """
                id: three-mistakes
                start: 2016-10-20T08:00
                end: 2016-10-21T08:00
                populations:
                  - id: p
                    size: 100
                    intent: 1.5
                    travel: {C1: 10m}
                corridors:
                  - id: C1
                    checkpoint:
                      lanes: 0
                      screening: 5 minutes
                """;

        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(text, "scenarios/x.yaml"));

        assertEquals(List.of(
                "scenarios/x.yaml:7:13 populations[0].intent: must be between 0 and 1, got 1.5",
                "scenarios/x.yaml:12:14 corridors[0].checkpoint.lanes: must be at least 1, got 0",
                "scenarios/x.yaml:13:18 corridors[0].checkpoint.screening: '5 minutes' is not a duration; "
                        + "use e.g. 90s, 45m, 1.5h, 2d"),
                e.errors().stream().map(ScenarioError::toString).toList());
        assertEquals(String.join(System.lineSeparator(), e.errors().stream().map(ScenarioError::toString).toList()),
                e.getMessage());
    }

    @Test
    void reportsAMissingFileAsAnError() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(Path.of("no/such/scenario.yaml")));

        assertEquals(List.of(ScenarioError.ofFile(Path.of("no/such/scenario.yaml").toString(), "no such file")), e.errors());
    }

    @Test
    void reportsYamlSyntaxAtItsPlace() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse("id: x\nstart: [2016-10-20T08:00\nend: 1\n", "s.yaml"));

        assertEquals(1, e.errors().size());
        ScenarioError error = e.errors().get(0);
        assertEquals(3, error.line());
        assertTrue(error.message().startsWith("YAML syntax: expected ',' or ']'"), error.message());
        assertTrue(error.message().contains("line 2, column 8"), error.message());
    }

    @Test
    void reportsAnEmptyFile() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse("# nothing\n", "empty.yaml"));

        assertEquals("empty.yaml: the scenario is empty; it needs at least id, start, end, populations and corridors",
                e.errors().get(0).toString().replace(":1:1", ""));
    }

    @Test
    void listsTheAvailablePoliciesForAnUnknownOne() {
        String text = ScenarioTexts.MINIMAL + "blocking:\n  - {id: b, policy: blockade}\n";

        ScenarioLoader testOnly = new ScenarioLoader(TestPolicies.providers());
        ScenarioException e = assertThrows(ScenarioException.class, () -> testOnly.parse(text, "s.yaml"));

        assertEquals("unknown policy 'blockade'; available: test-broken, test-composite, test-faulty, test-probability, test-window",
                single(e).message());
        assertEquals("blocking[0].policy", single(e).path());
    }

    @Test
    void findsProvidersWithTheServiceLoader() {
        assertTrue(loader.policyNames().containsAll(List.of("test-broken", "test-composite", "test-faulty", "test-probability", "test-window")),
                loader.policyNames()::toString);
    }

    @Test
    void usesOnlyTheProvidersGivenToTheLoader() {
        ScenarioLoader bare = new ScenarioLoader(List.of(new TestPolicies.WindowProvider()));
        String text = ScenarioTexts.MINIMAL + "blocking:\n  - {id: b, policy: test-probability, probability: 1}\n";

        assertEquals(List.of("test-window"), bare.policyNames());
        ScenarioException e = assertThrows(ScenarioException.class, () -> bare.parse(text, "s.yaml"));
        assertEquals("unknown policy 'test-probability'; available: test-window", single(e).message());
    }

    static ScenarioError single(ScenarioException e) {
        assertEquals(1, e.errors().size(), e::getMessage);
        return e.errors().get(0);
    }
}
