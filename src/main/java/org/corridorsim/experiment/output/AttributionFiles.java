package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corridorsim.experiment.AttributionResult;
import org.corridorsim.experiment.Estimate;
import org.corridorsim.experiment.PolicyEffect;
import org.corridorsim.experiment.Provenance;

/** The files of an attribution: {@code attribution.json} and {@code attribution.csv}. */
public final class AttributionFiles {

    static final String ATTRIBUTION_JSON = "attribution.json";
    static final String ATTRIBUTION_CSV = "attribution.csv";
    static final String ATTRIBUTION_FORMAT = "corridorsim-attribution/1";

    private AttributionFiles() {
    }

    /**
     * Writes {@code attribution.json} and {@code attribution.csv} into {@code directory}, without provenance
     * and without {@code datapackage.json}.
     *
     * @param directory the folder to write into; it must exist
     * @param result the attribution to write
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, AttributionResult result) throws IOException {
        writeJson(directory.resolve(ATTRIBUTION_JSON), result, Optional.empty());
        writeCsv(directory.resolve(ATTRIBUTION_CSV), result);
    }

    /**
     * Writes the files, {@code attribution.json} with its provenance, and {@code datapackage.json}.
     *
     * @param directory the folder to write into; it must exist
     * @param result the attribution to write
     * @param provenance how the result was produced, written into {@code attribution.json}
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, AttributionResult result, Provenance provenance) throws IOException {
        writeJson(directory.resolve(ATTRIBUTION_JSON), result, Optional.of(provenance));
        writeCsv(directory.resolve(ATTRIBUTION_CSV), result);
        dataPackage(result, Optional.of(provenance)).write(directory);
    }

    private static DataPackage dataPackage(AttributionResult result, Optional<Provenance> provenance) {
        String level = Math.round(result.confidence() * 1000) / 10.0 + "%";
        List<ObjectNode> fields = List.of(
                DataPackage.field("policy", "string", "Blocking policy id; empty on the rows of none and all."),
                DataPackage.oneOf(DataPackage.required(DataPackage.field("statistic", "string", "none and all: "
                        + result.metric() + " with no policy and with every policy; shapley, alone (only this policy "
                        + "against none) and removed (all against all but this one): differences in " + result.metric()
                        + ".")), List.of("none", "all", "shapley", "alone", "removed")),
                DataPackage.number("mean", "Mean over replications, in the metric's unit.", ""),
                DataPackage.number("half_width", "Half-width of the " + level + " confidence interval of the mean.", ""),
                DataPackage.field("n", "integer", "Replications with a value."));
        return new DataPackage(result.scenarioId() + "-attribution", "Attribution of " + result.metric() + " in "
                + result.scenarioId(), "Each blocking policy's effect on " + result.metric()
                + " under common random numbers; attribution.json holds the same figures and the provenance.", provenance)
                .table(ATTRIBUTION_CSV, "One row for none and all, three per policy.", fields, List.of());
    }

    /**
     * {@code {"format": "corridorsim-attribution/1", "metric", "replications", "none": ESTIMATE,
     * "all": ESTIMATE, "policies": {ID: {"shapley": ESTIMATE, "alone": ESTIMATE, "removed":
     * ESTIMATE}}, "scenario", "seed", "confidence", "method", "permutations", "subsets",
     * "provenance"}} with
     * {@code ESTIMATE = {"mean", "halfWidth"}} (null where there is no value) and policies sorted
     * by id. {@code none} and {@code all} hold the metric; the policy entries hold differences:
     * {@code alone} against {@code none}, {@code removed} against {@code all}.
     */
    static void writeJson(Path target, AttributionResult result) throws IOException {
        writeJson(target, result, Optional.empty());
    }

    private static void writeJson(Path target, AttributionResult result, Optional<Provenance> provenance)
            throws IOException {
        ObjectNode root = Json.object();
        root.put("format", ATTRIBUTION_FORMAT);
        root.put("metric", result.metric());
        root.put("replications", result.replications());
        root.put("n", result.n());
        root.set("none", estimate(result.none()));
        root.set("all", estimate(result.all()));
        ObjectNode policies = root.putObject("policies");
        for (PolicyEffect effect : result.effects().values()) {
            ObjectNode node = policies.putObject(effect.policy());
            node.set("shapley", estimate(effect.shapley()));
            node.set("alone", estimate(effect.alone()));
            node.set("removed", estimate(effect.removed()));
        }
        root.put("scenario", result.scenarioId());
        root.put("seed", result.seed());
        Json.number(root, "confidence", result.confidence());
        root.put("method", result.method().name().toLowerCase(Locale.ROOT));
        root.put("permutations", result.permutations());
        root.put("subsets", result.subsets());
        provenance.ifPresent(p -> ProvenanceJson.put(root, p));
        Json.write(target, root);
    }

    /**
     * One row per figure: {@code policy,statistic,mean,half_width,n}; {@code statistic} is
     * {@code none} or {@code all} (the metric, with an empty policy) or {@code shapley},
     * {@code alone}, {@code removed} (differences).
     */
    static void writeCsv(Path target, AttributionResult result) throws IOException {
        AtomicFiles.write(target, out -> {
            Csv.row(out, List.of("policy", "statistic", "mean", "half_width", "n"));
            Csv.row(out, row("", "none", result.none()));
            Csv.row(out, row("", "all", result.all()));
            for (PolicyEffect effect : result.effects().values()) {
                Csv.row(out, row(effect.policy(), "shapley", effect.shapley()));
                Csv.row(out, row(effect.policy(), "alone", effect.alone()));
                Csv.row(out, row(effect.policy(), "removed", effect.removed()));
            }
        });
    }

    private static List<String> row(String policy, String statistic, Estimate estimate) {
        return List.of(Csv.text(policy), statistic, Csv.number(estimate.mean()), Csv.number(estimate.halfWidth()),
                Integer.toString(estimate.n()));
    }

    private static ObjectNode estimate(Estimate estimate) {
        ObjectNode node = Json.object();
        Json.number(node, "mean", estimate.mean());
        Json.number(node, "halfWidth", estimate.halfWidth());
        node.put("n", estimate.n());
        return node;
    }
}
