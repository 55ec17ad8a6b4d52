package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.inference.FitResult;
import org.corridorsim.inference.HypothesisPosterior;
import org.corridorsim.inference.Particle;
import org.corridorsim.inference.PredictiveCheck;
import org.corridorsim.inference.ParameterPosterior;
import org.corridorsim.scenario.Observation;

/** The files of a fit: {@code fit.json}, {@code posterior.csv} and, with provenance, {@code datapackage.json}. */
public final class FitFiles {

    static final String FIT_JSON = "fit.json";
    static final String POSTERIOR_CSV = "posterior.csv";
    static final String FIT_FORMAT = "corridorsim-fit/1";

    private FitFiles() {
    }

    /**
     * Writes {@code fit.json} and {@code posterior.csv} into {@code directory}, without provenance.
     *
     * @param directory the folder to write into; it must exist
     * @param result the fit to write
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, FitResult result) throws IOException {
        writeFitJson(directory.resolve(FIT_JSON), result);
        writePosteriorCsv(directory.resolve(POSTERIOR_CSV), result);
    }

    /**
     * Writes the files, {@code fit.json} ending with its {@code provenance}, and
     * {@code datapackage.json} describing {@code posterior.csv}.
     *
     * @param directory the folder to write into; it must exist
     * @param result the fit to write
     * @param provenance how the fit was produced
     * @throws IOException if a file cannot be written or read back
     */
    public static void writeAll(Path directory, FitResult result, Provenance provenance) throws IOException {
        writeAll(directory, result);
        Path target = directory.resolve(FIT_JSON);
        ObjectNode root = (ObjectNode) Json.reader().readTree(target.toFile());
        ProvenanceJson.put(root, provenance);
        Json.write(target, root);
        dataPackage(result, provenance).write(directory);
    }

    private static DataPackage dataPackage(FitResult result, Provenance provenance) {
        List<ObjectNode> fields = new ArrayList<>();
        fields.add(DataPackage.required(DataPackage.field("generation", "integer",
                "ABC-SMC generation, from 0; the last generation is the posterior.")));
        fields.add(DataPackage.required(DataPackage.field("hypothesis", "string", "The hypothesis the particle belongs to.")));
        var types = result.scenario().inference().parameters();
        for (String path : result.parameters()) {
            var parameter = types.get(path);
            boolean duration = parameter != null && parameter.type() == org.corridorsim.scenario.Parameter.Type.DURATION;
            fields.add(DataPackage.number(path, "Value of the scenario parameter " + path + " in the particle; empty "
                    + "where its hypothesis does not have it.", duration ? "second" : ""));
        }
        fields.add(DataPackage.number("weight", "Importance weight, normalised within the generation.", ""));
        fields.add(DataPackage.field("seed", "integer", "The experiment seed whose replication 0 the particle simulated."));
        fields.add(DataPackage.number("distance", "Largest scaled distance of the simulated outcome from any observed "
                + "range; 0 inside every range.", ""));
        return new DataPackage(result.scenarioId() + "-fit", "Fit of " + result.scenarioId(), "Particles of every "
                + "generation of an ABC-SMC fit; fit.json holds the hypothesis probabilities, parameter summaries and the "
                + "provenance.", Optional.of(provenance))
                .table(POSTERIOR_CSV, "One row per particle of every generation.", fields, List.of());
    }

    /**
     * {@code {"format": "corridorsim-fit/1", "scenario", "simulations", "particles", "tolerances",
     * "acceptanceRates", "particlesPerGeneration", "effectiveSizes", "hypotheses": {ID:
     * {"probability", "probabilityError", "probabilityInterval": [low, high] (95%), "particles",
     * "effectiveSize", "effectiveSizes" (one per generation), "bayesFactor", "parameters": {PATH:
     * {"mean", "median", "low", "high", "level"}}}}}}, then
     * "temperatures" (with count observations: each generation's likelihood temperature, down to 1),
     * "seed", "replicationsPerParticle", "stop", "warning" (the misspecification warning, null when
     * the fit reproduces every observation) and "observed", each with "metric", "at" and "from"
     * (local times, when given), "between" or "atLeast" / "atMost" (or "count" under a likelihood), "source",
     * "model" ({"kind": range, poisson, negative-binomial or relative; "dispersion" or "sd", a number or the
     * name of its prior among the posterior's parameters; "bias", the name of the source's bias factor}), and its
     * "predictivePValue" and
     * "predictiveInside" (share of posterior predictive draws inside its range). The first tolerance (every prior
     * draw accepted) is infinite and written as null, as is a Bayes factor that is infinite (all
     * other hypotheses at probability 0) or undefined (no other hypothesis). Durations are in
     * seconds.
     */
    static void writeFitJson(Path target, FitResult result) throws IOException {
        ObjectNode root = Json.object();
        root.put("format", FIT_FORMAT);
        root.put("scenario", result.scenarioId());
        root.put("simulations", result.simulations());
        root.put("particles", result.particles());
        ArrayNode tolerances = root.putArray("tolerances");
        result.tolerances().forEach(t -> add(tolerances, t));
        if (!result.temperatures().isEmpty()) {
            ArrayNode temperatures = root.putArray("temperatures");
            result.temperatures().forEach(t -> add(temperatures, t));
        }
        ArrayNode rates = root.putArray("acceptanceRates");
        result.acceptanceRates().forEach(r -> add(rates, r));
        ArrayNode sizes = root.putArray("particlesPerGeneration");
        result.particlesPerGeneration().forEach(sizes::add);
        ArrayNode ess = root.putArray("effectiveSizes");
        result.effectiveSizes().forEach(e -> add(ess, e));
        Map<String, List<Double>> essByHypothesis = result.hypothesisEffectiveSizes();
        ObjectNode hypotheses = root.putObject("hypotheses");
        for (HypothesisPosterior h : result.hypotheses()) {
            ObjectNode node = hypotheses.putObject(h.id());
            Json.number(node, "probability", h.probability());
            Json.number(node, "probabilityError", h.probabilityError());
            ArrayNode interval = node.putArray("probabilityInterval");
            add(interval, h.probabilityLow());
            add(interval, h.probabilityHigh());
            node.put("particles", h.particles());
            Json.number(node, "effectiveSize", h.effectiveSize());
            ArrayNode perGeneration = node.putArray("effectiveSizes");
            essByHypothesis.get(h.id()).forEach(e -> add(perGeneration, e));
            Json.number(node, "bayesFactor", h.bayesFactor());
            ObjectNode parameters = node.putObject("parameters");
            h.parameters().forEach((path, p) -> parameters.set(path, parameter(p)));
        }
        root.put("seed", result.seed());
        root.put("replicationsPerParticle", result.replicationsPerParticle());
        root.put("stop", result.stop().name().toLowerCase(java.util.Locale.ROOT));
        result.misspecification().ifPresentOrElse(w -> root.put("warning", w), () -> root.putNull("warning"));
        ArrayNode observed = root.putArray("observed");
        List<PredictiveCheck> checks = result.predictiveChecks();
        for (int k = 0; k < result.observed().size(); k++) {
            Observation o = result.observed().get(k);
            ObjectNode node = observed.addObject();
            Json.number(node, "predictivePValue", checks.get(k).pValue());
            Json.number(node, "predictiveInside", checks.get(k).inside());
            node.put("metric", o.metric());
            o.at().ifPresent(at -> node.put("at", at.toString()));
            o.from().ifPresent(from -> node.put("from", from.toString()));
            if (o.model().likelihood()) {
                node.put("count", o.low());
            } else if (Double.isFinite(o.low()) && Double.isFinite(o.high())) {
                ArrayNode between = node.putArray("between");
                between.add(o.low());
                between.add(o.high());
            }
            if (Double.isFinite(o.low()) && Double.isInfinite(o.high())) {
                node.put("atLeast", o.low());
            }
            if (Double.isFinite(o.high()) && Double.isInfinite(o.low())) {
                node.put("atMost", o.high());
            }
            node.put("source", o.source());
            ObjectNode model = node.putObject("model");
            model.put("kind", o.model().kind().word());
            String parameterName = o.model().kind() == org.corridorsim.scenario.ObservationModel.Kind.RELATIVE ? "sd"
                    : "dispersion";
            o.model().prior().ifPresentOrElse(prior -> model.put(parameterName, prior), () -> {
                if (!Double.isNaN(o.model().parameter())) {
                    model.put(parameterName, o.model().parameter());
                }
            });
            o.bias().ifPresent(bias -> model.put("bias", bias));
        }
        Json.write(target, root);
    }

    private static ObjectNode parameter(ParameterPosterior p) {
        ObjectNode node = Json.object();
        Json.number(node, "mean", p.mean());
        Json.number(node, "median", p.median());
        Json.number(node, "low", p.low());
        Json.number(node, "high", p.high());
        Json.number(node, "level", p.level());
        return node;
    }

    private static void add(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }

    /**
     * One row per particle of every generation (the last generation is the posterior):
     * generation, hypothesis, one column per parameter path (empty where the hypothesis does not
     * have it; durations in seconds), weight (normalised within the generation), seed (the
     * experiment seed whose replication 0 the particle simulated) and distance.
     */
    static void writePosteriorCsv(Path target, FitResult result) throws IOException {
        List<String> paths = result.parameters();
        List<Particle> particles = result.particlesOfAllGenerations();
        AtomicFiles.write(target, out -> {
            List<String> header = new ArrayList<>(List.of("generation", "hypothesis"));
            paths.forEach(p -> header.add(Csv.text(p)));
            header.addAll(List.of("weight", "seed", "distance"));
            Csv.row(out, header);
            for (Particle p : particles) {
                List<String> fields = new ArrayList<>(header.size());
                fields.add(Integer.toString(p.generation()));
                fields.add(Csv.text(p.hypothesis()));
                for (String path : paths) {
                    Double value = p.parameters().get(path);
                    fields.add(value == null ? "" : Csv.number(value));
                }
                fields.add(Csv.number(p.weight()));
                fields.add(Long.toString(p.seed()));
                fields.add(Csv.number(p.distance()));
                Csv.row(out, fields);
            }
        });
    }
}
