package org.corridorsim.policy.example;

import static org.corridorsim.policy.Decision.PASS;
import static org.corridorsim.policy.Decision.TURN_BACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.FakeContext;
import org.corridorsim.policy.FakeGroup;
import org.corridorsim.policy.MapParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.policy.PolicyRegistry;
import org.corridorsim.policy.Stage;
import org.junit.jupiter.api.Test;

class CurfewPolicyTest {

    private static final double HOUR = 3600;

    @Test
    void serviceLoaderFindsItAlongsideTheBuiltIns() {
        PolicyRegistry registry = PolicyRegistry.load();
        assertInstanceOf(CurfewPolicy.class, registry.find("curfew").orElseThrow());
        assertTrue(registry.names().containsAll(Set.of(
                "curfew", "interception", "disruption", "quota", "closure", "screening", "composite")),
                registry.names().toString());
    }

    @Test
    void turnsBackArrivalsDuringTheCurfewEveryDay() {
        // The scenario starts at 08:00; a 19:00-08:00 curfew runs from 11 h to 24 h after the start.
        MapParameters parameters = MapParameters.of("from", 11 * HOUR, "to", 24 * HOUR);
        PolicyProvider provider = PolicyRegistry.load().find("curfew").orElseThrow();
        FakeContext context = new FakeContext(1, "C1");
        Enforcement curfew = provider.create("night", parameters).start(context);
        assertEquals(Set.of(), parameters.unread());
        FakeGroup arriving = FakeGroup.civilian().corridor(0);
        double[] hours = {0, 10.99, 11, 20, 24, 34, 35, 47.9, 48};
        Decision[] expected = {PASS, PASS, TURN_BACK, TURN_BACK, PASS, PASS, TURN_BACK, TURN_BACK, PASS};
        for (int i = 0; i < hours.length; i++) {
            context.simulator().runUntil(hours[i] * HOUR);
            assertSame(expected[i], curfew.decide(Stage.APPROACH, arriving), "at " + hours[i] + " h");
            assertSame(PASS, curfew.decide(Stage.DEPARTURE, FakeGroup.civilian()), "only arrivals are stopped");
        }
    }

    @Test
    void refusesACurfewThatNeverLifts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CurfewPolicy()
                .create("x", MapParameters.of("from", 0, "to", 24 * HOUR)));
        assertTrue(e.getMessage().startsWith("every:"), e.getMessage());
    }
}
