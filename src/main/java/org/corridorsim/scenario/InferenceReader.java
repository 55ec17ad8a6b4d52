package org.corridorsim.scenario;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorsim.model.MetricNames;

/**
 * Reads {@code observed}, {@code priors} and {@code hypotheses} once the rest of the scenario
 * has been read. Each prior's path is tried on a copy of the tree, so that the scenario's own
 * readers say whether it is a number or a duration and what range they accept.
 */
final class InferenceReader {

    private static final List<String> OBSERVATION_KEYS = List.of("metric", "at", "from", "between", "at-least",
            "at-most", "count", "source", "model");
    private static final List<String> SERIES_KEYS = List.of("metric", "source", "model", "series");
    private static final List<String> POINT_KEYS = List.of("at", "from", "between", "at-least", "at-most", "count");
    private static final List<String> HYPOTHESIS_KEYS = List.of("id", "policies", "priors");
    private static final Pattern BLOCKING_ITEM = Pattern.compile("blocking\\[(\\d+)\\].*");

    private final Node root;
    private final Scenario model;
    private final ScenarioTemplate template;
    private final Map<String, Parameter> parameters = new TreeMap<>();
    private final Map<String, Optional<String>> policyOfPath = new LinkedHashMap<>();
    private final Map<String, String> pathOfValue = new LinkedHashMap<>();
    private final Map<String, String> resolvedOfPath = new LinkedHashMap<>();
    private final List<ScenarioError> warnings = new ArrayList<>();
    /** The metrics whose count at a time is known ({@link MetricNames#isRunningCount}), for errors. */
    static final String COUNTS = "evacuated, evacuated.civilian, evacuated.fighter, evacuated.medical, attempted, "
            + "blocked, detained, balked, balked.full, balked.closed, reneged, dispersed, sent-home, delayed, "
            + "blocked.<policy>, persons-stopped.<policy>, delayed.<policy>, corridor.<id>.evacuated, "
            + "population.<id>.evacuated, and per station corridor.<id>.station.<id>.passed, .convoys, .convoys-held, "
            + ".convoys-turned-back, .convoys-arrived, .vehicles, .by-car, .cars";
    private final Map<String, Prior> noise = new TreeMap<>();
    private Map<String, SourceReader.Source> sources = Map.of();

    InferenceReader(Node root, Scenario model, ScenarioTemplate template) {
        this.root = root;
        this.model = model;
        this.template = template;
    }

    Inference read() {
        sources = SourceReader.read(root.child("sources"), noise);
        List<Observation> observed = observations(root.child("observed"));
        Map<String, Prior> shared = priors(root.child("priors"));
        List<Hypothesis> hypotheses = hypotheses(root.child("hypotheses"), shared);
        warnUnused(shared, hypotheses);
        return new Inference(observed, shared, hypotheses, parameters, warnings, Optional.of(template), resolvedOfPath)
                .withNoise(noise);
    }

    private List<Observation> observations(Node list) {
        if (list.isMissing() || list.isNull()) {
            return List.of();
        }
        Optional<List<Node>> items = Scalars.list(list, false);
        List<Observation> observed = new ArrayList<>();
        MetricNames names = new MetricNames(model.evacuation());
        List<Node> entries = items.orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            Node item = entries.get(i);
            if (item.isMapping() && item.has("series")) {
                series(item, i, names, observed);
            } else {
                observation(item, i, names).ifPresent(observed::add);
            }
        }
        return observed;
    }

    /** Who said it: the source's name, and the source itself when {@code sources:} defines it. */
    private record Said(String source, Optional<SourceReader.Source> defined) {}

    /** The entry's source: free text, or with {@code sources:} as a mapping, one of its ids. */
    private Optional<Said> source(Node node) {
        if (!node.has("source")) {
            return Optional.of(new Said("", Optional.empty()));
        }
        Node sourceNode = node.child("source");
        Optional<String> text = Scalars.text(sourceNode);
        if (text.isEmpty() || !root.child("sources").isMapping()) {
            return text.map(t -> new Said(t, Optional.empty()));
        }
        SourceReader.Source defined = sources.get(text.get());
        if (!Scalars.check(sourceNode, defined != null || root.child("sources").has(text.get()), "source '" + text.get()
                + "' is never defined under sources:; sources: " + Node.list(root.child("sources").keys()))) {
            return Optional.empty();
        }
        return Optional.of(new Said(text.get(), Optional.ofNullable(defined)));
    }

    /** The entry's observation model: its own, else its source's, else a range. */
    private Optional<ObservationModel> model(Node node, int index, Optional<Said> said) {
        if (node.has("model")) {
            return SourceReader.model(node.child("model"), "observed[" + index + "].dispersion", noise);
        }
        // an unknown source has already been reported: its model is unknown too
        return said.map(known -> known.defined().flatMap(SourceReader.Source::model).orElse(ObservationModel.RANGE));
    }

    /**
     * A series: one metric and source, and a list of points, each a count at a time or between
     * two times, with its own bounds: the same as one observation per point.
     */
    private void series(Node node, int index, MetricNames names, List<Observation> observed) {
        if (!node.expectMapping(SERIES_KEYS, "{metric: evacuated, source: \"...\", series: [{at: ..., between: [0, 17]}]}")) {
            return;
        }
        Optional<String> metric = metric(node, names);
        Optional<Said> source = source(node);
        Optional<ObservationModel> model = model(node, index, source);
        Node list = node.child("series");
        Optional<List<Node>> points = Scalars.list(list, false).filter(items -> Scalars.check(list, !items.isEmpty(),
                "must list at least one point, e.g. {at: 2018-03-16T07:00, between: [190, 200]}"));
        for (Node point : points.orElse(List.of())) {
            if (point.expectMapping(POINT_KEYS, "{at: 2018-03-16T07:00, between: [190, 200]}")) {
                point(point, names, metric, source, model).ifPresent(observed::add);
            }
        }
    }

    private Optional<String> metric(Node node, MetricNames names) {
        return Scalars.text(node.required("metric", "e.g. metric: evacuated")).filter(m ->
                Scalars.check(node.child("metric"), names.contains(m), "unknown metric '" + m + "'; metrics: "
                        + Node.list(names.names())));
    }

    private Optional<Observation> observation(Node node, int index, MetricNames names) {
        if (!node.expectMapping(OBSERVATION_KEYS, "{metric: evacuated, between: [0, 17], source: \"...\"}")) {
            return Optional.empty();
        }
        Optional<String> metric = metric(node, names);
        Optional<Said> source = source(node);
        Optional<ObservationModel> model = model(node, index, source);
        return point(node, names, metric, source, model);
    }

    /** The time and bounds of one observation (a whole entry, or a point of a series). */
    private Optional<Observation> point(Node node, MetricNames names, Optional<String> metric, Optional<Said> source,
            Optional<ObservationModel> form) {
        Optional<LocalDateTime> at = Optional.empty();
        double seconds = model.horizon();
        boolean ok = metric.isPresent();
        if (node.has("at")) {
            Node atNode = node.child("at");
            at = ScenarioClock.dateTime(atNode);
            ok &= at.isPresent();
            if (at.isPresent()) {
                seconds = model.seconds(at.get());
                ok &= Scalars.check(atNode, seconds >= 0 && seconds <= model.horizon(),
                        "must lie between start " + model.start() + " and end " + model.end() + ", got " + at.get());
            }
            ok &= metric.isEmpty() || !names.contains(metric.get()) || Scalars.check(atNode,
                    names.isRunningCount(metric.get()), "'at' is only for counts that grow as the evacuation runs ("
                            + COUNTS + "), not " + metric.get() + ", which is worked out at the end");
        }
        Optional<LocalDateTime> from = Optional.empty();
        double fromSeconds = Double.NaN;
        if (node.has("from")) {
            Node fromNode = node.child("from");
            from = ScenarioClock.dateTime(fromNode);
            ok &= from.isPresent();
            ok &= Scalars.check(fromNode, at.isPresent(), "an incident count (from) also needs its end, 'at'");
            if (from.isPresent()) {
                fromSeconds = model.seconds(from.get());
                ok &= Scalars.check(fromNode, fromSeconds >= 0 && fromSeconds <= model.horizon(),
                        "must lie between start " + model.start() + " and end " + model.end() + ", got " + from.get())
                        && (at.isEmpty() || Scalars.check(fromNode, fromSeconds < seconds, "an incident interval "
                                + "must end after it starts: 'from' " + from.get() + " is not before 'at' " + at.get()));
            }
            // 'at' is required with 'from', and says when the metric has no count over time
        }
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Optional<double[]> between = form.get().likelihood() ? BoundsReader.count(node, form.get())
                : BoundsReader.bounds(node);
        if (!ok || between.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(metric.get(), at, seconds, from, from.isPresent() ? fromSeconds : Double.NaN,
                between.get()[0], between.get()[1], source.get().source(), form.get(),
                source.get().defined().flatMap(SourceReader.Source::bias)));
    }

    private Map<String, Prior> priors(Node node) {
        Map<String, Prior> priors = new TreeMap<>();
        if (node.isMissing() || node.isNull()) {
            return priors;
        }
        if (!node.isMapping()) {
            node.error("expected a mapping of override paths to priors, e.g. {blocking.interception.probability: "
                    + "{dist: uniform, min: 0, max: 1}}, got " + node.describe());
            return priors;
        }
        for (String path : node.keys()) {
            prior(node.child(path), path).ifPresent(prior -> priors.put(path, prior));
        }
        return priors;
    }

    /** One prior: read as written, tried on the scenario, then checked against what the scenario accepts. */
    private Optional<Prior> prior(Node node, String path) {
        Optional<PriorReader.Written> written = PriorReader.read(node);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<Parameter> parameter = parameter(node, path, written.get());
        return parameter.flatMap(p -> written.get().complete(node, p));
    }

    private Optional<Parameter> parameter(Node node, String path, PriorReader.Written written) {
        if (parameters.containsKey(path)) {
            return Optional.of(parameters.get(path));
        }
        String text = written.durations() ? Parameter.durationText(written.typical()) : PriorReader.number(written.typical());
        ScenarioTemplate.Probe probe = template.probe(path, text);
        if (probe.parameter().isEmpty()) {
            node.keyError("a prior needs the path of a number or a duration of the scenario (as for --set); " + path
                    + ": " + probe.why());
            return Optional.empty();
        }
        for (String resolved : probe.resolved()) {
            String other = pathOfValue.putIfAbsent(resolved, path);
            if (other != null) {
                node.keyError(path + " names the same value as " + other + "; give it one prior");
                return Optional.empty();
            }
        }
        Parameter parameter = probe.parameter().get();
        if (parameter.type() == Parameter.Type.INTEGER && written.typical() != Math.rint(written.typical())) {
            // a whole-number parameter is set to the prior's values rounded (as docs/fitting.md says), so try a rounded one
            text = Long.toString(Math.round(written.typical()));
            probe = template.probe(path, text);
        }
        for (ScenarioError error : probe.trial().errors()) {
            if (probe.resolved().contains(error.path())
                    && written.durations() == (parameter.type() == Parameter.Type.DURATION)) {
                node.error("the scenario does not accept " + text + " at " + path + ": " + error.message());
                return Optional.empty();
            }
        }
        parameters.put(path, parameter);
        if (probe.resolved().size() == 1) {
            // one value: a fit can set it directly (ScenarioVariants); wildcards and linked names are read again
            resolvedOfPath.put(path, probe.resolved().get(0));
        }
        Set<Optional<String>> policies = new LinkedHashSet<>();
        for (String resolved : probe.resolved()) {
            Matcher item = BLOCKING_ITEM.matcher(resolved);
            policies.add(item.matches()
                    ? Optional.of(model.evacuation().blocking().get(Integer.parseInt(item.group(1))).id())
                    : Optional.empty());
        }
        policyOfPath.put(path, policies.size() == 1 ? policies.iterator().next() : Optional.empty());
        return Optional.of(parameter);
    }

    private List<Hypothesis> hypotheses(Node node, Map<String, Prior> shared) {
        List<String> all = model.policyIds();
        if (node.isMissing() || node.isNull()) {
            return List.of(new Hypothesis(Hypothesis.DEFAULT_ID, all, shared));
        }
        Optional<List<Node>> items = Scalars.list(node, false).filter(list -> Scalars.check(node, !list.isEmpty(),
                "must list at least one hypothesis, or be left out for one with every policy on"));
        List<Hypothesis> hypotheses = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Node item : items.orElse(List.of())) {
            hypothesis(item, shared, all).ifPresent(h -> {
                if (Scalars.check(item.child("id"), ids.add(h.id()), "duplicate hypothesis id '" + h.id() + "'")) {
                    hypotheses.add(h);
                }
            });
        }
        return hypotheses;
    }

    private Optional<Hypothesis> hypothesis(Node node, Map<String, Prior> shared, List<String> all) {
        if (!node.expectMapping(HYPOTHESIS_KEYS, "{id: interception, policies: [interception-east]}")) {
            return Optional.empty();
        }
        Optional<String> id = Scalars.id(node.required("id", "e.g. id: interception"));
        Node policiesNode = node.required("policies", "the ids of the blocking policies that are on, [] for none");
        Optional<List<String>> policies = policiesNode.isMissing() ? Optional.empty()
                : Scalars.list(policiesNode, true).flatMap(list -> Scalars.all(list, item -> Scalars.text(item).filter(p ->
                        Scalars.check(item, all.contains(p), "unknown policy '" + p + "'; policies: "
                                + (all.isEmpty() ? "none" : Node.list(all))))));
        Optional<List<String>> distinct = policies.filter(list -> Scalars.check(policiesNode,
                new LinkedHashSet<>(list).size() == list.size(), "names a policy twice: " + list));
        Map<String, Prior> own = priors(node.child("priors"));
        if (id.isEmpty() || distinct.isEmpty()) {
            return Optional.empty();
        }
        List<String> on = distinct.get();
        boolean ok = true;
        for (String path : own.keySet()) {
            Optional<String> policy = policyOfPath.getOrDefault(path, Optional.empty());
            ok &= Scalars.check(node.child("priors").child(path), policy.isEmpty() || on.contains(policy.get()),
                    "hypothesis '" + id.get() + "' leaves policy '" + policy.orElse("") + "' off, so " + path
                            + " has no effect in it");
        }
        Map<String, Prior> effective = new TreeMap<>();
        shared.forEach((path, prior) -> {
            Optional<String> policy = policyOfPath.getOrDefault(path, Optional.empty());
            if (policy.isEmpty() || on.contains(policy.get())) {
                effective.put(path, prior);
            }
        });
        effective.putAll(own);
        List<String> inFileOrder = all.stream().filter(on::contains).toList();
        return ok ? Optional.of(new Hypothesis(id.get(), inFileOrder, effective)) : Optional.empty();
    }

    /** A shared prior that no hypothesis uses is allowed, but is probably a mistake. */
    private void warnUnused(Map<String, Prior> shared, List<Hypothesis> hypotheses) {
        for (String path : shared.keySet()) {
            if (hypotheses.stream().noneMatch(h -> h.priors().get(path) == shared.get(path))) {
                Node node = root.child("priors").child(path);
                Problems local = new Problems();
                Optional<String> policy = policyOfPath.getOrDefault(path, Optional.empty());
                boolean somewhereOn = policy.isPresent() && hypotheses.stream().anyMatch(h -> h.policies().contains(policy.get()));
                node.reportingTo(local).keyError("no hypothesis uses this prior: " + (policy.isEmpty() || somewhereOn
                        ? "each hypothesis" + policy.map(p -> " with policy '" + p + "' on").orElse("")
                                + " has its own prior for it"
                        : "every hypothesis leaves policy '" + policy.get() + "' off"));
                warnings.addAll(local.sorted());
            }
        }
    }
}
