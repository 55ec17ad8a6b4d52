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
import org.corridorsim.policy.Stage;
import org.junit.jupiter.api.Test;

class QuotaTest {

    private final FakeContext context = new FakeContext(1, "C1", "C2", "F1");

    private Enforcement start(Object... parameters) {
        MapParameters map = MapParameters.of(parameters);
        BlockingPolicy policy = new QuotaProvider().create("fighter-quota", map);
        assertEquals(Set.of(), map.unread(), "every given key is read");
        return policy.start(context);
    }

    private Decision checkpoint(Enforcement enforcement, double time, int corridor, int size) {
        context.simulator().runUntil(time);
        return enforcement.decide(Stage.CHECKPOINT, FakeGroup.fighter().corridor(corridor).size(size));
    }

    @Test
    void holdsGroupsBeyondTheQuotaUntilTheNextHour() {
        Enforcement quota = start("per-hour", 10);
        assertSame(Decision.PASS, checkpoint(quota, 100, 0, 4));
        assertSame(Decision.PASS, checkpoint(quota, 200, 0, 4));
        assertEquals(Decision.delay(3600 - 300), checkpoint(quota, 300, 0, 4));
        assertSame(Decision.PASS, checkpoint(quota, 400, 0, 2), "a smaller group still fits");
        assertEquals(Decision.delay(3600 - 500), checkpoint(quota, 500, 0, 1));
        assertSame(Decision.PASS, checkpoint(quota, 3600, 0, 4), "the count starts afresh at the hour");
        assertSame(Decision.PASS, checkpoint(quota, 3601, 0, 4));
        assertEquals(Decision.delay(2), checkpoint(quota, 7198, 0, 4));
    }

    @Test
    void countsEachCorridorSeparatelyAndSkippedHoursReset() {
        Enforcement quota = start("per-hour", 5, "corridors", List.of("C1", "F1"));
        assertSame(Decision.PASS, checkpoint(quota, 10, 0, 5));
        assertSame(Decision.PASS, checkpoint(quota, 10, 2, 5));
        assertEquals(Decision.delay(3590), checkpoint(quota, 10, 0, 1));
        assertSame(Decision.PASS, checkpoint(quota, 10, 1, 50), "C2 is not under the quota");
        assertSame(Decision.PASS, checkpoint(quota, 5 * 3600 + 1, 0, 5));
        assertSame(Decision.PASS, quota.decide(Stage.APPROACH, FakeGroup.fighter().corridor(0).size(5)));
    }

    @Test
    void aGroupLargerThanTheQuotaPassesFirstInItsHour() {
        Enforcement quota = start("per-hour", 3);
        assertSame(Decision.PASS, checkpoint(quota, 0, 0, 7));
        assertEquals(Decision.delay(3599), checkpoint(quota, 1, 0, 1));
    }

    @Test
    void turnsBackWhenAsked() {
        Enforcement quota = start("per-hour", 4, "outcome", "turn-back");
        assertSame(Decision.PASS, checkpoint(quota, 0, 1, 4));
        assertSame(Decision.TURN_BACK, checkpoint(quota, 1, 1, 1));
    }

    @Test
    void reportsInvalidParameters() {
        assertMessage("per-hour:", () -> new QuotaProvider().create("x", MapParameters.of("per-hour", 0)));
        assertMessage("outcome:", () -> new QuotaProvider().create("x", MapParameters.of(
                "per-hour", 5, "outcome", "detain")));
    }
}
