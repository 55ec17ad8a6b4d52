package org.corridorsim.policy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

/** Each built-in policy says what it does as "type · who · where · how", the report's four columns. */
class DescribeTest {

    private static final String NBSP = "\u00a0";

    private final BlockingPolicy interception = new Interception("patrols", Set.of(Kind.CIVILIAN), Stage.APPROACH,
            Optional.of(List.of("north")), 0.2, Verdict.DELAY, Optional.of(new Distribution.Constant(1800)));
    private final BlockingPolicy closure = new Closure("night", Optional.empty(), 11 * 3600, 24 * 3600, false);

    @Test
    void eachBuiltInNamesTypeWhoWhereAndHow() {
        assertEquals("interception · civilian · approach at north · probability 0.2, held for fixed 30" + NBSP + "min",
                interception.describe());
        assertEquals("closure · everyone · all corridors · closed from 11" + NBSP + "h to 24" + NBSP
                + "h after the start; queued groups wait", closure.describe());
        assertEquals("disruption · everyone · south · closes for exponential, mean 30" + NBSP
                + "min, open between for exponential, mean 4" + NBSP + "h; queued groups disperse",
                new Disruption("shelling", Optional.of(List.of("south")), new Distribution.Exponential(4 * 3600),
                        new Distribution.Exponential(1800), true).describe());
        assertEquals("quota · everyone · checkpoint at a, b · at most 250 persons per hour; beyond that turned back",
                new Quota("cap", Optional.of(List.of("a", "b")), 250, true).describe());
    }

    @Test
    void aCompositeListsItsPartsAndFallsBackToDescribeForOthers() {
        BlockingPolicy other = new BlockingPolicy() {
            @Override public String id() {
                return "x";
            }

            @Override public org.corridorsim.policy.Enforcement start(org.corridorsim.policy.PolicyContext context) {
                return (stage, group) -> org.corridorsim.policy.Decision.PASS;
            }

            @Override public String describe() {
                return "lets everyone pass";
            }
        };
        assertEquals("composite · as its parts · as its parts · the first of these that stops a group: "
                + "closure (everyone, all corridors, closed from 11" + NBSP + "h to 24" + NBSP
                + "h after the start; queued groups wait); lets everyone pass",
                new Composite("both", List.of(closure, other)).describe());
    }
}
