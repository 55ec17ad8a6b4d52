package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Policies that select groups by an attribute their population defines. Every group is one
 * person and sets out in the first hour; the checkpoint has room for everyone, so each group's
 * fate is decided by the policies alone.
 */
class AttributeSelectorTest {

    private static final String SCENARIO = """
            id: attributes
            start: 2024-01-01T00:00
            end: 2024-01-01T06:00
            populations:
              - id: town
                size: %d
                departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: 0s}
            %s
              - id: village
                size: 500
                departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: 0s}
                attributes: {men: {share: 0}, elderly: {share: 1}}
            corridors:
              - id: C
                checkpoint: {lanes: 1000, screening: 1s}
            blocking:
            %s
            """;

    private static Map<String, Double> run(int size, String townAttributes, String blocking) {
        String yaml = SCENARIO.formatted(size, townAttributes.indent(4).stripTrailing(), blocking);
        EvacuationModel model = new EvacuationModel(new ScenarioLoader().parse(yaml, "a.yaml").evacuation());
        Outcome o = model.replicate(new RandomStreams(11), 0);
        Map<String, Double> values = new HashMap<>();
        model.metricNames().names().forEach(n -> values.put(n, o.value(model.metricNames(), n)));
        assertEquals(size + 500, MetricNames.FATES.stream().mapToDouble(values::get).sum(), "the fates sum to the population");
        return values;
    }

    private static final String SCREENING = "  - {id: search, policy: screening, attributes: [men], probability: 1}";

    @Test
    void aScreeningOfAnAttributeDetainsExactlyTheGroupsThatHaveIt() {
        // every town group has it (share 1), no village group does (share 0)
        Map<String, Double> v = run(1000, "attributes: {men: {share: 1}}", SCREENING);
        assertEquals(1000, v.get("detained"));
        assertEquals(500, v.get("evacuated"));
    }

    @Test
    void aGroupMustHaveEveryAttributeNamed() {
        // village groups are all elderly and none are men; town groups are all men and none elderly
        Map<String, Double> both = run(1000, "attributes: {men: {share: 1}}", """
                  - {id: search, policy: interception, where: checkpoint, attributes: [men, elderly], probability: 1}""");
        assertEquals(0, both.get("blocked"));
        Map<String, Double> elderly = run(1000, "attributes: {men: {share: 1}}", """
                  - {id: search, policy: interception, where: checkpoint, attributes: [elderly], probability: 1}""");
        assertEquals(500, elderly.get("blocked"));
        assertEquals(1000, elderly.get("evacuated"));
    }

    @Test
    void aShareIsDrawnPerGroupFromItsOwnStream() {
        // 10,000 one-person groups with share 0.3: the count is Binomial(10000, 0.3), mean 3000, sd 45.8
        Map<String, Double> v = run(10_000, "attributes: {men: {share: 0.3}}", SCREENING);
        double detained = v.get("detained");
        assertTrue(Math.abs(detained - 3000) < 4 * 45.8, "detained " + detained);
        // defining an attribute that no policy selects changes no other draw
        String interception = "  - {id: patrol, policy: interception, where: approach, probability: 0.4}";
        Map<String, Double> without = run(10_000, "", interception);
        Map<String, Double> with = run(10_000, "attributes: {men: {share: 0.3}}", interception);
        assertEquals(without.get("blocked"), with.get("blocked"));
        assertEquals(without.get("evacuated"), with.get("evacuated"));
        assertTrue(without.get("blocked") > 0);
    }
}
