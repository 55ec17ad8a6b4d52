package org.corridorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a prior such as {@code {dist: uniform, min: 10m, max: 2h}} in two steps: as written
 * (numbers, or durations converted to seconds), then, once the scenario has said what the path
 * is, checked against it and completed (a normal prior is truncated to the accepted range).
 */
final class PriorReader {

    static final String EXAMPLE = "{dist: uniform, min: 0, max: 1}";
    private static final Map<String, List<String>> KEYS = Map.of(
            "uniform", List.of("min", "max"),
            "log-uniform", List.of("min", "max"),
            "beta", List.of("alpha", "beta"),
            "normal", List.of("mean", "sd", "min", "max"),
            "choice", List.of("values", "weights"));
    private static final List<String> NAMES = List.of("uniform", "log-uniform", "beta", "normal", "choice");

    private PriorReader() {
    }

    /** A prior as written: its form, its values in model units, and whether they were durations. */
    record Written(String dist, Map<String, Double> values, List<Double> choices, List<Double> weights,
                   boolean durations, boolean numbers) {

        /** A value the prior can give, for trying the path on the scenario. */
        double typical() {
            return switch (dist) {
                case "uniform" -> (values.get("min") + values.get("max")) / 2;
                case "log-uniform" -> Math.sqrt(values.get("min") * values.get("max"));
                case "beta" -> 0.5;
                case "normal" -> values.get("mean");
                default -> choices.get(0);
            };
        }

        /** The prior for {@code parameter}, or empty after reporting why it does not fit it. */
        Optional<Prior> complete(Node node, Parameter parameter) {
            boolean duration = parameter.type() == Parameter.Type.DURATION;
            String path = parameter.path();
            if (dist.equals("beta") && !(parameter.min() <= 0 && parameter.max() >= 1) || dist.equals("beta") && duration) {
                node.error("a beta prior gives values in [0, 1], but " + path + " accepts " + range(parameter));
                return Optional.empty();
            }
            if (duration && numbers) {
                node.error(path + " is a duration; write the prior's values as durations, e.g. min: 10m, max: 2h");
                return Optional.empty();
            }
            if (!duration && durations) {
                node.error(path + " is a plain number, not a duration; write the prior's values without units");
                return Optional.empty();
            }
            Prior prior;
            try {
                prior = build(parameter);
            } catch (IllegalArgumentException e) {
                node.error(e.getMessage());
                return Optional.empty();
            }
            if (prior.lower() < parameter.min() || prior.upper() > parameter.max()) {
                node.error("the prior gives values from " + show(prior.lower(), duration) + " to "
                        + show(prior.upper(), duration) + ", but " + path + " accepts " + range(parameter));
                return Optional.empty();
            }
            if (parameter.type() == Parameter.Type.INTEGER && prior instanceof Prior.Choice choice
                    && choice.values().stream().anyMatch(v -> v != Math.rint(v))) {
                node.error(path + " is a whole number, so a choice prior's values must be whole, got " + choice.values());
                return Optional.empty();
            }
            return Optional.of(prior);
        }

        private Prior build(Parameter parameter) {
            return switch (dist) {
                case "uniform" -> new Prior.Uniform(values.get("min"), values.get("max"));
                case "log-uniform" -> new Prior.LogUniform(values.get("min"), values.get("max"));
                case "beta" -> new Prior.Beta(values.get("alpha"), values.get("beta"));
                case "normal" -> new Prior.Normal(values.get("mean"), values.get("sd"),
                        Math.max(parameter.min(), values.getOrDefault("min", Double.NEGATIVE_INFINITY)),
                        Math.min(parameter.max(), values.getOrDefault("max", Double.POSITIVE_INFINITY)));
                default -> new Prior.Choice(choices, weights);
            };
        }
    }

    static Optional<Written> read(Node node) {
        if (!node.isMapping()) {
            node.error("expected a prior such as " + EXAMPLE + ", got " + node.describe());
            return Optional.empty();
        }
        Node distNode = node.required("dist", "one of " + Node.list(NAMES));
        if (distNode.isMissing()) {
            return Optional.empty();
        }
        Optional<String> dist = Scalars.text(distNode).filter(d -> Scalars.check(distNode, KEYS.containsKey(d),
                "unknown prior '" + d + "'; allowed: " + Node.list(NAMES)));
        if (dist.isEmpty()) {
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>(List.of("dist"));
        allowed.addAll(KEYS.get(dist.get()));
        node.expectMapping(allowed, EXAMPLE);
        Flags flags = new Flags();
        Map<String, Double> values = new HashMap<>();
        boolean ok = true;
        List<Double> choices = List.of();
        List<Double> weights = List.of();
        if (dist.get().equals("choice")) {
            Node valuesNode = node.required("values", "e.g. values: [1, 2, 4]");
            Optional<List<Double>> read = valuesNode.isMissing() ? Optional.empty() : Scalars.list(valuesNode, false)
                    .filter(items -> Scalars.check(valuesNode, !items.isEmpty(), "must list at least one value"))
                    .flatMap(items -> Scalars.all(items, item -> value(item, flags)));
            Optional<List<Double>> readWeights = node.has("weights")
                    ? Scalars.list(node.child("weights"), false).flatMap(items -> Scalars.all(items, Scalars::nonNegative))
                    : read.map(list -> list.stream().map(v -> 1.0).toList());
            ok = read.isPresent() && readWeights.isPresent() && Scalars.check(node.child("weights"),
                    readWeights.get().size() == read.get().size(), "needs one weight per value: " + read.get().size()
                            + " values, " + readWeights.get().size() + " weights");
            choices = read.orElse(List.of());
            weights = readWeights.orElse(List.of());
        } else {
            for (String key : KEYS.get(dist.get())) {
                boolean optional = dist.get().equals("normal") && (key.equals("min") || key.equals("max"));
                if (optional && !node.has(key)) {
                    continue;
                }
                Node valueNode = node.required(key, "");
                Optional<Double> value = valueNode.isMissing() ? Optional.empty()
                        : dist.get().equals("beta") ? Scalars.number(valueNode) : value(valueNode, flags);
                value.ifPresent(v -> values.put(key, v));
                ok &= value.isPresent();
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        if (flags.durations && flags.numbers) {
            node.error("mixes plain numbers and durations; write every value of a prior in the parameter's own units");
            return Optional.empty();
        }
        return Optional.of(new Written(dist.get(), values, choices, weights, flags.durations, flags.numbers));
    }

    private static final class Flags {
        boolean durations;
        boolean numbers;
    }

    /** A number, or a duration in seconds; a bare 0 is either. */
    private static Optional<Double> value(Node node, Flags flags) {
        JsonNode json = node.json();
        if (json.isNumber() && Double.isFinite(json.asDouble())) {
            flags.numbers |= json.asDouble() != 0;
            return Optional.of(json.asDouble());
        }
        if (json.isTextual()) {
            String text = json.asText().strip();
            boolean negative = text.startsWith("-");
            OptionalDouble seconds = DurationParser.seconds(negative ? text.substring(1) : text);
            if (seconds.isPresent()) {
                flags.durations = true;
                return Optional.of(negative ? -seconds.getAsDouble() : seconds.getAsDouble());
            }
        }
        node.error("expected a number or a duration, got " + node.describe() + "; " + DurationParser.DURATION_EXAMPLES);
        return Optional.empty();
    }

    static String range(Parameter parameter) {
        boolean duration = parameter.type() == Parameter.Type.DURATION;
        if (parameter.min() == Double.MIN_VALUE && parameter.max() == Double.POSITIVE_INFINITY) {
            return "only positive values";
        }
        if (parameter.max() == Double.POSITIVE_INFINITY || parameter.max() >= Integer.MAX_VALUE) {
            return "values of at least " + show(parameter.min(), duration);
        }
        return "values from " + show(parameter.min(), duration) + " to " + show(parameter.max(), duration);
    }

    static String show(double value, boolean duration) {
        return duration ? number(value) + "s" : number(value);
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
