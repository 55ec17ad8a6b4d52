package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code sources:} as a mapping of source ids, each with an optional citation, bias
 * factor prior and observation model, and observation models wherever they are written. The
 * list form of {@code sources:} (citations only) is read by {@link ScenarioReader}.
 */
final class SourceReader {

    /** A source observations can name: its bias factor's name in the noise priors, and its model. */
    record Source(String id, Optional<String> bias, Optional<ObservationModel> model) {}

    private static final List<String> SOURCE_KEYS = List.of("cite", "bias", "model");
    private static final String MODEL_EXAMPLE = "poisson, range, {negative-binomial: {dispersion: 10}} or "
            + "{relative: {sd: 0.3}}";

    private SourceReader() {
    }

    /** The citations of a mapping of sources, for the report: {@code id: cite}, or the id alone. */
    static Optional<List<String>> citations(Node sources) {
        List<String> citations = new ArrayList<>();
        for (String id : sources.keys()) {
            Node cite = sources.child(id).child("cite");
            citations.add(cite.isMissing() || !cite.json().isValueNode() ? id : id + ": " + cite.json().asText());
        }
        return Optional.of(citations);
    }

    /** The sources by id; empty when {@code sources:} is absent or a list of citations. */
    static Map<String, Source> read(Node sources, Map<String, Prior> noise) {
        Map<String, Source> read = new LinkedHashMap<>();
        if (!sources.isMapping()) {
            return read;
        }
        for (String id : sources.keys()) {
            Node node = sources.child(id);
            if (!id.matches("[A-Za-z0-9_-]+")) {
                node.keyError("'" + id + "' is not a valid source id; use letters, digits, '-' and '_'");
                continue;
            }
            if (!node.expectMapping(SOURCE_KEYS,
                    "{cite: \"...\", bias: {dist: log-uniform, min: 0.5, max: 4}, model: poisson}")) {
                continue;
            }
            if (node.has("cite")) {
                Scalars.text(node.child("cite"));
            }
            Optional<String> bias = Optional.empty();
            if (node.has("bias")) {
                String name = "sources." + id + ".bias";
                Optional<Prior> prior = positivePrior(node.child("bias"), name);
                prior.ifPresent(p -> noise.put(name, p));
                bias = prior.map(p -> name);
            }
            Optional<ObservationModel> model = node.has("model")
                    ? model(node.child("model"), "sources." + id + ".dispersion", noise) : Optional.empty();
            read.put(id, new Source(id, bias, model));
        }
        return read;
    }

    /** An observation model, e.g. {@code poisson} or {@code {negative-binomial: {dispersion: 10}}}. */
    static Optional<ObservationModel> model(Node node, String dispersionName, Map<String, Prior> noise) {
        if (node.json().isTextual()) {
            String word = node.json().asText();
            return switch (word) {
                case "range" -> Optional.of(ObservationModel.RANGE);
                case "poisson" -> Optional.of(new ObservationModel(ObservationModel.Kind.POISSON, Double.NaN,
                        Optional.empty()));
                case "negative-binomial" -> fail(node, "negative-binomial needs its dispersion, e.g. "
                        + "{negative-binomial: {dispersion: 10}}");
                case "relative" -> fail(node, "relative needs its sd, e.g. {relative: {sd: 0.3}}");
                default -> fail(node, "unknown observation model '" + word + "'; allowed: " + MODEL_EXAMPLE);
            };
        }
        if (!node.isMapping() || node.keys().size() != 1) {
            return fail(node, "expected an observation model such as " + MODEL_EXAMPLE + ", got " + node.describe());
        }
        String kind = node.keys().get(0);
        Node body = node.child(kind);
        switch (kind) {
            case "negative-binomial" -> {
                if (!body.expectMapping(List.of("dispersion"), "{dispersion: 10}")) {
                    return Optional.empty();
                }
                Node dispersion = body.required("dispersion", "a positive number, or a prior such as "
                        + "{dist: log-uniform, min: 1, max: 100}");
                if (dispersion.isMapping()) {
                    Optional<Prior> prior = positivePrior(dispersion, dispersionName);
                    prior.ifPresent(p -> noise.put(dispersionName, p));
                    return prior.map(p -> new ObservationModel(ObservationModel.Kind.NEGATIVE_BINOMIAL, Double.NaN,
                            Optional.of(dispersionName)));
                }
                return positive(dispersion, "dispersion").map(k -> new ObservationModel(
                        ObservationModel.Kind.NEGATIVE_BINOMIAL, k, Optional.empty()));
            }
            case "relative" -> {
                if (!body.expectMapping(List.of("sd"), "{sd: 0.3}")) {
                    return Optional.empty();
                }
                return positive(body.required("sd", "the sd of log(count + 1), e.g. sd: 0.3"), "sd").map(sd ->
                        new ObservationModel(ObservationModel.Kind.RELATIVE, sd, Optional.empty()));
            }
            default -> {
                node.child(kind).keyError("unknown observation model '" + kind + "'; allowed: " + MODEL_EXAMPLE);
                return Optional.empty();
            }
        }
    }

    private static Optional<Double> positive(Node node, String what) {
        if (node.isMissing()) {
            return Optional.empty();
        }
        return Scalars.number(node).filter(v -> Scalars.check(node, v > 0, what + " must be positive, got "
                + PriorReader.number(v)));
    }

    private static Optional<Prior> positivePrior(Node node, String name) {
        return PriorReader.read(node).flatMap(written -> written.complete(node,
                new Parameter(name, Parameter.Type.NUMBER, 0, Double.POSITIVE_INFINITY))).filter(prior ->
                        Scalars.check(node, prior.lower() > 0, name + " is a factor, so its prior must give values above "
                                + "0, got values from " + PriorReader.number(prior.lower())));
    }

    private static <T> Optional<T> fail(Node node, String message) {
        node.error(message);
        return Optional.empty();
    }
}
