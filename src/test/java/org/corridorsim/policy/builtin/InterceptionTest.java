package org.corridorsim.policy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.FakeContext;
import org.corridorsim.policy.FakeGroup;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.MapParameters;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

class InterceptionTest {

    private static final int GROUPS = 100_000;

    private static BlockingPolicy create(MapParameters parameters) {
        BlockingPolicy policy = new InterceptionProvider().create("armed-groups", parameters);
        assertEquals(Set.of(), parameters.unread(), "every given key is read");
        return policy;
    }

    /** Stopped groups out of GROUPS civilians deciding at the stage. */
    private static int stopped(Enforcement enforcement, Stage stage, FakeGroup group) {
        int stopped = 0;
        for (int i = 0; i < GROUPS; i++) {
            stopped += enforcement.decide(stage, group).passes() ? 0 : 1;
        }
        return stopped;
    }

    /** Binomial count within five standard deviations: for a fixed seed, a check that cannot flake. */
    private static void assertBinomial(double p, int count) {
        double sd = Math.sqrt(GROUPS * p * (1 - p));
        assertTrue(Math.abs(count - GROUPS * p) <= 5 * sd,
                "expected about " + GROUPS * p + " +- " + 5 * sd + ", got " + count);
    }

    @Test
    void stopsTheGivenShareAtDeparture() {
        Enforcement enforcement = create(MapParameters.of("probability", 0.3)).start(new FakeContext(1, "C1"));
        assertBinomial(0.3, stopped(enforcement, Stage.DEPARTURE, FakeGroup.civilian()));
    }

    @Test
    void turnsBackByDefault() {
        Enforcement enforcement = create(MapParameters.of("probability", 1.0)).start(new FakeContext(1, "C1"));
        assertSame(Decision.TURN_BACK, enforcement.decide(Stage.DEPARTURE, FakeGroup.civilian()));
    }

    @Test
    void actsOnlyAtItsStageAndOnItsKinds() {
        Enforcement enforcement = create(MapParameters.of(
                "probability", 1.0, "where", "approach", "applies-to", Set.of(Kind.CIVILIAN)))
                .start(new FakeContext(1, "C1"));
        FakeGroup civilian = FakeGroup.civilian().corridor(0);
        assertSame(Decision.PASS, enforcement.decide(Stage.DEPARTURE, civilian));
        assertSame(Decision.PASS, enforcement.decide(Stage.CHECKPOINT, civilian));
        assertSame(Decision.PASS, enforcement.decide(Stage.APPROACH, FakeGroup.fighter().corridor(0)));
        assertSame(Decision.TURN_BACK, enforcement.decide(Stage.APPROACH, civilian));
    }

    @Test
    void watchesOnlyTheListedCorridors() {
        Enforcement enforcement = create(MapParameters.of(
                "probability", 0.6, "where", "checkpoint", "corridors", List.of("C2"), "outcome", "detain"))
                .start(new FakeContext(2, "C1", "C2", "C3"));
        assertEquals(0, stopped(enforcement, Stage.CHECKPOINT, FakeGroup.civilian().corridor(0)));
        assertEquals(0, stopped(enforcement, Stage.CHECKPOINT, FakeGroup.civilian().corridor(2)));
        int detained = 0;
        for (int i = 0; i < GROUPS; i++) {
            Decision decision = enforcement.decide(Stage.CHECKPOINT, FakeGroup.civilian().corridor(1));
            assertTrue(decision.passes() || decision == Decision.DETAIN);
            detained += decision.passes() ? 0 : 1;
        }
        assertBinomial(0.6, detained);
    }

    @Test
    void delaysByTheGivenDistribution() {
        Enforcement enforcement = create(MapParameters.of(
                "probability", 0.5, "outcome", "delay", "delay", new Distribution.Exponential(7200)))
                .start(new FakeContext(3, "C1"));
        int delayed = 0;
        double total = 0;
        for (int i = 0; i < GROUPS; i++) {
            Decision decision = enforcement.decide(Stage.DEPARTURE, FakeGroup.civilian());
            if (!decision.passes()) {
                assertEquals(Verdict.DELAY, decision.verdict());
                delayed++;
                total += decision.delay();
            }
        }
        assertBinomial(0.5, delayed);
        // mean of n exponentials: sd = mean / sqrt(n); five of them
        double mean = total / delayed;
        assertEquals(7200, mean, 5 * 7200 / Math.sqrt(delayed));
    }

    @Test
    void sameSeedSameDecisionsAndOwnStream() {
        Enforcement a = create(MapParameters.of("probability", 0.5)).start(new FakeContext(9, "C1"));
        FakeContext shared = new FakeContext(9, "C1");
        shared.stream("someone-else").nextLong();
        Enforcement b = create(MapParameters.of("probability", 0.5)).start(shared);
        for (int i = 0; i < 1000; i++) {
            assertSame(a.decide(Stage.DEPARTURE, FakeGroup.civilian()), b.decide(Stage.DEPARTURE, FakeGroup.civilian()));
        }
    }

    @Test
    void extremeProbabilitiesAreExact() {
        Enforcement never = create(MapParameters.of("probability", 0.0)).start(new FakeContext(4, "C1"));
        Enforcement always = create(MapParameters.of("probability", 1.0)).start(new FakeContext(4, "C1"));
        assertEquals(0, stopped(never, Stage.DEPARTURE, FakeGroup.civilian()));
        assertEquals(GROUPS, stopped(always, Stage.DEPARTURE, FakeGroup.civilian()));
    }

    @Test
    void screeningDetainsTheShareAtTheCheckpointOnly() {
        MapParameters parameters = MapParameters.of("probability", 0.1, "applies-to", Set.of(Kind.FIGHTER));
        Enforcement enforcement = new ScreeningProvider().create("arrests", parameters).start(new FakeContext(5, "F1"));
        assertEquals(Set.of(), parameters.unread());
        FakeGroup fighter = FakeGroup.fighter().corridor(0);
        assertEquals(0, stopped(enforcement, Stage.APPROACH, fighter));
        assertEquals(0, stopped(enforcement, Stage.CHECKPOINT, FakeGroup.civilian().corridor(0)));
        int detained = 0;
        for (int i = 0; i < GROUPS; i++) {
            Decision decision = enforcement.decide(Stage.CHECKPOINT, fighter);
            detained += decision == Decision.DETAIN ? 1 : 0;
        }
        assertBinomial(0.1, detained);
    }

    @Test
    void reportsInvalidCombinations() {
        InterceptionProvider provider = new InterceptionProvider();
        assertMessage("corridors:", () -> provider.create("x", MapParameters.of(
                "probability", 0.5, "corridors", List.of("C1"))));
        assertMessage("outcome:", () -> provider.create("x", MapParameters.of(
                "probability", 0.5, "outcome", "delay")));
        assertMessage("delay:", () -> provider.create("x", MapParameters.of(
                "probability", 0.5, "delay", new Distribution.Constant(60))));
        assertMessage("applies-to:", () -> provider.create("x", MapParameters.of(
                "probability", 0.5, "applies-to", Set.of())));
        assertMessage("probability:", () -> provider.create("x", MapParameters.of("probability", 1.5)));
        assertMessage("where:", () -> provider.create("x", MapParameters.of("probability", 0.5, "where", "home")));
        assertMessage("applies-to:", () -> new ScreeningProvider().create("x", MapParameters.of(
                "probability", 0.5, "applies-to", Set.of())));
    }

    static void assertMessage(String start, org.junit.jupiter.api.function.Executable creation) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, creation);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
