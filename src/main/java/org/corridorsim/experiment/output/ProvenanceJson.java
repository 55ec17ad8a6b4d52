package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.Provenance;

/**
 * The {@code provenance} object of the result files, for every writer of a result file
 * ({@code summary.json}, {@code comparison.json}, {@code sweep.json}, {@code fit.json},
 * {@code attribution.json}):
 *
 * <pre>{@code
 * "provenance": {
 *   "corridorsim": {"version": "0.1.0", "commit": "8d8b3d9…" or null},
 *   "scenarios": [{"path": "scenarios/aleppo-2016-10.yaml", "sha256": "…"}],
 *   "overrides": ["corridors.C1.checkpoint.lanes=6"],
 *   "seed": 20161015, "replications": 100, "threads": 2,
 *   "started": "2026-11-27T15:51:25.123Z", "finished": "2026-11-27T15:51:31.456Z",
 *   "java": {"version": "17.0.12+7-Debian-2", "vendor": "Debian"}
 * }
 * }</pre>
 *
 * Times are ISO 8601 in UTC with their offset ({@code Z}).
 */
public final class ProvenanceJson {

    /** The field name under which result files hold the provenance. */
    public static final String FIELD = "provenance";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private ProvenanceJson() {
    }

    /** Sets {@code root.provenance} to {@code provenance}. */
    static void put(ObjectNode root, Provenance provenance) {
        root.set(FIELD, toJson(provenance));
    }

    /**
     * The JSON form of a provenance: build version and commit, scenario files with their SHA-256,
     * overrides, seed, replications, threads, start and finish (ISO 8601, UTC) and Java version and vendor.
     *
     * @param p the provenance
     * @return a new JSON object holding it
     */
    public static ObjectNode toJson(Provenance p) {
        ObjectNode node = Json.object();
        ObjectNode build = node.putObject("corridorsim");
        build.put("version", p.version());
        if (p.commit().isPresent()) {
            build.put("commit", p.commit().get());
        } else {
            build.putNull("commit");
        }
        var scenarios = node.putArray("scenarios");
        for (Provenance.ScenarioFile file : p.scenarios()) {
            scenarios.addObject().put("path", file.path()).put("sha256", file.sha256());
        }
        var overrides = node.putArray("overrides");
        p.overrides().forEach(overrides::add);
        node.put("seed", p.seed());
        node.put("replications", p.replications());
        node.put("threads", p.threads());
        node.put("started", TIME.format(p.started()));
        node.put("finished", TIME.format(p.finished()));
        node.putObject("java").put("version", p.javaVersion()).put("vendor", p.javaVendor());
        return node;
    }

    /**
     * Reads back what {@link #toJson} wrote; empty if {@code node} is not such an object.
     *
     * @param node the JSON to read
     * @return the provenance, or empty
     */
    public static Optional<Provenance> fromJson(JsonNode node) {
        try {
            JsonNode build = node.path("corridorsim");
            List<Provenance.ScenarioFile> scenarios = new ArrayList<>();
            for (JsonNode file : node.path("scenarios")) {
                scenarios.add(new Provenance.ScenarioFile(file.path("path").asText(), file.path("sha256").asText()));
            }
            List<String> overrides = new ArrayList<>();
            node.path("overrides").forEach(o -> overrides.add(o.asText()));
            JsonNode commit = build.path("commit");
            return Optional.of(new Provenance(build.path("version").asText(),
                    commit.isTextual() ? Optional.of(commit.asText()) : Optional.empty(), scenarios, overrides,
                    node.path("seed").asLong(), node.path("replications").asInt(), node.path("threads").asInt(),
                    Instant.parse(node.path("started").asText()), Instant.parse(node.path("finished").asText()),
                    node.path("java").path("version").asText(), node.path("java").path("vendor").asText()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The provenance recorded in a result file, if the file exists and holds one.
     *
     * @throws IOException if the file exists but cannot be read
     * @param resultFile a JSON result file such as {@code summary.json}
     * @return the provenance, or empty if the file is missing or holds none
     */
    public static Optional<Provenance> read(Path resultFile) throws IOException {
        if (!Files.isRegularFile(resultFile)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = Json.reader().readTree(resultFile.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
        return root == null || !root.has(FIELD) ? Optional.empty() : fromJson(root.get(FIELD));
    }
}
