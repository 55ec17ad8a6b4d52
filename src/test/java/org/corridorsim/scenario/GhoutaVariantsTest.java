package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorsim.policy.BlockingPolicy;
import org.junit.jupiter.api.Test;

/**
 * The Ghouta variants differ from the base file only in which explanations are switched on; the
 * fact that only al-Wafideen was open until the front line moved (siege-lines) is in every one.
 */
class GhoutaVariantsTest {

    private static final Path DIR = Path.of("scenarios");
    private static final Map<String, List<String>> ONLY = Map.of(
            "militants-only", List.of("siege-lines", "militants-shelling", "militants-holding"),
            "fear-only", List.of("siege-lines", "fear-of-arrest"),
            "bombing-only", List.of("siege-lines", "bombing-during-pauses"),
            "front-line-only", List.of("siege-lines", "front-line-advance"),
            "medical-deals-only", List.of("siege-lines", "medical-deals"),
            "no-explanation", List.of("siege-lines"));

    private static Scenario load(String name) {
        return new ScenarioLoader().load(DIR.resolve(name));
    }

    private static List<String> ids(Scenario s) {
        return s.evacuation().blocking().stream().map(BlockingPolicy::id).toList();
    }

    @Test
    void eachExplanationHasAVariantWithItAloneAndEverythingElseAsInTheBase() {
        Scenario base = load("ghouta-2018.yaml");
        assertEquals(List.of("siege-lines", "militants-shelling", "militants-holding", "fear-of-arrest",
                "bombing-during-pauses", "front-line-advance", "medical-deals"), ids(base));
        for (var only : ONLY.entrySet()) {
            Scenario variant = load("ghouta-2018-" + only.getKey() + ".yaml");
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
}
