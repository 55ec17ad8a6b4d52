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
    void otherRecordsByTheirComponentsAndOtherClassesByDescribeNeverToString() {
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
            public String describe() {
                return "lets everyone pass";
            }

            @Override
            public String toString() {
                return "PlainPolicy@1f2e3d";
            }
        };
        PolicyDescription described = PolicyDescription.of(plain, clock);
        assertEquals("lets everyone pass", described.how());
        assertEquals("plain", described.id());
    }

    /** A record that says what it does. */
    record Roadblock(String id, double probability) implements BlockingPolicy {
        @Override
        public Enforcement start(PolicyContext context) {
            return (stage, group) -> Decision.PASS;
        }

        @Override
        public String describe() {
            return "stops " + Math.round(probability * 100) + "% of groups on the road";
        }
    }

    /** A class without a description. */
    static final class Silent implements BlockingPolicy {
        @Override
        public String id() {
            return "silent";
        }

        @Override
        public Enforcement start(PolicyContext context) {
            return (stage, group) -> Decision.PASS;
        }

        @Override
        public String toString() {
            return "Silent@abc123";
        }
    }

    @Test
    void aDescribeOverridesTheComponentsAndTheDefaultNamesTheClass() {
        assertEquals("stops 40% of groups on the road", PolicyDescription.of(new Roadblock("rb", 0.4), clock).how());
        PolicyDescription silent = PolicyDescription.of(new Silent(), clock);
        assertEquals("Silent policy", silent.how());
        assertEquals("Silent", silent.type());
    }
}
