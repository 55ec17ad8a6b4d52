package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.model.RestStop;
import org.corridorsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * A station kind is one class plus its reader: the test-only kind {@link RestStop} (every group
 * rests a fixed time) and {@link RestStopReader}, registered on a loader by its key {@code rest},
 * read from YAML and run through the real model, with outcomes known by hand. 1,000 persons set
 * out in the first hour and walk straight to a gate that screens everyone in 1 s without a queue
 * (1,000 lanes), rest 3 h, and are evacuated at the destination: each group is out exactly
 * 3 h 1 s after it set out, so nobody by 03:00 and everybody by 05:00. The kind has a count of its
 * own, persons {@code resting} there.
 */
class StationKindTest {

    private static final String SCENARIO = """
            id: rest
            start: 2024-01-01T00:00
            end: 2024-01-01T%s
            populations:
              - id: town
                size: 1000
                departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: 0s}
            corridors:
              - id: C
                route:
                  - {id: gate, checkpoint: {lanes: 1000, screening: 1s}}
                  - %s
                  - {id: safe, destination: {}}
            blocking: %s
            """;
    private static final String REST = "{id: pause, rest: 3h}";

    private static ScenarioLoader loader() {
        ScenarioLoader loader = new ScenarioLoader().withStationKind("rest", new RestStopReader());
        return loader;
    }

    private static Map<String, Double> run(String end, String station, String blocking) {
        Evacuation e = loader().parse(SCENARIO.formatted(end, station, blocking), "rest.yaml").evacuation();
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(5), 0);
        Map<String, Double> values = new HashMap<>();
        model.metricNames().names().forEach(n -> values.put(n, o.value(model.metricNames(), n)));
        assertEquals(1000, MetricNames.FATES.stream().mapToDouble(values::get).sum(), "the fates sum to the population");
        return values;
    }

    @Test
    void everyGroupRestsThreeHoursAndIsOutThreeHoursAndOneSecondAfterSettingOut() {
        Map<String, Double> early = run("03:00", REST, "[]");
        assertEquals(0, early.get("evacuated"));
        assertEquals(1000, early.get("fate.en-route"));
        assertEquals(1000, early.get("corridor.C.station.gate.passed"));
        assertEquals(0, early.get("corridor.C.station.pause.passed"));
        assertEquals(1000, early.get("corridor.C.station.pause.resting"));
        assertTrue(Double.isNaN(early.get("corridor.C.station.pause.wait")), "no rest is over yet");

        Map<String, Double> late = run("05:00", REST, "[]");
        assertEquals(1000, late.get("evacuated"));
        assertEquals(1000, late.get("corridor.C.station.pause.passed"));
        assertEquals(0, late.get("corridor.C.station.pause.resting"));
        assertEquals(1000, late.get("corridor.C.station.safe.passed"));
        assertEquals(3 * 3600, late.get("corridor.C.station.pause.wait"), 1e-6);
        assertEquals(3 * 3600 + 1, late.get("time-in-system"), 1e-6);
    }

    @Test
    void itsMetricsAreNamedPerStation() {
        Map<String, Double> v = run("05:00", REST, "[]");
        assertTrue(v.containsKey("corridor.C.station.pause.wait"));
        assertTrue(v.containsKey("corridor.C.station.pause.passed"));
        assertTrue(v.containsKey("corridor.C.station.pause.resting"));
        assertFalse(v.containsKey("corridor.C.station.pause.queue"), "only the metrics the kind lists");
    }

    @Test
    void halfWayItHasLetOutWhatAFixedThreeHourLegLetsOut() {
        // a rest of 3 h and a road of exactly 3 h delay each group alike; the groups out by 03:30
        // are those that set out by 00:29:59, the same under both
        Map<String, Double> rest = run("03:30", REST, "[]");
        Map<String, Double> road = run("03:30", "{id: road, travel: 3h}", "[]");
        assertEquals(road.get("evacuated"), rest.get("evacuated"));
        assertTrue(rest.get("evacuated") > 0 && rest.get("evacuated") < 1000, rest.get("evacuated").toString());
        assertEquals(1000 - rest.get("evacuated"), rest.get("corridor.C.station.pause.resting"));
        assertEquals(road.get("time-in-system"), rest.get("time-in-system"), 1e-6);
    }

    @Test
    void thePoliciesAreAskedBeforeTheRestStopAndMayNameItsKind() {
        Map<String, Double> v = run("05:00", REST,
                "[{id: camp, policy: interception, where: approach, at: [rest], probability: 1, outcome: detain}]");
        assertEquals(0, v.get("evacuated"));
        assertEquals(1000, v.get("fate.detained"));
        assertEquals(1000, v.get("corridor.C.station.gate.passed"));
        assertEquals(0, v.get("corridor.C.station.pause.passed"));
    }

    @Test
    void itDescribesItselfInTheRoute() {
        Evacuation e = loader().parse(SCENARIO.formatted("05:00", REST, "[]"), "rest.yaml").evacuation();
        RestStop pause = (RestStop) e.corridors().get(0).route().get(1);
        assertEquals(new RestStop("pause", 3 * 3600), pause);
        assertEquals("every group rests 3 h", pause.settings().replace('\u00a0', ' '));
    }

    @Test
    void anUnknownKindListsTheKnownOnesAndMistakesInItsSettingsAreLocated() {
        List<String> unregistered = errors(new ScenarioLoader(), REST);
        assertEquals(1, unregistered.size(), unregistered.toString());
        assertTrue(unregistered.get(0).startsWith("rest.yaml:") && unregistered.get(0).contains("corridors[0].route[1].rest")
                && unregistered.get(0).contains("unknown key 'rest'; allowed: id, checkpoint, travel, ambulances, shuttle, "
                        + "convoy, destination"), unregistered.toString());
        List<String> unknown = errors(loader(), "{id: pause, nap: 3h}");
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).contains("corridors[0].route[1].nap")
                && unknown.get(0).endsWith("allowed: id, checkpoint, travel, ambulances, shuttle, convoy, destination, rest"),
                unknown.toString());
        assertEquals(List.of("rest.yaml:13:27 corridors[0].route[1].rest: a duration must not be negative, got '-5m'"),
                errors(loader(), "{id: pause, rest: -5m}"));
        assertEquals(List.of("rest.yaml:13:27 corridors[0].route[1].rest: must be positive, got '0s'"),
                errors(loader(), "{id: pause, rest: 0s}"));
    }

    @Test
    void aKeyIsRegisteredOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader().withStationKind("rest", new RestStopReader()));
        assertEquals("station kind 'rest' is already registered", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScenarioLoader().withStationKind("checkpoint", new RestStopReader()));
    }

    @Test
    void docsModelShowsThisKindAsItIs() throws IOException {
        String doc = Files.readString(Path.of("docs/model.md"));
        String section = doc.substring(doc.indexOf("## Stations: how to write a new kind"),
                doc.indexOf("## Replications and randomness"));
        String code = Files.readString(Path.of("src/test/java/org/corridorsim/model/RestStop.java"))
                + Files.readString(Path.of("src/test/java/org/corridorsim/scenario/RestStopReader.java"))
                + Files.readString(Path.of("src/test/java/org/corridorsim/scenario/StationKindTest.java"));
        Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        int n = 0;
        while (blocks.find()) {
            n++;
            assertTrue(code.contains(blocks.group(1)), "docs/model.md shows code that is not in the test kind:\n"
                    + blocks.group(1));
        }
        assertEquals(3, n, "the kind, its reader and the loader");
    }

    private static List<String> errors(ScenarioLoader loader, String station) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse(SCENARIO.formatted("05:00", station, "[]"), "rest.yaml"));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }
}
