package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The shipped Ghouta fit file: the model of ghouta-2018.yaml, every observation naming a source
 * that is defined with a bias prior, and hypotheses made of that model's policies.
 */
class GhoutaFitTest {

    private static final Scenario FIT = new ScenarioLoader().load(Path.of("scenarios/ghouta-2018-fit.yaml"));
    private static final Scenario BASE = new ScenarioLoader().load(Path.of("scenarios/ghouta-2018.yaml"));

    private static Set<String> sourceIds() {
        return FIT.sources().stream().map(s -> s.split(":", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyObservationNamesADefinedSourceWithABiasPrior() {
        Set<String> ids = sourceIds();
        Map<String, Prior> noise = FIT.inference().noise();
        Set<String> named = new TreeSet<>();
        assertEquals(42, FIT.inference().observed().size());
        for (Observation o : FIT.inference().observed()) {
            assertTrue(ids.contains(o.source()), o.label() + " names " + o.source() + ", not one of " + ids);
            assertEquals(java.util.Optional.of("sources." + o.source() + ".bias"), o.bias(), o.label());
            assertTrue(noise.containsKey(o.bias().orElseThrow()), o.label());
            named.add(o.source());
        }
        // every source with a bias prior has figures; the others only cite the model's facts
        for (String name : noise.keySet()) {
            assertTrue(named.contains(name.split("\\.")[1]), name + " has no observation");
        }
        assertEquals(6, named.size(), named.toString());
        assertTrue(ids.containsAll(Set.of("facts-siege", "facts-pause", "facts-hamouriyeh")), ids.toString());
    }

    @Test
    void countsAreWeighedByARelativeErrorAndBoundsAreRanges() {
        long counts = 0;
        for (Observation o : FIT.inference().observed()) {
            if (o.model().likelihood()) {
                counts++;
                assertEquals(ObservationModel.Kind.RELATIVE, o.model().kind(), o.label());
                double sd = o.model().parameter();
                double span = o.incident() ? o.seconds() - o.fromSeconds() : o.seconds();
                boolean day = span <= 86_400;
                assertEquals(day ? 3 : 1.5, sd, o.label() + ": a day's figure has sd 3, a longer total sd 1.5");
            } else {
                assertEquals(Double.POSITIVE_INFINITY, o.high(), o.label() + " is a one-sided bound");
            }
        }
        assertEquals(38, counts);
    }

    @Test
    void theModelIsTheBaseFileSModelAndRunsAsIt() {
        assertEquals(BASE.evacuation().populations(), FIT.evacuation().populations());
        assertEquals(BASE.evacuation().corridors(), FIT.evacuation().corridors());
        assertEquals(BASE.evacuation().horizon(), FIT.evacuation().horizon());
        assertEquals(BASE.evacuation().blocking().stream().map(BlockingPolicy::id).toList(),
                FIT.evacuation().blocking().stream().map(BlockingPolicy::id).toList());
        // the explanations are scheduled in two periods with the base's placeholder in both, so the
        // file as written gives the base file's outcome to the person
        EvacuationModel base = new EvacuationModel(BASE.evacuation());
        EvacuationModel fit = new EvacuationModel(FIT.evacuation());
        Outcome a = base.replicate(new RandomStreams(2018), 0);
        Outcome b = fit.replicate(new RandomStreams(2018), 0);
        MetricNames names = base.metricNames();
        for (String metric : List.of("evacuated", "evacuated.medical", "corridor.hamouriyeh.evacuated",
                "corridor.wafideen.evacuated", "blocked", "fate.stayed", "delayed.medical-deals")) {
            assertEquals(a.value(names, metric), b.value(fit.metricNames(), metric), metric);
        }
        assertTrue(a.value(names, "evacuated") > 0);
    }

    @Test
    void hypothesesAreTheExplanationsAloneWithTheFrontLineAndAllWithTheSiegeLinesAlwaysOn() {
        List<Hypothesis> hypotheses = FIT.inference().hypotheses();
        assertEquals(13, hypotheses.size());
        for (Hypothesis h : hypotheses) {
            assertTrue(h.policies().contains("siege-lines"), h.id());
        }
        assertEquals(List.of("siege-lines"), FIT.inference().hypothesis("none").policies());
        assertEquals(List.of("siege-lines", "front-line-advance"), FIT.inference().hypothesis("front-line").policies());
        assertEquals(FIT.policyIds(), FIT.inference().hypothesis("all").policies());
        // the probability of each explanation that stops people has a prior in each period
        for (String id : List.of("militants-holding", "fear-of-arrest", "bombing-during-pauses", "medical-deals")) {
            for (int piece = 0; piece < 2; piece++) {
                assertTrue(FIT.inference().priors().containsKey("blocking." + id + ".probability[" + piece + "]"),
                        id + " piece " + piece);
            }
        }
        assertFalse(FIT.inference().priors().keySet().stream().anyMatch(p -> p.startsWith("blocking.militants-shelling")),
                "the shelling's placeholders are not fitted");
    }
}
