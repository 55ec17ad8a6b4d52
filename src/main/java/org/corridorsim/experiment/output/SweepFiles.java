package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.stats.Summary;

/** The files of a parameter sweep: {@code sweep.csv}, {@code sweep.json} and {@code datapackage.json}. */
public final class SweepFiles {

    static final String SWEEP_CSV = "sweep.csv";
    /** File name of the sweep's JSON summary. */
    public static final String SWEEP_JSON = "sweep.json";
    static final String SWEEP_FORMAT = "corridorsim-sweep/1";

    private SweepFiles() {
    }

    /**
     * Writes {@code sweep.csv}, {@code sweep.json} (with the provenance) and {@code datapackage.json}.
     *
     * @param parameters for each row, the swept parameters and their values at that point, e.g.
     *        {@code {"blocking.interception-east.probability": "0.5"}}, in the order swept
     * @param directory the folder to write into; it must exist
     * @param rows one row per point of the sweep
     * @param provenance how the sweep was produced, written into {@code sweep.json}
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, List<SweepRow> rows, List<Map<String, String>> parameters,
            Provenance provenance) throws IOException {
        writeCsv(directory.resolve(SWEEP_CSV), rows, parameters);
        writeJson(directory.resolve(SWEEP_JSON), rows, parameters, Optional.of(provenance));
        dataPackage(rows, parameters, Optional.of(provenance)).write(directory);
    }

    /**
     * {@code sweep.csv} without parameter columns; see {@link #writeCsv(Path, List, List)}.
     *
     * @param target the file to write, replaced as a whole
     * @param rows one row per point of the sweep
     * @throws IOException if a file cannot be written
     */
    public static void writeCsv(Path target, List<SweepRow> rows) throws IOException {
        writeCsv(target, rows, rows.stream().map(row -> Map.<String, String>of()).toList());
    }

    /**
     * One row per point: {@code point}, one column per swept parameter holding its value at the
     * point (named by the parameter's path), {@code replications}, then {@code NAME_mean,
     * NAME_half_width} for every metric of any point (the first point's in model order, then
     * others as first met). A metric a point lacks, or a half-width from a single replication, is
     * empty.
     *
     * @param target the file to write, replaced as a whole
     * @param rows one row per point of the sweep
     * @param parameters for each row, the swept parameters and their values at that point
     * @throws IOException if a file cannot be written
     */
    public static void writeCsv(Path target, List<SweepRow> rows, List<Map<String, String>> parameters)
            throws IOException {
        requireAligned(rows, parameters);
        Set<String> metrics = metrics(rows);
        List<String> names = parameterNames(parameters);
        AtomicFiles.write(target, out -> {
            List<String> header = new ArrayList<>(List.of("point"));
            names.forEach(name -> header.add(Csv.text(name)));
            header.add("replications");
            for (String metric : metrics) {
                header.add(Csv.text(metric + "_mean"));
                header.add(Csv.text(metric + "_half_width"));
            }
            Csv.row(out, header);
            for (int r = 0; r < rows.size(); r++) {
                SweepRow row = rows.get(r);
                List<String> fields = new ArrayList<>(List.of(Csv.text(row.label())));
                for (String name : names) {
                    fields.add(Csv.text(parameters.get(r).getOrDefault(name, "")));
                }
                fields.add(Integer.toString(row.result().replications()));
                for (String metric : metrics) {
                    Summary s = row.summaries().get(metric);
                    fields.add(s == null ? "" : Csv.number(s.mean()));
                    fields.add(s == null ? "" : Csv.number(s.halfWidth()));
                }
                Csv.row(out, fields);
            }
        });
    }

    /**
     * {@code {"format": "corridorsim-sweep/1", "scenario", "replications", "seed", "confidence",
     * "parameters": [PATH...], "points": [{"label", "parameters": {PATH: VALUE}, "replications",
     * "metrics": {NAME: SUMMARY}}], "provenance"}} with summaries shaped as in summary.json.
     */
    private static void writeJson(Path target, List<SweepRow> rows, List<Map<String, String>> parameters,
            Optional<Provenance> provenance) throws IOException {
        requireAligned(rows, parameters);
        var root = Json.header(SWEEP_FORMAT, rows.get(0).result());
        var names = root.putArray("parameters");
        parameterNames(parameters).forEach(names::add);
        var points = root.putArray("points");
        for (int r = 0; r < rows.size(); r++) {
            SweepRow row = rows.get(r);
            ObjectNode point = points.addObject();
            point.put("label", row.label());
            var values = point.putObject("parameters");
            parameters.get(r).forEach(values::put);
            point.put("replications", row.result().replications());
            var metrics = point.putObject("metrics");
            row.summaries().forEach((name, summary) -> metrics.set(name, Json.summary(summary)));
        }
        provenance.ifPresent(p -> ProvenanceJson.put(root, p));
        Json.write(target, root);
    }

    private static DataPackage dataPackage(List<SweepRow> rows, List<Map<String, String>> parameters,
            Optional<Provenance> provenance) {
        var first = rows.get(0).result();
        String level = Math.round(first.confidence() * 1000) / 10.0 + "%";
        List<ObjectNode> fields = new ArrayList<>();
        fields.add(DataPackage.required(DataPackage.field("point", "string",
                "The point's label: its parameter values, as PATH=VALUE.")));
        for (String name : parameterNames(parameters)) {
            boolean numeric = parameters.stream().map(p -> p.get(name))
                    .allMatch(v -> v != null && v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"));
            fields.add(DataPackage.field(name, numeric ? "number" : "string",
                    "Value of the swept scenario parameter " + name + " at this point (as written with --set)."));
        }
        fields.add(DataPackage.field("replications", "integer", "Replications run at this point."));
        for (String metric : metrics(rows)) {
            fields.addAll(DataPackage.metricFields(metric, List.of("_mean", "_half_width"),
                    List.of("Mean over replications. ", "Half-width of the " + level + " confidence interval of the "
                            + "mean; empty for a single replication. ")));
        }
        return new DataPackage(first.scenarioId() + "-sweep", "Sweep of " + first.scenarioId(),
                "Parameter sweep of " + first.scenarioId() + " over " + rows.size() + " points, each with seed "
                        + first.seed() + " (common random numbers); sweep.json holds the full summaries and the "
                        + "provenance.", provenance)
                .table(SWEEP_CSV, "One row per sweep point: the swept values, then each metric's mean and "
                        + "half-width.", fields, List.of("point"));
    }

    private static Set<String> metrics(List<SweepRow> rows) {
        Set<String> metrics = new LinkedHashSet<>();
        rows.forEach(row -> metrics.addAll(row.result().metrics()));
        return metrics;
    }

    private static List<String> parameterNames(List<Map<String, String>> parameters) {
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.addAll(p.keySet()));
        return List.copyOf(names);
    }

    private static void requireAligned(List<SweepRow> rows, List<Map<String, String>> parameters) {
        if (rows.isEmpty() || rows.size() != parameters.size()) {
            throw new IllegalArgumentException("a sweep needs at least one row and the parameters of each, got "
                    + rows.size() + " rows and " + parameters.size() + " parameter sets");
        }
    }
}
