package org.corridorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Plain values: text, numbers, whole numbers, probabilities and choices among words. Each reads a
 * node, reports what is wrong with it and returns empty when it cannot give a value.
 */
final class Scalars {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private Scalars() {
    }

    /** Text, or a number or boolean taken as its text. */
    static Optional<String> text(Node node) {
        JsonNode json = node.json();
        if (json.isValueNode() && !json.isNull() && !json.asText().isEmpty()) {
            return Optional.of(json.asText());
        }
        node.error("expected text, got " + node.describe());
        return Optional.empty();
    }

    /** An id that overrides can address: letters, digits, '-' and '_'. */
    static Optional<String> id(Node node) {
        return text(node).filter(id -> {
            if (ID.matcher(id).matches()) {
                return true;
            }
            node.error("'" + id + "' is not a valid id; use letters, digits, '-' and '_'");
            return false;
        });
    }

    static Optional<Double> number(Node node) {
        node.noteParameter(Parameter.Type.NUMBER, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        JsonNode json = node.json();
        if (json.isNumber() && Double.isFinite(json.asDouble())) {
            return Optional.of(json.asDouble());
        }
        node.error("expected a number, got " + node.describe());
        return Optional.empty();
    }

    static Optional<Double> nonNegative(Node node) {
        node.noteParameter(Parameter.Type.NUMBER, 0, Double.POSITIVE_INFINITY);
        return number(node).filter(value -> check(node, value >= 0, "must not be negative, got " + node.describe()));
    }

    static Optional<Double> probability(Node node) {
        node.noteParameter(Parameter.Type.NUMBER, 0, 1);
        return number(node).filter(value ->
                check(node, value >= 0 && value <= 1, "must be between 0 and 1, got " + node.describe()));
    }

    /** A whole number of at least {@code min}; 4.0 counts as whole. */
    static Optional<Long> integer(Node node, long min) {
        node.noteParameter(Parameter.Type.INTEGER, min, Long.MAX_VALUE);
        JsonNode json = node.json();
        double approximate = json.asDouble();
        Optional<Long> whole = Optional.empty();
        if (json.isIntegralNumber() && json.canConvertToLong()) {
            whole = Optional.of(json.asLong());
        } else if (json.isFloatingPointNumber() && approximate == Math.rint(approximate) && Math.abs(approximate) < 1e15) {
            whole = Optional.of((long) approximate);
        }
        if (whole.isEmpty()) {
            node.error(!json.isNumber() ? "expected a whole number, got " + node.describe()
                    : json.isIntegralNumber() ? "is too large, got " + node.describe()
                    : "must be a whole number, got " + node.describe());
            return whole;
        }
        return whole.filter(value -> check(node, value >= min, "must be at least " + min + ", got " + value));
    }

    /** A whole number that fits an int, of at least {@code min}. */
    static Optional<Integer> smallInteger(Node node, int min) {
        node.noteParameter(Parameter.Type.INTEGER, min, Integer.MAX_VALUE);
        return integer(node, min).filter(value ->
                check(node, value <= Integer.MAX_VALUE, "must be at most " + Integer.MAX_VALUE + ", got " + value))
                .map(Long::intValue);
    }

    /** One of the allowed words; the enum constant named like the word, with '-' for '_'. */
    static <E extends Enum<E>> Optional<E> choice(Node node, Class<E> type) {
        return choice(node, type, node.name());
    }

    /** As {@link #choice(Node, Class)}; {@code what} names the value in messages, e.g. kind. */
    static <E extends Enum<E>> Optional<E> choice(Node node, Class<E> type, String what) {
        Map<String, E> words = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            words.put(word(constant), constant);
        }
        return choice(node, words, what);
    }

    static <T> Optional<T> choice(Node node, Map<String, T> words, String what) {
        Optional<String> text = text(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        T value = words.get(text.get());
        if (value == null) {
            node.error("unknown " + what + " '" + text.get() + "'; allowed: " + Node.list(List.copyOf(words.keySet())));
        }
        return Optional.ofNullable(value);
    }

    /** How an enum constant is written in scenario files: MEDICAL_FIRST is medical-first. */
    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The items of a list; a single value stands for a list of one when {@code singleAllowed}. */
    static Optional<List<Node>> list(Node node, boolean singleAllowed) {
        if (node.isSequence()) {
            return Optional.of(node.items());
        }
        if (singleAllowed && node.json().isValueNode() && !node.isNull() && !node.isMissing()) {
            return Optional.of(List.of(node));
        }
        node.error("expected a list, got " + node.describe());
        return Optional.empty();
    }

    /** Reads every item; empty if any item is wrong (each is reported). */
    static <T> Optional<List<T>> all(List<Node> items, Function<Node, Optional<T>> read) {
        List<T> values = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            Optional<T> value = read.apply(item);
            value.ifPresent(values::add);
            ok &= value.isPresent();
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    /** Reports {@code message} when {@code condition} is false; returns the condition. */
    static boolean check(Node node, boolean condition, String message) {
        if (!condition) {
            node.error(message);
        }
        return condition;
    }
}
