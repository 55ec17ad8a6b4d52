package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corridorsim.random.Distribution;

/**
 * Distributions written as maps, e.g. {@code {dist: lognormal, mean: 45m, sd: 20m}}. A duration
 * alone ({@code 5m}) is short for a constant. Duration-valued distributions take durations and
 * are converted to seconds; group sizes take plain whole numbers and must be at least 1, which
 * rules out the Poisson (it can give 0).
 */
final class DistributionReader {

    /** What the distribution's values are. */
    enum Unit { DURATION, GROUP_SIZE }

    static final String EXAMPLE = "{dist: exponential, mean: 3m}";

    /** The parameter keys of one kind of distribution, and which values it may describe. */
    private record Form(List<String> keys, boolean durations, boolean groupSizes,
                        Function<double[], Distribution> build) {}

    private static final Map<String, Form> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("exponential", new Form(List.of("mean"), true, false, p -> new Distribution.Exponential(p[0])));
        FORMS.put("lognormal", new Form(List.of("mean", "sd"), true, false, p -> new Distribution.LogNormal(p[0], p[1])));
        FORMS.put("triangular", new Form(List.of("min", "mode", "max"), true, false,
                p -> new Distribution.Triangular(p[0], p[1], p[2])));
        FORMS.put("const", new Form(List.of("value"), true, true, p -> new Distribution.Constant(p[0])));
        FORMS.put("uniform", new Form(List.of("min", "max"), true, false, p -> new Distribution.Uniform(p[0], p[1])));
        FORMS.put("gamma", new Form(List.of("shape", "mean"), true, false, p -> new Distribution.Gamma(p[0], p[1])));
        FORMS.put("erlang", new Form(List.of("k", "mean"), true, false, p -> Distribution.erlang((int) p[0], p[1])));
        FORMS.put("weibull", new Form(List.of("shape", "scale"), true, false, p -> new Distribution.Weibull(p[0], p[1])));
        FORMS.put("normal", new Form(List.of("mean", "sd"), true, false, p -> new Distribution.TruncatedNormal(p[0], p[1])));
        FORMS.put("geometric", new Form(List.of("mean"), false, true, p -> new Distribution.Geometric(p[0])));
        FORMS.put("poisson", new Form(List.of("mean"), false, false, p -> new Distribution.Poisson(p[0])));
        FORMS.put("empirical", new Form(List.of("values", "weights"), true, true, p -> {
            throw new IllegalStateException("empirical is read by its own method");
        }));
    }

    private DistributionReader() {
    }

    /** The names allowed for values of this unit. */
    static List<String> names(Unit unit) {
        return FORMS.entrySet().stream()
                .filter(e -> unit == Unit.DURATION ? e.getValue().durations() : e.getValue().groupSizes())
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The distribution with one parameter, named as in files ({@code mean}, {@code sd}, ...), set
     * to {@code value}; empty when it has no such parameter (or is empirical).
     *
     * @throws IllegalArgumentException if the distribution rejects the value
     */
    static Optional<Distribution> with(Distribution d, String key, double value) {
        String name;
        double[] p;
        if (d instanceof Distribution.Exponential e) {
            name = "exponential";
            p = new double[] {e.mean()};
        } else if (d instanceof Distribution.LogNormal l) {
            name = "lognormal";
            p = new double[] {l.mean(), l.sd()};
        } else if (d instanceof Distribution.Triangular t) {
            name = "triangular";
            p = new double[] {t.min(), t.mode(), t.max()};
        } else if (d instanceof Distribution.Constant c) {
            name = "const";
            p = new double[] {c.value()};
        } else if (d instanceof Distribution.Uniform u) {
            name = "uniform";
            p = new double[] {u.min(), u.max()};
        } else if (d instanceof Distribution.Gamma g) {
            name = key.equals("k") ? "erlang" : "gamma";
            p = new double[] {g.shape(), g.mean()};
        } else if (d instanceof Distribution.Weibull w) {
            name = "weibull";
            p = new double[] {w.shape(), w.scale()};
        } else if (d instanceof Distribution.TruncatedNormal n) {
            name = "normal";
            p = new double[] {n.location(), n.scale()};
        } else if (d instanceof Distribution.Geometric g) {
            name = "geometric";
            p = new double[] {g.mean()};
        } else if (d instanceof Distribution.Poisson q) {
            name = "poisson";
            p = new double[] {q.mean()};
        } else {
            return Optional.empty();
        }
        Form form = FORMS.get(name);
        int index = form.keys().indexOf(key);
        if (index < 0) {
            return Optional.empty();
        }
        p[index] = name.equals("erlang") ? Math.round(value) : value;
        return Optional.of(form.build().apply(p));
    }

    static Optional<Distribution> read(Node node, Unit unit) {
        if (!node.isMapping()) {
            return shorthand(node, unit);
        }
        Node dist = node.required("dist", "one of " + Node.list(names(unit)));
        if (dist.isMissing()) {
            return Optional.empty();
        }
        Optional<String> name = Scalars.text(dist);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Form form = FORMS.get(name.get());
        if (form == null || !names(unit).contains(name.get())) {
            dist.error(unknown(name.get(), unit));
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>(List.of("dist"));
        allowed.addAll(form.keys());
        node.expectMapping(allowed, EXAMPLE);
        if (name.get().equals("empirical")) {
            return empirical(node, unit);
        }
        double[] parameters = new double[form.keys().size()];
        boolean ok = true;
        for (int i = 0; i < parameters.length; i++) {
            String key = form.keys().get(i);
            Optional<Double> value = parameter(node.required(key, ""), key, unit);
            ok &= value.isPresent();
            parameters[i] = value.orElse(Double.NaN);
        }
        if (!ok) {
            return Optional.empty();
        }
        if (name.get().equals("erlang") && parameters[0] != Math.rint(parameters[0])) {
            node.child("k").error("must be a whole number, got " + node.child("k").describe());
            return Optional.empty();
        }
        Optional<Distribution> built = build(node, () -> form.build().apply(parameters));
        if (unit == Unit.GROUP_SIZE && name.get().equals("const")) {
            return built.filter(d -> atLeastOne(node.child("value"), parameters[0]));
        }
        return built;
    }

    private static String unknown(String name, Unit unit) {
        String message = "unknown dist '" + name + "'; allowed: " + Node.list(names(unit));
        if (unit == Unit.GROUP_SIZE && name.equals("poisson")) {
            message = "poisson is not allowed for a group size, since it can give 0 and a group has at least "
                    + "one person; use geometric (1, 2, ...) or empirical. Allowed: " + Node.list(names(unit));
        } else if (unit == Unit.DURATION && (name.equals("poisson") || name.equals("geometric"))) {
            message = name + " gives counts, not durations; allowed: " + Node.list(names(unit));
        }
        return message;
    }

    private static Optional<Distribution> shorthand(Node node, Unit unit) {
        if (!node.json().isValueNode() || node.isNull()) {
            node.error("expected a distribution such as " + EXAMPLE + ", got " + node.describe());
            return Optional.empty();
        }
        if (unit == Unit.GROUP_SIZE) {
            return Scalars.integer(node, 1).map(size -> new Distribution.Constant(size));
        }
        return DurationParser.duration(node).map(Distribution.Constant::new);
    }

    private static Optional<Double> parameter(Node node, String key, Unit unit) {
        if (node.isMissing()) {
            return Optional.empty();
        }
        boolean plainNumber = unit == Unit.GROUP_SIZE || key.equals("shape") || key.equals("k");
        return plainNumber ? Scalars.number(node) : DurationParser.duration(node);
    }

    private static Optional<Distribution> empirical(Node node, Unit unit) {
        Node valuesNode = node.required("values", "a list such as [1, 2, 3]");
        Optional<List<Double>> values = valuesNode.isMissing() ? Optional.empty()
                : Scalars.list(valuesNode, false).flatMap(items -> Scalars.all(items,
                        item -> unit == Unit.GROUP_SIZE
                                ? Scalars.integer(item, 1).map(Long::doubleValue)
                                : DurationParser.duration(item)));
        Node weightsNode = node.child("weights");
        Optional<List<Double>> weights = weightsNode.isMissing()
                ? values.map(v -> v.stream().map(x -> 1.0).toList())
                : Scalars.list(weightsNode, false).flatMap(items -> Scalars.all(items, Scalars::nonNegative));
        if (values.isEmpty() || weights.isEmpty()) {
            return Optional.empty();
        }
        double[] v = values.get().stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = weights.get().stream().mapToDouble(Double::doubleValue).toArray();
        return build(node, () -> new Distribution.Empirical(v, w));
    }

    private static boolean atLeastOne(Node node, double value) {
        return Scalars.check(node, value >= 1 && value == Math.rint(value),
                "a group size must be a whole number of at least 1, got " + node.describe());
    }

    /** Lets the distribution check its own parameters and reports its complaint here. */
    private static Optional<Distribution> build(Node node, Supplier<Distribution> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            node.error(e.getMessage());
            return Optional.empty();
        }
    }
}
