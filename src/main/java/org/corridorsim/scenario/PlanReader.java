package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.corridorsim.model.MetricNames;

/**
 * Reads the {@code plan:} section once the rest of the scenario has been read: each decision
 * variable is tried on a copy of the tree, so that the scenario's own readers say whether it names
 * whole numbers and from which value, and each target's metric is checked against the scenario's.
 */
final class PlanReader {

    private static final List<String> KEYS = List.of("variables", "targets", "confidence", "indifference",
            "max-replications", "monotone");
    private static final List<String> VARIABLE_KEYS = List.of("from", "to", "cost");
    private static final List<String> BOUNDS = List.of("at-least", "at-most", "mean-at-least", "mean-at-most");
    private static final List<String> TARGET_KEYS = List.of("metric", "at-least", "at-most", "mean-at-least",
            "mean-at-most", "probability");

    private final Node node;
    private final Scenario model;
    private final ScenarioTemplate template;

    PlanReader(Node node, Scenario model, ScenarioTemplate template) {
        this.node = node;
        this.model = model;
        this.template = template;
    }

    Optional<Planning> read() {
        if (node.isMissing() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.expectMapping(KEYS, "{variables: {lanes: {from: 1, to: 4, cost: 1}}, targets: [{metric: evacuated, "
                + "at-least: 10000, probability: 0.95}]}")) {
            return Optional.empty();
        }
        List<Planning.Variable> variables = variables(node.required("variables",
                "a mapping of override paths or linked names to {from, to, cost}"));
        List<Planning.Target> targets = targets(node.required("targets", "a list of {metric, at-least or at-most, "
                + "probability} or {metric, mean-at-least or mean-at-most}"));
        Optional<Double> confidence = node.has("confidence") ? open(node.child("confidence"))
                : Optional.of(Planning.DEFAULT_CONFIDENCE);
        Optional<Double> indifference = node.has("indifference") ? Scalars.number(node.child("indifference")).filter(d ->
                Scalars.check(node.child("indifference"), d >= 0 && d < 1, "must be at least 0 and below 1, got "
                        + node.child("indifference").describe()))
                : Optional.of(Planning.DEFAULT_INDIFFERENCE);
        Optional<Integer> most = node.has("max-replications") ? Scalars.smallInteger(node.child("max-replications"), 1)
                : Optional.of(Planning.DEFAULT_MAX_REPLICATIONS);
        Optional<Boolean> monotone = node.has("monotone") ? bool(node.child("monotone")) : Optional.of(true);
        if (variables.isEmpty() || targets.isEmpty() || confidence.isEmpty() || indifference.isEmpty() || most.isEmpty()
                || monotone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Planning(variables, targets, confidence.get(), indifference.get(), most.get(),
                monotone.get()));
    }

    private static Optional<Boolean> bool(Node value) {
        if (value.json().isBoolean()) {
            return Optional.of(value.json().asBoolean());
        }
        value.error("expected true or false, got " + value.describe());
        return Optional.empty();
    }

    /** A probability strictly between 0 and 1. */
    private static Optional<Double> open(Node value) {
        return Scalars.number(value).filter(p -> Scalars.check(value, p > 0 && p < 1,
                "must be between 0 and 1 (exclusive), got " + value.describe()));
    }

    private List<Planning.Variable> variables(Node list) {
        if (list.isMissing()) {
            return List.of();
        }
        if (!list.isMapping() || list.keys().isEmpty()) {
            list.error("expected a mapping of override paths or linked names to {from, to, cost}, e.g. "
                    + "{corridors.*.checkpoint.lanes: {from: 1, to: 4, cost: 1}}, got " + list.describe());
            return List.of();
        }
        List<Planning.Variable> variables = new ArrayList<>();
        boolean ok = true;
        for (String name : list.keys()) {
            Optional<Planning.Variable> variable = variable(list.child(name), name);
            variable.ifPresent(variables::add);
            ok &= variable.isPresent();
        }
        return ok ? variables : List.of();
    }

    private Optional<Planning.Variable> variable(Node entry, String name) {
        if (!entry.expectMapping(VARIABLE_KEYS, "{from: 1, to: 4, cost: 1}")) {
            return Optional.empty();
        }
        Optional<Long> from = integer(entry.required("from", "the smallest value to try"));
        Optional<Long> to = integer(entry.required("to", "the largest value to try"));
        Node costNode = entry.required("cost", "the cost of one unit, e.g. cost: 1");
        Optional<Double> cost = costNode.isMissing() ? Optional.empty() : Scalars.nonNegative(costNode);
        if (from.isEmpty() || to.isEmpty() || cost.isEmpty()) {
            return Optional.empty();
        }
        if (!Scalars.check(entry.child("to"), to.get() >= from.get(), "must not be below from " + from.get() + ", got "
                + to.get())) {
            return Optional.empty();
        }
        ScenarioTemplate.Probe probe = template.probe(name, Long.toString(from.get()));
        if (probe.parameter().isEmpty()) {
            entry.keyError("a decision variable needs the path of a whole number of the scenario (as for --set), or "
                    + "a linked name; " + name + ": " + probe.why());
            return Optional.empty();
        }
        Parameter parameter = probe.parameter().get();
        if (parameter.type() != Parameter.Type.INTEGER) {
            entry.keyError("a decision variable takes whole numbers, such as lanes, vehicles, seats or ambulances; the "
                    + "scenario reads " + (parameter.type() == Parameter.Type.DURATION ? "a duration" : "a number")
                    + " at " + name);
            return Optional.empty();
        }
        if (!Scalars.check(entry.child("from"), from.get() >= parameter.min(), "the scenario takes at least "
                + (long) parameter.min() + " at " + name + ", got " + from.get())) {
            return Optional.empty();
        }
        if (!Scalars.check(entry.child("to"), to.get() <= Math.min(parameter.max(), 1_000_000), "the largest value "
                + "tried may be " + (long) Math.min(parameter.max(), 1_000_000) + ", got " + to.get())) {
            return Optional.empty();
        }
        return Optional.of(new Planning.Variable(name, from.get().intValue(), to.get().intValue(), cost.get(),
                probe.resolved().size()));
    }

    private static Optional<Long> integer(Node value) {
        return value.isMissing() ? Optional.empty() : Scalars.integer(value, Long.MIN_VALUE);
    }

    private List<Planning.Target> targets(Node list) {
        if (list.isMissing()) {
            return List.of();
        }
        Optional<List<Node>> items = Scalars.list(list, false).filter(l -> Scalars.check(list, !l.isEmpty(),
                "must list at least one target"));
        MetricNames names = new MetricNames(model.evacuation());
        List<Planning.Target> targets = new ArrayList<>();
        boolean ok = items.isPresent();
        for (Node item : items.orElse(List.of())) {
            Optional<List<Planning.Target>> read = target(item, names);
            read.ifPresent(targets::addAll);
            ok &= read.isPresent();
        }
        return ok ? targets : List.of();
    }

    private static Optional<List<Planning.Target>> target(Node item, MetricNames names) {
        if (!item.expectMapping(TARGET_KEYS, "{metric: evacuated, at-least: 10000, probability: 0.95}")) {
            return Optional.empty();
        }
        Optional<String> metric = Scalars.text(item.required("metric", "e.g. metric: evacuated"));
        List<String> matched = metric.map(m -> matching(m, names)).orElse(List.of());
        if (metric.isPresent() && matched.isEmpty()) {
            item.child("metric").error("unknown metric '" + metric.get() + "'; metrics: " + Node.list(names.names()));
        }
        List<String> bounds = BOUNDS.stream().filter(item::has).toList();
        if (bounds.size() != 1) {
            item.error(bounds.isEmpty() ? "needs one of at-least, at-most (with probability), mean-at-least, mean-at-most"
                    : "has " + Node.list(bounds) + "; give one bound per target (list two targets for a range)");
            return Optional.empty();
        }
        String bound = bounds.get(0);
        boolean mean = bound.startsWith("mean-");
        Optional<Double> threshold = threshold(item.child(bound));
        OptionalDouble probability = OptionalDouble.empty();
        boolean ok = true;
        if (mean && item.has("probability")) {
            item.child("probability").keyError("a target on the mean has no probability; write " + bound.substring(5)
                    + " with probability for a target on the share of replications");
            ok = false;
        } else if (!mean) {
            Optional<Double> p = item.has("probability") ? open(item.child("probability")) : Optional.empty();
            if (!item.has("probability")) {
                item.required("probability", "the share of replications that must meet it, e.g. probability: 0.95; or "
                        + "write mean-" + bound + " for a target on the mean");
            }
            ok = p.isPresent();
            probability = p.map(OptionalDouble::of).orElse(OptionalDouble.empty());
        }
        if (matched.isEmpty() || threshold.isEmpty() || !ok) {
            return Optional.empty();
        }
        boolean atLeast = bound.endsWith("at-least");
        List<Planning.Target> targets = new ArrayList<>();
        for (String name : matched) {
            targets.add(new Planning.Target(name, atLeast, threshold.get(), probability));
        }
        return Optional.of(targets);
    }

    /** A number, or a duration in seconds. */
    private static Optional<Double> threshold(Node value) {
        if (value.json().isTextual()) {
            return DurationParser.duration(value);
        }
        return Scalars.number(value);
    }

    /** The metrics a name matches; a {@code *} matches any characters but a dot, so one part of the name. */
    private static List<String> matching(String metric, MetricNames names) {
        if (!metric.contains("*")) {
            return names.contains(metric) ? List.of(metric) : List.of();
        }
        Pattern glob = Pattern.compile(Pattern.quote(metric).replace("*", "\\E[^.]*\\Q"));
        return names.names().stream().filter(n -> glob.matcher(n).matches()).toList();
    }
}
