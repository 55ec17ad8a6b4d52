package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.PolicyContext;
import org.junit.jupiter.api.Test;

class PolicyDescriptionTest {

    private static final String NBSP = "\u00a0";
    private final LocalTimeAxis clock = new LocalTimeAxis(Reports.scenario());

    /** A third party's policy: described by its record components. */
    public record Checkpost(String id, double probability, Optional<List<String>> corridors) implements BlockingPolicy {
        @Override
        public Enforcement start(PolicyContext context) {
            return (stage, group) -> Decision.PASS;
        }
    }

    @Test
    void builtInPoliciesAreDescribedFromTheirFields() {
        List<BlockingPolicy> blocking = Reports.scenario().evacuation().blocking();
        assertEquals(new PolicyDescription("patrols", "interception", "civilian", "approach at north",
                "probability 0.2, turned back"), PolicyDescription.of(blocking.get(0), clock));
        assertEquals(new PolicyDescription("shelling", "disruption", "everyone", "south",
                "closes for exponential, mean 30" + NBSP + "min, open between for exponential, mean 4" + NBSP + "h; "
                        + "queued groups disperse"), PolicyDescription.of(blocking.get(1), clock));
        assertEquals("civilian · approach at north", PolicyDescription.of(blocking.get(0), clock).whoAndWhere());
    }

    @Test
    void otherRecordsByTheirComponentsAndOtherClassesByToString() {
        PolicyDescription record = PolicyDescription.of(new Checkpost("post", 0.3, Optional.of(List.of("a", "b"))), clock);
        assertEquals(new PolicyDescription("post", "Checkpost", "–", "–", "probability 0.3, corridors a, b"), record);
        assertEquals("", record.whoAndWhere());
        BlockingPolicy plain = new BlockingPolicy() {
            @Override
            public String id() {
                return "plain";
            }

            @Override
            public Enforcement start(PolicyContext context) {
                return (stage, group) -> Decision.PASS;
            }

            @Override
            public String toString() {
                return "a plain policy";
            }
        };
        PolicyDescription described = PolicyDescription.of(plain, clock);
        assertEquals("a plain policy", described.how());
        assertEquals("plain", described.id());
    }
}
