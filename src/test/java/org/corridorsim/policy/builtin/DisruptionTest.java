package org.corridorsim.policy.builtin;

import static org.corridorsim.policy.builtin.InterceptionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.FakeContext;
import org.corridorsim.policy.FakeGroup;
import org.corridorsim.policy.MapParameters;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

class DisruptionTest {

    private static final double HOUR = 3600;

    private static BlockingPolicy create(MapParameters parameters) {
        BlockingPolicy policy = new DisruptionProvider().create("shelling", parameters);
        assertEquals(Set.of(), parameters.unread(), "every given key is read");
        return policy;
    }

    @Test
    void closesAndReopensOnAFixedCycle() {
        FakeContext context = new FakeContext(1, "C1", "C2", "C3");
        create(MapParameters.of("corridors", List.of("C1", "C3"), "every", new Distribution.Constant(2 * HOUR),
                "lasts", new Distribution.Constant(HOUR / 2), "queued", "disperse")).start(context);
        context.simulator().runUntil(4.5 * HOUR);
        assertEquals(List.of(
                "close C1 at 7200.0 disperse", "close C3 at 7200.0 disperse",
                "reopen C1 at 9000.0", "reopen C3 at 9000.0",
                "close C1 at 16200.0 disperse", "close C3 at 16200.0 disperse"), context.log());
        assertEquals(1, context.simulator().pending(), "one cycle event is pending at any time");
    }

    @Test
    void turnsBackArrivalsOnlyWhileClosedAndOnlyAtListedCorridors() {
        FakeContext context = new FakeContext(1, "C1", "C2");
        Enforcement enforcement = create(MapParameters.of("corridors", List.of("C1"),
                "every", new Distribution.Constant(HOUR), "lasts", new Distribution.Constant(HOUR))).start(context);
        FakeGroup atC1 = FakeGroup.civilian().corridor(0);
        FakeGroup atC2 = FakeGroup.civilian().corridor(1);
        context.simulator().runUntil(HOUR - 1);
        assertSame(Decision.PASS, enforcement.decide(Stage.APPROACH, atC1));
        context.simulator().runUntil(HOUR);
        assertTrue(context.isClosed("C1"));
        assertSame(Decision.TURN_BACK, enforcement.decide(Stage.APPROACH, atC1));
        assertSame(Decision.PASS, enforcement.decide(Stage.APPROACH, atC2));
        assertSame(Decision.PASS, enforcement.decide(Stage.DEPARTURE, FakeGroup.civilian()));
        assertSame(Decision.PASS, enforcement.decide(Stage.CHECKPOINT, atC1), "screening pauses in the model instead");
        context.simulator().runUntil(2 * HOUR);
        assertFalse(context.isClosed("C1"));
        assertSame(Decision.PASS, enforcement.decide(Stage.APPROACH, atC1));
    }

    @Test
    void closesEveryCorridorWhenNoneAreListedAndQueuesStayByDefault() {
        FakeContext context = new FakeContext(1, "C1", "C2");
        create(MapParameters.of("every", new Distribution.Constant(HOUR), "lasts", new Distribution.Constant(HOUR)))
                .start(context);
        context.simulator().runUntil(HOUR);
        assertEquals(List.of("close C1 at 3600.0 stay", "close C2 at 3600.0 stay"), context.log());
    }

    @Test
    void closedShareOfTimeIsLastsOverCycle() {
        double every = 8 * HOUR;
        double lasts = 0.75 * HOUR;
        FakeContext context = new FakeContext(20161020, "C1");
        create(MapParameters.of("every", new Distribution.Exponential(every), "lasts", new Distribution.Exponential(lasts)))
                .start(context);
        double horizon = 200_000 * HOUR;
        context.simulator().runUntil(horizon);
        double expected = lasts / (every + lasts);
        // Delta method for a ratio of renewal-reward sums over n cycles: with exponential times,
        // Var(share) ~ ((1 - f)^2 lasts^2 + f^2 every^2) / (n (every + lasts)^2).
        double cycles = horizon / (every + lasts);
        double sd = Math.sqrt((Math.pow((1 - expected) * lasts, 2) + Math.pow(expected * every, 2))
                / (cycles * Math.pow(every + lasts, 2)));
        assertEquals(expected, context.closedTime("C1") / horizon, 5 * sd);
    }

    @Test
    void steadyStateCycleKeepsOneEventPending() {
        FakeContext context = new FakeContext(7, "C1");
        create(MapParameters.of("every", new Distribution.Exponential(HOUR), "lasts", new Distribution.Exponential(HOUR)))
                .start(context);
        int[] maximum = {0};
        EventHandler probe = new EventHandler() {
            @Override
            public void handle(int arg) {
                maximum[0] = Math.max(maximum[0], context.simulator().pending());
                context.simulator().scheduleAfter(HOUR / 4, this, 0);
            }
        };
        context.simulator().scheduleAt(0, probe, 0);
        context.simulator().runUntil(1000 * HOUR);
        assertTrue(context.simulator().executed() > 4000, "the cycle ran");
        assertEquals(1, maximum[0], "only the disruption's next event waits while the probe runs");
    }

    @Test
    void reportsInvalidParameters() {
        DisruptionProvider provider = new DisruptionProvider();
        assertMessage("every:", () -> provider.create("x", MapParameters.of(
                "every", new Distribution.Constant(0), "lasts", new Distribution.Constant(60))));
        assertMessage("lasts:", () -> provider.create("x", MapParameters.of(
                "every", new Distribution.Constant(60))));
        assertMessage("queued:", () -> provider.create("x", MapParameters.of(
                "every", new Distribution.Constant(60), "lasts", new Distribution.Constant(60), "queued", "flee")));
    }
}
