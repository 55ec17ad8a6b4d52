package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridorsim.model.Evacuation;
import org.junit.jupiter.api.Test;

/** Parameter values set on the built model give what reading the scenario again with them gives. */
class ScenarioVariantsTest {

    @Test
    void everyAleppoHypothesisGetsTheSameConfigurationAsByReadingTheTextAgain() {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10-fit.yaml"));
        SplittableRandom random = new SplittableRandom(7);
        for (Hypothesis h : scenario.inference().hypotheses()) {
            ScenarioVariants variants = scenario.variants(h);
            assertTrue(variants.direct(), h.id() + " sets every parameter directly");
            for (int trial = 0; trial < 5; trial++) {
                assertSame(scenario, h, variants, draw(scenario, h, random));
            }
        }
    }

    @Test
    void populationAndDistributionParametersAreSetDirectly() {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10-fit.yaml"), List.of(
                ScenarioOverride.parse("priors={populations.east-civilians.size: {dist: uniform, min: 1000, max: 9000},"
                        + " populations.east-civilians.patience.mean: {dist: uniform, min: 1h, max: 8h},"
                        + " populations.east-civilians.travel.C2.sd: {dist: uniform, min: 5m, max: 30m},"
                        + " populations.sick-and-wounded.medical-share: {dist: uniform, min: 0.2, max: 1},"
                        + " blocking.medical-approvals.delay.mean: {dist: uniform, min: 1h, max: 30h}}")));
        Hypothesis all = scenario.inference().hypothesis("all");
        ScenarioVariants variants = scenario.variants(all);
        assertTrue(variants.direct());
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 5; trial++) {
            assertSame(scenario, all, variants, draw(scenario, all, random));
        }
    }

    @Test
    void aPathWithoutADirectSetterIsReadAgainFromTheText() {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10-fit.yaml"), List.of(
                ScenarioOverride.parse("priors={corridors.C1.checkpoint.lanes: {dist: uniform, min: 1, max: 7}}")));
        Hypothesis all = scenario.inference().hypothesis("all");
        ScenarioVariants variants = scenario.variants(all);
        assertFalse(variants.direct());
        assertSame(scenario, all, variants, new double[] {5});
        assertEquals(5, variants.evacuation(new double[] {5}).corridors().get(0).checkpoint().lanes());
    }

    /** A provider whose questions depend on the value it is given: above 0.5 it asks one more. */
    record Moody(String id, double probability, boolean extra) implements org.corridorsim.policy.BlockingPolicy {
        @Override
        public org.corridorsim.policy.Enforcement start(org.corridorsim.policy.PolicyContext context) {
            return (stage, group) -> org.corridorsim.policy.Decision.PASS;
        }
    }

    @Test
    void aProviderThatAsksOtherQuestionsForOtherValuesIsReadAgainFromTheText() {
        org.corridorsim.policy.PolicyProvider moody = new org.corridorsim.policy.PolicyProvider() {
            @Override
            public String name() {
                return "moody";
            }

            @Override
            public org.corridorsim.policy.BlockingPolicy create(String id, org.corridorsim.policy.PolicyParameters p) {
                double probability = p.probability("probability");
                return new Moody(id, probability, probability > 0.5 && p.has("extra"));
            }
        };
        Scenario scenario = new ScenarioLoader(List.of(moody)).parse(ScenarioTexts.MINIMAL + """
                blocking:
                  - id: m
                    policy: moody
                    probability: 0.2
                observed:
                  - {metric: evacuated, between: [0, 10]}
                priors:
                  blocking.m.probability: {dist: uniform, min: 0, max: 1}
                """, "moody.yaml");
        Hypothesis all = scenario.inference().hypotheses().get(0);
        ScenarioVariants variants = scenario.variants(all);
        assertTrue(variants.direct());
        assertSame(scenario, all, variants, new double[] {0.3});
        assertSame(scenario, all, variants, new double[] {0.8});
        assertEquals(new Moody("m", 0.8, false), variants.evacuation(new double[] {0.8}).blocking().get(0));
    }

    @Test
    void theWrongNumberOfValuesIsRefused() {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10-fit.yaml"));
        Hypothesis all = scenario.inference().hypothesis("all");
        assertThrows(IllegalArgumentException.class, () -> scenario.variants(all).evacuation(new double[] {0.5}));
    }

    private static double[] draw(Scenario scenario, Hypothesis h, SplittableRandom random) {
        List<String> paths = h.parameters();
        double[] values = new double[paths.size()];
        for (int k = 0; k < values.length; k++) {
            Parameter p = scenario.inference().parameters().get(paths.get(k));
            Prior prior = h.priors().get(paths.get(k));
            double low = Math.max(p.min(), prior.lower());
            double high = Math.min(p.max(), prior.upper());
            values[k] = low + random.nextDouble() * (high - low);
        }
        return values;
    }

    private static void assertSame(Scenario scenario, Hypothesis h, ScenarioVariants variants, double[] values) {
        Map<String, Double> byPath = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k++) {
            byPath.put(h.parameters().get(k), values[k]);
        }
        Evacuation read = scenario.with(h, byPath).evacuation();
        assertEquals(read, variants.evacuation(values), h.id() + " at " + byPath);
    }

    @Test
    void aPolicyWithSelectorsIsCreatedAgainWithItsSelectors() {
        Scenario scenario = new ScenarioLoader().parse(ScenarioTexts.MINIMAL.replace("travel: {C1: 10m}",
                "travel: {C1: 10m}\n    attributes: {men: {share: 0.3}}") + """
                blocking:
                  - {id: s, policy: screening, populations: [people], attributes: [men], at: [checkpoint], probability: 0.2}
                observed:
                  - {metric: evacuated, between: [0, 10]}
                priors:
                  blocking.s.probability: {dist: uniform, min: 0, max: 1}
                """, "selectors.yaml");
        Hypothesis all = scenario.inference().hypotheses().get(0);
        ScenarioVariants variants = scenario.variants(all);
        assertTrue(variants.direct());
        String described = variants.evacuation(new double[] {0.8}).blocking().get(0).describe();
        assertTrue(described.contains("of people with men") && described.contains("(stations checkpoint)")
                && described.contains("0.8"), described);
        assertEquals(Map.of("men", 0.3), variants.evacuation(new double[] {0.8}).populations().get(0).attributes());
    }

    @Test
    void anAttributeShareIsAParameter() {
        Scenario scenario = new ScenarioLoader().parse(ScenarioTexts.MINIMAL.replace("travel: {C1: 10m}",
                "travel: {C1: 10m}\n    attributes: {men: {share: 0.3}}") + """
                observed:
                  - {metric: evacuated, between: [0, 10]}
                priors:
                  populations.people.attributes.men.share: {dist: uniform, min: 0, max: 1}
                """, "share.yaml");
        Hypothesis all = scenario.inference().hypotheses().get(0);
        ScenarioVariants variants = scenario.variants(all);
        assertTrue(variants.direct());
        assertSame(scenario, all, variants, new double[] {0.6});
        assertEquals(Map.of("men", 0.6), variants.evacuation(new double[] {0.6}).populations().get(0).attributes());
    }
}
