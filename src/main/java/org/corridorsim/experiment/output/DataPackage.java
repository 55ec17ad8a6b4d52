package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.Provenance;

/**
 * A Frictionless Data Package descriptor ({@code datapackage.json}, profile 2.0) for the CSV files
 * of one result folder: every field's name, type, unit and meaning, so that pandas, R, frictionless
 * or a spreadsheet user can read the files without guessing. Empty CSV cells are missing values.
 */
final class DataPackage {

    static final String FILE = "datapackage.json";
    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    private final ObjectNode root = Json.object();
    private final ArrayNode resources;

    DataPackage(String name, String title, String description, Optional<Provenance> provenance) {
        root.put("$schema", PROFILE);
        root.put("name", packageName(name));
        root.put("title", title);
        root.put("description", description);
        provenance.ifPresent(p -> root.put("created", p.finished().toString()));
        ArrayNode contributors = root.putArray("contributors");
        contributors.addObject().put("title", "CorridorSim " + provenance.map(Provenance::version).orElse(""))
                .putArray("roles").add("producer");
        resources = root.putArray("resources");
    }

    /** A CSV file of the folder and its fields, in column order. */
    DataPackage table(String file, String description, List<ObjectNode> fields, List<String> primaryKey) {
        ObjectNode resource = resources.addObject();
        resource.put("name", file.substring(0, file.lastIndexOf('.')));
        resource.put("path", file);
        resource.put("type", "table");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("description", description);
        ObjectNode schema = resource.putObject("schema");
        ArrayNode array = schema.putArray("fields");
        fields.forEach(array::add);
        schema.putArray("missingValues").add("");
        if (!primaryKey.isEmpty()) {
            ArrayNode key = schema.putArray("primaryKey");
            primaryKey.forEach(key::add);
        }
        return this;
    }

    void write(Path directory) throws IOException {
        Json.write(directory.resolve(FILE), root);
    }

    static ObjectNode field(String name, String type, String description) {
        ObjectNode field = Json.object();
        field.put("name", name);
        field.put("type", type);
        field.put("description", description);
        return field;
    }

    /** A number field with a unit ({@code person}, {@code second}, …); no unit is left out. */
    static ObjectNode number(String name, String description, String unit) {
        ObjectNode field = field(name, "number", description);
        if (!unit.isEmpty()) {
            field.put("unit", unit);
        }
        return field;
    }

    static ObjectNode required(ObjectNode field) {
        field.putObject("constraints").put("required", true);
        return field;
    }

    static ObjectNode oneOf(ObjectNode field, List<String> values) {
        ArrayNode allowed = field.withObject("/constraints").putArray("enum");
        values.forEach(allowed::add);
        return field;
    }

    /** The fields of a metric's mean, half-width and so on, described from the metric glossary. */
    static List<ObjectNode> metricFields(String metric, List<String> suffixes, List<String> whats) {
        MetricGlossary.Entry entry = MetricGlossary.describe(metric);
        List<ObjectNode> fields = new ArrayList<>();
        for (int i = 0; i < suffixes.size(); i++) {
            fields.add(number(metric + suffixes.get(i), whats.get(i) + entry.description(), entry.unit()));
        }
        return fields;
    }

    /** {@code 3600} as "1 h (3600 s)", {@code 900} as "15 min (900 s)", {@code 45} as "45 s". */
    static String duration(double seconds) {
        String plain = Decimals.shortest(seconds) + " s";
        if (seconds >= 3600 && seconds % 3600 == 0) {
            return Decimals.shortest(seconds / 3600) + " h (" + plain + ")";
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return Decimals.shortest(seconds / 60) + " min (" + plain + ")";
        }
        return plain;
    }

    /** Package names are lower-case letters, digits and {@code - . _}. */
    static String packageName(String id) {
        String name = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return name.isEmpty() ? "corridorsim-results" : name;
    }
}
