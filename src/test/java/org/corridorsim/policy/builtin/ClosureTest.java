package org.corridorsim.policy.builtin;

import static org.corridorsim.policy.builtin.InterceptionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.FakeContext;
import org.corridorsim.policy.FakeGroup;
import org.corridorsim.policy.MapParameters;
import org.corridorsim.policy.Stage;
import org.junit.jupiter.api.Test;

class ClosureTest {

    private static BlockingPolicy create(MapParameters parameters) {
        BlockingPolicy policy = new ClosureProvider().create("c2-shut", parameters);
        assertEquals(Set.of(), parameters.unread(), "every given key is read");
        return policy;
    }

    private static Decision at(FakeContext context, double time, Enforcement enforcement, Stage stage, int corridor) {
        context.simulator().runUntil(time);
        return enforcement.decide(stage, FakeGroup.civilian().corridor(corridor));
    }

    @Test
    void turnsBackExactlyWithinFromUpToTo() {
        FakeContext context = new FakeContext(1, "C1", "C2");
        Enforcement enforcement = create(MapParameters.of("corridors", List.of("C2"), "from", 3600, "to", 7200))
                .start(context);
        assertSame(Decision.PASS, at(context, Math.nextDown(3600.0), enforcement, Stage.APPROACH, 1));
        assertSame(Decision.TURN_BACK, at(context, 3600, enforcement, Stage.APPROACH, 1));
        assertSame(Decision.TURN_BACK, enforcement.decide(Stage.CHECKPOINT, FakeGroup.civilian().corridor(1)));
        assertSame(Decision.PASS, enforcement.decide(Stage.APPROACH, FakeGroup.civilian().corridor(0)));
        assertSame(Decision.PASS, enforcement.decide(Stage.DEPARTURE, FakeGroup.civilian()));
        assertSame(Decision.TURN_BACK, at(context, Math.nextDown(7200.0), enforcement, Stage.APPROACH, 1));
        assertSame(Decision.PASS, at(context, 7200, enforcement, Stage.APPROACH, 1));
        assertEquals(List.of("close C2 at 3600.0 stay", "reopen C2 at 7200.0"), context.log());
    }

    @Test
    void closesBeforeOtherEventsAtTheSameInstant() {
        FakeContext context = new FakeContext(1, "C1");
        List<Boolean> seen = new ArrayList<>();
        context.simulator().scheduleAt(3600, arg -> seen.add(context.isClosed("C1")), 0);
        context.simulator().scheduleAt(7200, arg -> seen.add(context.isClosed("C1")), 0);
        create(MapParameters.of("from", 3600, "to", 7200, "queued", "disperse")).start(context);
        context.simulator().runUntil(10_000);
        assertEquals(List.of(true, false), seen);
        assertEquals(List.of("close C1 at 3600.0 disperse", "reopen C1 at 7200.0"), context.log());
    }

    @Test
    void aClosureThatBeganBeforeTheStartClosesAtOnce() {
        FakeContext context = new FakeContext(1, "C1");
        Enforcement enforcement = create(MapParameters.of("from", -3600, "to", 60)).start(context);
        assertSame(Decision.TURN_BACK, at(context, 0, enforcement, Stage.APPROACH, 0));
        assertTrue(context.isClosed("C1"));
        context.simulator().runUntil(60);
        assertEquals(60, context.closedTime("C1"));
    }

    @Test
    void aClosureOverBeforeTheStartDoesNothing() {
        FakeContext context = new FakeContext(1, "C1");
        Enforcement enforcement = create(MapParameters.of("from", -7200, "to", -3600)).start(context);
        assertSame(Decision.PASS, at(context, 0, enforcement, Stage.APPROACH, 0));
        assertEquals(0, context.simulator().pending());
    }

    @Test
    void reportsAnEndNotAfterTheStart() {
        assertMessage("to:", () -> new ClosureProvider().create("x", MapParameters.of("from", 3600, "to", 3600)));
        assertMessage("from:", () -> new ClosureProvider().create("x", MapParameters.of("to", 3600)));
    }
}
