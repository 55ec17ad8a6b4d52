package org.corridorsim.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.builtin.Closure;
import org.corridorsim.policy.builtin.Composite;
import org.corridorsim.policy.builtin.Disruption;
import org.corridorsim.policy.builtin.Interception;
import org.corridorsim.policy.builtin.Quota;
import org.corridorsim.random.Distribution;

/**
 * A blocking policy in words: which kind it is, whom it stops, where, and how. Built-in policies
 * are described from their fields; a third party's policy by its {@link BlockingPolicy#describe()},
 * or, for a record that does not override it, by its components.
 */
record PolicyDescription(String id, String type, String who, String where, String how) {

    private static final String EVERYONE = "everyone";

    static PolicyDescription of(BlockingPolicy policy, LocalTimeAxis clock) {
        if (policy instanceof Interception p) {
            String where = p.stage().id() + p.corridors().map(c -> " at " + String.join(", ", c)).orElse("");
            String how = "probability " + Format.number(p.probability()) + ", " + verdict(p.outcome())
                    + p.delay().map(d -> " for " + Format.distribution(d, Format::duration)).orElse("");
            return new PolicyDescription(p.id(), "interception", kinds(p.kinds()), where, how);
        } else if (policy instanceof Disruption p) {
            String how = "closes for " + Format.distribution(p.lasts(), Format::duration) + ", open between for "
                    + Format.distribution(p.every(), Format::duration) + "; " + queued(p.disperseQueued());
            return new PolicyDescription(p.id(), "disruption", EVERYONE, corridors(p.corridors()), how);
        } else if (policy instanceof Closure p) {
            String how = "closed " + clock.span(p.from(), p.to()) + "; " + queued(p.disperseQueued());
            return new PolicyDescription(p.id(), "closure", EVERYONE, corridors(p.corridors()), how);
        } else if (policy instanceof Quota p) {
            String how = "at most " + Format.number(p.perHour()) + " persons per hour; beyond that "
                    + (p.turnBack() ? "turned back" : "held until the next hour");
            return new PolicyDescription(p.id(), "quota", EVERYONE, "checkpoint at " + corridors(p.corridors()), how);
        } else if (policy instanceof Composite p) {
            String how = "the first of these that stops a group: " + p.policies().stream()
                    .map(part -> {
                        PolicyDescription d = of(part, clock);
                        return d.type() + " (" + d.who() + ", " + d.where() + ", " + d.how() + ")";
                    })
                    .collect(Collectors.joining("; "));
            return new PolicyDescription(p.id(), "composite", "as its parts", "as its parts", how);
        }
        return other(policy);
    }

    private static PolicyDescription other(BlockingPolicy policy) {
        Class<?> type = policy.getClass();
        String name = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
        if (describes(type) || !type.isRecord()) {
            return new PolicyDescription(policy.id(), name, Format.NONE, Format.NONE, policy.describe());
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("id")) {
                continue;
            }
            try {
                parts.add(component.getName() + " " + value(component.getAccessor().invoke(policy)));
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                // a record of a class we may not call (not exported, or its accessor fails): fall back
                return new PolicyDescription(policy.id(), name, Format.NONE, Format.NONE, policy.describe());
            }
        }
        return new PolicyDescription(policy.id(), name, Format.NONE, Format.NONE, String.join(", ", parts));
    }

    /** Whether the policy's class says what it does, rather than inheriting the default. */
    private static boolean describes(Class<?> type) {
        try {
            return type.getMethod("describe").getDeclaringClass() != BlockingPolicy.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String value(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(PolicyDescription::value).orElse(Format.NONE);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(PolicyDescription::value).collect(Collectors.joining(", "));
        }
        if (value instanceof Double number) {
            return Format.number(number);
        }
        if (value instanceof Distribution distribution) {
            return Format.distribution(distribution, Format::number);
        }
        if (value instanceof Kind kind) {
            return kind.id();
        }
        return String.valueOf(value);
    }

    private static String kinds(Collection<Kind> kinds) {
        return kinds.stream().sorted().map(Kind::id).collect(Collectors.joining(", "));
    }

    private static String corridors(Optional<List<String>> corridors) {
        return corridors.map(c -> String.join(", ", c)).orElse("all corridors");
    }

    private static String verdict(Verdict verdict) {
        return switch (verdict) {
            case TURN_BACK -> "turned back";
            case DETAIN -> "detained";
            case DELAY -> "held";
            case PASS -> "let pass";
        };
    }

    private static String queued(boolean disperse) {
        return disperse ? "queued groups disperse" : "queued groups wait";
    }

    /** "civilian · departure", for a chart's category label. */
    String whoAndWhere() {
        return List.of(who, where).stream().filter(part -> !part.equals(Format.NONE)).collect(Collectors.joining(" · "));
    }
}
