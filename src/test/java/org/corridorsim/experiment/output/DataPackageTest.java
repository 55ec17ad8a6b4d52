package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridorsim.experiment.Comparison;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Models;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.Sweep;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.experiment.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every result folder's datapackage.json is a valid Frictionless Data Package (profile 2.0, from
 * src/test/resources/frictionless), each resource's schema a valid Table Schema, and the CSV files
 * match their schemas: the same columns in order, values of the declared types and constraints.
 */
class DataPackageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static Schema packageProfile;
    private static Schema tableSchemaProfile;
    private static final Instant START = Instant.parse("2026-11-27T15:00:00Z");

    @TempDir
    Path dir;

    @BeforeAll
    static void loadProfiles() throws IOException {
        packageProfile = REGISTRY.getSchema(resource("/frictionless/datapackage.json"));
        tableSchemaProfile = REGISTRY.getSchema(resource("/frictionless/tableschema.json"));
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = DataPackageTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }

    private static Provenance provenance() {
        return Provenance.of(List.of(), List.of("corridors.C1.checkpoint.lanes=3"), 5, 3, 1, START, START);
    }

    @Test
    void anExperimentFolderIsAValidDataPackageMatchingItsFiles() throws IOException {
        Experiment experiment = Experiment.of(Models.checkpoints(2, 2, List.of())).scenario("Aleppo 2016", "East")
                .replications(3).seed(5);
        ExperimentResult result;
        try (ReplicationRows rows = ReplicationRows.open(dir.resolve("replications.csv"),
                experiment.model().metricNames().names())) {
            result = experiment.onOutcome(rows).run();
            rows.commit();
        }
        OffsetDateTime start = OffsetDateTime.of(2016, 10, 20, 8, 0, 0, 0, ZoneOffset.ofHours(3));
        ExperimentFiles.writeAll(dir, result, s -> start.plusSeconds(Math.round(s)), provenance());
        JsonNode descriptor = validPackage();
        assertEquals("aleppo-2016", descriptor.get("name").asText());
        assertEquals(Set.of("replications.csv", "timeseries.csv"), paths(descriptor));
        JsonNode timeseries = table(descriptor, "timeseries.csv");
        assertTrue(field(timeseries, "bin_start").get("description").asText().contains("1 h (3600 s)"),
                "the bin width is stated");
        JsonNode evacuated = field(table(descriptor, "replications.csv"), "evacuated");
        assertEquals("person", evacuated.get("unit").asText());
        assertTrue(evacuated.get("description").asText().startsWith("Persons out"));
        assertEquals("second", field(table(descriptor, "replications.csv"), "time-in-system").get("unit").asText());
    }

    @Test
    void aComparisonFolderIsAValidDataPackage() throws IOException {
        var comparison = Comparison.run(Experiment.of(Models.checkpoint(1)).scenario("x", "X").replications(3).seed(3),
                List.of(new Variant("one", Models.checkpoint(1)), new Variant("two", Models.checkpoint(2))));
        ComparisonFiles.writeAll(dir, comparison, provenance());
        assertEquals(Set.of("comparison.csv"), paths(validPackage()));
    }

    @Test
    void anAttributionFolderIsAValidDataPackage() throws IOException {
        var scenario = new org.corridorsim.scenario.ScenarioLoader()
                .load(Path.of("src/test/resources/scenarios/two-interceptions.yaml"));
        AttributionFiles.writeAll(dir, org.corridorsim.experiment.Attribution.of(scenario).replications(3).run(),
                provenance());
        assertEquals(Set.of("attribution.csv"), paths(validPackage()));
        assertEquals("corridorsim-attribution/1", JSON.readTree(dir.resolve("attribution.json").toFile())
                .get("format").asText());
    }

    @Test
    void aFitFolderIsAValidDataPackage() throws Exception {
        var scenario = new org.corridorsim.scenario.ScenarioLoader()
                .load(Path.of("src/test/resources/inference/two-corridors.yaml"));
        var fit = org.corridorsim.inference.Fit.of(scenario).particles(20).seed(3).predictiveDraws(0).run();
        FitFiles.writeAll(dir, fit, provenance());
        JsonNode posterior = table(validPackage(), "posterior.csv");
        assertEquals("number", field(posterior, "blocking.block-a.probability").get("type").asText());
        assertEquals("corridorsim-fit/1", JSON.readTree(dir.resolve("fit.json").toFile()).get("format").asText());
    }

    @Test
    void aSweepFolderIsAValidDataPackageWithOneColumnPerParameter() throws IOException {
        List<SweepRow> rows = Sweep.run(Experiment.of(Models.checkpoint(1)).replications(2).seed(5),
                List.of(new Variant("lanes=1, screening=5m", Models.checkpoint(1)),
                        new Variant("lanes=2, screening=5m", Models.checkpoint(2))));
        List<Map<String, String>> parameters = new ArrayList<>();
        for (String lanes : List.of("1", "2")) {
            Map<String, String> point = new LinkedHashMap<>();
            point.put("lanes", lanes);
            point.put("screening", "5m");
            parameters.add(point);
        }
        SweepFiles.writeAll(dir, rows, parameters, provenance());
        JsonNode descriptor = validPackage();
        JsonNode sweep = table(descriptor, "sweep.csv");
        assertEquals("number", field(sweep, "lanes").get("type").asText());
        assertEquals("string", field(sweep, "screening").get("type").asText());
        List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
        assertTrue(lines.get(0).startsWith("point,lanes,screening,replications,"), lines.get(0));
        assertTrue(lines.get(2).startsWith("\"lanes=2, screening=5m\",2,5m,2,"), lines.get(2));
        JsonNode json = JSON.readTree(dir.resolve("sweep.json").toFile());
        assertEquals("corridorsim-sweep/1", json.get("format").asText());
        assertEquals("2", json.get("points").get(1).get("parameters").get("lanes").asText());
        assertEquals(rows.get(1).summary("evacuated").mean(),
                json.get("points").get(1).get("metrics").get("evacuated").get("mean").asDouble());
        assertEquals("corridors.C1.checkpoint.lanes=3", json.get("provenance").get("overrides").get(0).asText());
    }

    /** Reads datapackage.json and checks it against the profiles and against the CSV files it names. */
    private JsonNode validPackage() throws IOException {
        JsonNode descriptor = JSON.readTree(dir.resolve("datapackage.json").toFile());
        assertEquals(List.of(), messages(packageProfile.validate(descriptor)), "Data Package profile");
        for (JsonNode resource : descriptor.get("resources")) {
            JsonNode schema = resource.get("schema");
            assertEquals(List.of(), messages(tableSchemaProfile.validate(schema)), resource.get("path").asText());
            checkCsv(dir.resolve(resource.get("path").asText()), schema);
        }
        try (var files = Files.list(dir)) {
            Set<String> csvs = new java.util.TreeSet<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv")).toList());
            assertEquals(csvs, new java.util.TreeSet<>(paths(descriptor)), "every CSV written is described");
        }
        return descriptor;
    }

    private static void checkCsv(Path file, JsonNode schema) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> names = new ArrayList<>();
        schema.get("fields").forEach(f -> names.add(f.get("name").asText()));
        assertEquals(names, splitCsv(lines.get(0)), file + " columns");
        assertTrue(lines.size() > 1, file + " has rows");
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = splitCsv(line);
            assertEquals(names.size(), values.size(), line);
            for (int i = 0; i < names.size(); i++) {
                JsonNode field = schema.get("fields").get(i);
                String value = values.get(i);
                assertFalse(field.get("description").asText().isBlank(), names.get(i) + " is described");
                if (value.isEmpty()) {
                    assertFalse(field.path("constraints").path("required").asBoolean(), names.get(i) + " is required");
                    continue;
                }
                String where = file.getFileName() + " " + names.get(i) + "=" + value;
                switch (field.get("type").asText()) {
                    case "number" -> assertTrue(Double.isFinite(Double.parseDouble(value)) && !value.contains("E"), where);
                    case "integer" -> Long.parseLong(value);
                    case "boolean" -> assertTrue(value.equals("true") || value.equals("false"), where);
                    case "datetime" -> OffsetDateTime.parse(value);
                    case "string" -> { }
                    default -> throw new AssertionError("unexpected type in " + where);
                }
                JsonNode allowed = field.path("constraints").path("enum");
                if (allowed.isArray()) {
                    List<String> options = new ArrayList<>();
                    allowed.forEach(a -> options.add(a.asText()));
                    assertTrue(options.contains(value), where);
                }
            }
        }
    }

    /** RFC 4180 fields of one line (no line breaks inside fields in these files). */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static Set<String> paths(JsonNode descriptor) {
        Set<String> paths = new java.util.TreeSet<>();
        descriptor.get("resources").forEach(r -> paths.add(r.get("path").asText()));
        return paths;
    }

    private static JsonNode table(JsonNode descriptor, String path) {
        for (JsonNode r : descriptor.get("resources")) {
            if (r.get("path").asText().equals(path)) {
                return r.get("schema");
            }
        }
        throw new AssertionError("no resource " + path);
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode f : schema.get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }
}
