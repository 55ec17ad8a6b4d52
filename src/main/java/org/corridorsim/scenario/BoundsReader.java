package org.corridorsim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Reads what an observation says the observed value was: a range ({@code between}, {@code
 * at-least}, {@code at-most}) or, for a likelihood model, one count.
 */
final class BoundsReader {

    private BoundsReader() {
    }

    /** A likelihood observation's one count: {@code count: 194}, never a range. */
    static Optional<double[]> count(Node node, ObservationModel model) {
        for (String key : List.of("between", "at-least", "at-most")) {
            if (node.has(key)) {
                node.child(key).keyError("a " + model.kind().word() + " observation gives one count, e.g. count: 194; "
                        + key + " is for a range (model: range)");
                return Optional.empty();
            }
        }
        Node countNode = node.required("count", "the count the source gave, e.g. count: 194");
        if (countNode.isMissing()) {
            return Optional.empty();
        }
        return Scalars.nonNegative(countNode).filter(c -> Scalars.check(countNode, c == Math.rint(c),
                "a count must be a whole number, got " + PriorReader.number(c))).map(c -> new double[] {c, c});
    }

    /** {@code between: [low, high]}, or one or both of {@code at-least: low} and {@code at-most: high}. */
    static Optional<double[]> bounds(Node node) {
        if (node.has("count")) {
            node.child("count").keyError("count is for a likelihood model (model: poisson, negative-binomial or "
                    + "relative, on the observation or its source); a range gives between, at-least or at-most");
            return Optional.empty();
        }
        boolean oneSided = node.has("at-least") || node.has("at-most");
        if (node.has("between") || !oneSided) {
            if (oneSided) {
                node.child("between").error("give either between or at-least / at-most, not both");
                return Optional.empty();
            }
            return between(node.required("between", "e.g. between: [0, 17], at-least: 5000 or at-most: 10"));
        }
        Optional<Double> low = node.has("at-least") ? Scalars.number(node.child("at-least"))
                : Optional.of(Double.NEGATIVE_INFINITY);
        Optional<Double> high = node.has("at-most") ? Scalars.number(node.child("at-most"))
                : Optional.of(Double.POSITIVE_INFINITY);
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (!Scalars.check(node.child("at-most"), low.get() <= high.get(), "at-most must not be below at-least, got "
                + PriorReader.number(high.get()) + " < " + PriorReader.number(low.get()))) {
            return Optional.empty();
        }
        return Optional.of(new double[] {low.get(), high.get()});
    }

    private static Optional<double[]> between(Node node) {
        if (node.isMissing()) {
            return Optional.empty();
        }
        Optional<List<Node>> items = Scalars.list(node, false).filter(list -> Scalars.check(node, list.size() == 2,
                "expected [low, high], got " + list.size() + " values"));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> low = Scalars.number(items.get().get(0));
        Optional<Double> high = Scalars.number(items.get().get(1));
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (!Scalars.check(node, low.get() <= high.get(), "low must not exceed high, got [" + Node.list(
                List.of(PriorReader.number(low.get()), PriorReader.number(high.get()))) + "]")) {
            return Optional.empty();
        }
        return Optional.of(new double[] {low.get(), high.get()});
    }
}
