package org.corridorsim.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corridorsim.format.Format;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;

/**
 * A blocking policy in words: which kind it is, whom it stops, where, and how. Built-in policies
 * describe themselves as "type · who · where · how" through {@link BlockingPolicy#describe()}; a
 * third party's policy by its {@link BlockingPolicy#describe()},
 * or, for a record that does not override it, by its components.
 */
record PolicyDescription(String id, String type, String who, String where, String how) {

    /** Built-in policies describe themselves as "type · who · where · how". */
    private static final String BUILT_IN = "org.corridorsim.policy.builtin.";

    private static final String SEPARATOR = " · ";

    static PolicyDescription of(BlockingPolicy policy, LocalTimeAxis clock) {
        if (policy.getClass().getName().startsWith(BUILT_IN)) {
            String[] words = policy.describe().split(SEPARATOR, 4);
            if (words.length == 4) {
                return new PolicyDescription(policy.id(), words[0], words[1], words[2], words[3]);
            }
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

    /** "civilian · departure", for a chart's category label. */
    String whoAndWhere() {
        return List.of(who, where).stream().filter(part -> !part.equals(Format.NONE)).collect(Collectors.joining(" · "));
    }
}
