package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorsim.policy.BlockingPolicy;
import org.junit.jupiter.api.Test;

/** The Aleppo variants differ from the base file only in which explanations are switched on. */
class AleppoVariantsTest {

    private static final Path DIR = Path.of("scenarios");
    private static final Map<String, List<String>> ONLY = Map.of(
            "interception-only", List.of("interception-east"),
            "disruption-only", List.of("shelling"),
            "distrust-only", List.of("distrust-no-guarantees"),
            "medical-approvals-only", List.of("medical-approvals"),
            "detention-only", List.of("detention-at-crossings"),
            "no-blocking", List.of());

    private static Scenario load(String name) {
        return new ScenarioLoader().load(DIR.resolve(name));
    }

    private static List<String> ids(Scenario s) {
        return s.evacuation().blocking().stream().map(BlockingPolicy::id).toList();
    }

    @Test
    void eachExplanationHasAVariantWithItAloneAndEverythingElseAsInTheBase() {
        Scenario base = load("aleppo-2016-10.yaml");
        assertEquals(List.of("distrust-no-guarantees", "interception-east", "shelling", "medical-approvals",
                "detention-at-crossings"), ids(base));
        for (var only : ONLY.entrySet()) {
            Scenario variant = load("aleppo-2016-10-" + only.getKey() + ".yaml");
            assertEquals(only.getValue(), ids(variant), only.getKey());
            assertEquals(base.evacuation().populations(), variant.evacuation().populations(), only.getKey());
            assertEquals(base.evacuation().corridors(), variant.evacuation().corridors(), only.getKey());
            assertEquals(base.evacuation().horizon(), variant.evacuation().horizon());
            assertEquals(base.sources(), variant.sources(), only.getKey());
            Set<String> basePaths = base.assumptions().stream().map(Assumption::path).collect(Collectors.toSet());
            for (Assumption a : variant.assumptions()) {
                assertTrue(basePaths.contains(a.path()), only.getKey() + " declares " + a.path());
            }
            for (Assumption a : base.assumptions()) {
                boolean aboutAPolicy = a.path().startsWith("blocking.");
                boolean kept = !aboutAPolicy || only.getValue().contains(a.path().split("\\.")[1]);
                assertEquals(kept, variant.assumptions().stream().anyMatch(v -> v.path().equals(a.path())),
                        only.getKey() + " and " + a.path());
            }
        }
    }

    @Test
    void everyMarkedAssumptionIsDeclaredForTheLoaderAndNoSeedTextIsCited() throws Exception {
        String text = Files.readString(DIR.resolve("aleppo-2016-10.yaml"));
        Scenario base = load("aleppo-2016-10.yaml");
        assertTrue(base.assumptions().size() >= 30, "declared: " + base.assumptions().size());
        for (String file : List.of("aleppo-2016-10.yaml", "aleppo-2016-10-interception-only.yaml",
                "aleppo-2016-10-full-intent-open.yaml")) {
            assertFalse(Files.readString(DIR.resolve(file)).contains("seed text"), file + " cites only public sources");
        }
        assertTrue(text.contains("policy: screening") && text.contains("applies-to: [civilian, fighter]"),
                "detention at the crossings applies to fighters as to civilians");
    }

    @Test
    void anAssumptionThatNamesNothingIsALocatedError() throws Exception {
        String text = Files.readString(DIR.resolve("aleppo-2016-10-no-blocking.yaml"))
                .replace("path: populations.east-fighters.intent", "path: populations.east-fighter.intent");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().parse(text, "a.yaml"));
        String message = e.errors().get(0).toString();
        assertTrue(message.startsWith("a.yaml:") && message.contains("assumptions[")
                && message.contains("'populations.east-fighter.intent' names no value")
                && message.contains("there is no 'east-fighter' in populations"), message);
    }
}
