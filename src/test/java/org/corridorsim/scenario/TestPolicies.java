package org.corridorsim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.random.Distribution;

/**
 * Policy providers for tests only, registered under META-INF/services with names that cannot
 * clash with the built-in ones. Their policies record what they read, so tests can check it.
 */
final class TestPolicies {

    private TestPolicies() {
    }

    /** The test providers alone, for tests that list the available names (built-ins would join them). */
    static List<PolicyProvider> providers() {
        return List.of(new ProbabilityProvider(), new WindowProvider(), new CompositeProvider(), new BrokenProvider(),
                new FaultyProvider());
    }

    private static Enforcement passAll() {
        return (stage, group) -> Decision.PASS;
    }

    /** Reads the parameters of an interception-like policy. */
    record Probability(String id, double probability, Set<Kind> appliesTo, Optional<List<String>> corridors,
                       String where, Optional<Distribution> delay) implements BlockingPolicy {
        @Override
        public Enforcement start(PolicyContext context) {
            return passAll();
        }
    }

    /** Reads the parameters of a closure-like policy. */
    record Window(String id, double from, double to, double every, long perHour) implements BlockingPolicy {
        @Override
        public Enforcement start(PolicyContext context) {
            return passAll();
        }
    }

    record Composite(String id, List<BlockingPolicy> policies) implements BlockingPolicy {
        @Override
        public Enforcement start(PolicyContext context) {
            return passAll();
        }
    }

    public static final class ProbabilityProvider implements PolicyProvider {
        @Override
        public String name() {
            return "test-probability";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            double probability = parameters.probability("probability");
            Set<Kind> kinds = parameters.kinds("applies-to");
            Optional<List<String>> corridors = parameters.corridors("corridors");
            String where = parameters.choice("where", List.of("departure", "approach", "checkpoint"), "departure");
            String outcome = parameters.choice("outcome", List.of("turn-back", "delay"), "turn-back");
            Optional<Distribution> delay = outcome.equals("delay")
                    ? Optional.of(parameters.distribution("delay")) : Optional.empty();
            return new Probability(id, probability, kinds, corridors, where, delay);
        }
    }

    public static final class WindowProvider implements PolicyProvider {
        @Override
        public String name() {
            return "test-window";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            double from = parameters.time("from");
            double to = parameters.time("to");
            if (to <= from) {
                throw parameters.error("to", "must be after from");
            }
            double every = parameters.has("every") ? parameters.duration("every") : 0;
            long perHour = parameters.has("per-hour") ? parameters.integer("per-hour", 1) : 0;
            return new Window(id, from, to, every, perHour);
        }
    }

    public static final class CompositeProvider implements PolicyProvider {
        @Override
        public String name() {
            return "test-composite";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            return new Composite(id, parameters.policies("policies"));
        }
    }

    /** A provider with a bug, to show that its failure still becomes a located error. */
    public static final class BrokenProvider implements PolicyProvider {
        @Override
        public String name() {
            return "test-broken";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /**
     * A policy with a bug: in a share {@code probability} of replications, drawn from its own
     * random stream, it throws at its first decision. Which replications fail follows from the
     * seed alone, so every runner (threads, Spark) meets the same first failure. The spark/
     * module's tests use it through this module's test jar.
     */
    public static final class FaultyProvider implements PolicyProvider {
        @Override
        public String name() {
            return "test-faulty";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            return new Faulty(id, parameters.probability("probability"));
        }
    }

    record Faulty(String id, double probability) implements BlockingPolicy {
        @Override
        public Enforcement start(PolicyContext context) {
            UniformRandomProvider random = context.stream("faulty");
            boolean broken = random.nextDouble() < probability;
            return (stage, group) -> {
                if (broken) {
                    throw new IllegalStateException("faulty policy '" + id + "' broke on purpose");
                }
                return Decision.PASS;
            };
        }
    }
}
