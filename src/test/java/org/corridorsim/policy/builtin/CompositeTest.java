package org.corridorsim.policy.builtin;

import static org.corridorsim.policy.builtin.InterceptionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.FakeContext;
import org.corridorsim.policy.FakeGroup;
import org.corridorsim.policy.MapParameters;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Stage;
import org.junit.jupiter.api.Test;

class CompositeTest {

    private static final BlockingPolicy SHUT_C1 =
            new ClosureProvider().create("shut", MapParameters.of("corridors", List.of("C1"), "from", 0, "to", 3600));
    private static final BlockingPolicy DETAIN_ALL = new InterceptionProvider().create("arrest",
            MapParameters.of("where", "approach", "probability", 1.0, "outcome", "detain"));

    private static Enforcement composite(List<BlockingPolicy> policies, PolicyContext context) {
        MapParameters parameters = MapParameters.of("policies", policies);
        BlockingPolicy composite = new CompositeProvider().create("both", parameters);
        assertEquals(Set.of(), parameters.unread());
        assertEquals("both", composite.id());
        return composite.start(context);
    }

    @Test
    void firstPolicyThatStopsTheGroupWins() {
        FakeContext context = new FakeContext(1, "C1", "C2");
        Enforcement closureFirst = composite(List.of(SHUT_C1, DETAIN_ALL), context);
        assertSame(Decision.TURN_BACK, closureFirst.decide(Stage.APPROACH, FakeGroup.civilian().corridor(0)));
        assertSame(Decision.DETAIN, closureFirst.decide(Stage.APPROACH, FakeGroup.civilian().corridor(1)));
        Enforcement arrestFirst = composite(List.of(DETAIN_ALL, SHUT_C1), context);
        assertSame(Decision.DETAIN, arrestFirst.decide(Stage.APPROACH, FakeGroup.civilian().corridor(0)));
        assertSame(Decision.PASS, arrestFirst.decide(Stage.DEPARTURE, FakeGroup.civilian()));
    }

    @Test
    void laterPoliciesAreNotAskedOnceOneStops() {
        int[] asked = {0};
        BlockingPolicy counting = new BlockingPolicy() {
            @Override public String id() { return "counting"; }
            @Override public Enforcement start(PolicyContext context) {
                return (stage, group) -> {
                    asked[0]++;
                    return Decision.PASS;
                };
            }
        };
        FakeContext context = new FakeContext(1, "C1", "C2");
        Enforcement enforcement = composite(List.of(counting, SHUT_C1, counting), context);
        enforcement.decide(Stage.APPROACH, FakeGroup.civilian().corridor(0));
        assertEquals(1, asked[0]);
        enforcement.decide(Stage.APPROACH, FakeGroup.civilian().corridor(1));
        assertEquals(3, asked[0]);
    }

    @Test
    void startsEveryPartSoTheirClosuresHappen() {
        FakeContext context = new FakeContext(1, "C1", "C2");
        composite(List.of(DETAIN_ALL, SHUT_C1), context);
        context.simulator().runUntil(3600);
        assertEquals(List.of("close C1 at 0.0 stay", "reopen C1 at 3600.0"), context.log());
    }

    @Test
    void reportsAnEmptyList() {
        assertMessage("policies:", () -> new CompositeProvider().create("x", MapParameters.of("policies", List.of())));
    }
}
