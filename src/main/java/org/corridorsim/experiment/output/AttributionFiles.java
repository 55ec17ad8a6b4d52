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

    public static final String ATTRIBUTION_JSON = "attribution.json";
    public static final String ATTRIBUTION_CSV = "attribution.csv";
    public static final String ATTRIBUTION_FORMAT = "corridorsim-attribution/1";

    private AttributionFiles() {
    }

    public static void writeAll(Path directory, AttributionResult result) throws IOException {
        writeJson(directory.resolve(ATTRIBUTION_JSON), result, Optional.empty());
        writeCsv(directory.resolve(ATTRIBUTION_CSV), result);
    }

    /** Writes the files, {@code attribution.json} with its provenance. */
    public static void writeAll(Path directory, AttributionResult result, Provenance provenance) throws IOException {
        writeJson(directory.resolve(ATTRIBUTION_JSON), result, Optional.of(provenance));
        writeCsv(directory.resolve(ATTRIBUTION_CSV), result);
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
    public static void writeJson(Path target, AttributionResult result) throws IOException {
        writeJson(target, result, Optional.empty());
    }

    private static void writeJson(Path target, AttributionResult result, Optional<Provenance> provenance)
            throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", ATTRIBUTION_FORMAT);
        root.put("metric", result.metric());
        root.put("replications", result.replications());
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
    public static void writeCsv(Path target, AttributionResult result) throws IOException {
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
        ObjectNode node = Json.MAPPER.createObjectNode();
        Json.number(node, "mean", estimate.mean());
        Json.number(node, "halfWidth", estimate.halfWidth());
        return node;
    }
}
