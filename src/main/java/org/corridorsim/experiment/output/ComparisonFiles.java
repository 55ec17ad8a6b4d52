package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.stats.Summary;

/** The files of a comparison: {@code comparison.csv}, {@code comparison.json} and {@code datapackage.json}. */
public final class ComparisonFiles {

    static final String COMPARISON_CSV = "comparison.csv";
    /** File name of the comparison's JSON summary. */
    public static final String COMPARISON_JSON = "comparison.json";
    static final String COMPARISON_FORMAT = "corridorsim-comparison/1";

    private ComparisonFiles() {
    }

    /**
     * Writes {@code comparison.csv}, {@code comparison.json} and {@code datapackage.json} into
     * {@code directory}, without provenance.
     *
     * @param directory the folder to write into; it must exist
     * @param comparison the comparison to write
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, ComparisonResult comparison) throws IOException {
        write(directory, comparison, Optional.empty());
    }

    /**
     * Writes the files, {@code comparison.json} with its provenance.
     *
     * @param directory the folder to write into; it must exist
     * @param comparison the comparison to write
     * @param provenance how the comparison was produced, written into {@code comparison.json}
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, ComparisonResult comparison, Provenance provenance)
            throws IOException {
        write(directory, comparison, Optional.of(provenance));
    }

    private static void write(Path directory, ComparisonResult comparison, Optional<Provenance> provenance)
            throws IOException {
        writeCsv(directory.resolve(COMPARISON_CSV), comparison);
        writeJson(directory.resolve(COMPARISON_JSON), comparison, provenance);
        dataPackage(comparison, provenance).write(directory);
    }

    /**
     * One row per metric and variant: {@code metric,variant,mean,half_width,std_dev,min,max,n,
     * difference_mean,difference_half_width,difference_low,difference_high,conditional}. The
     * difference is the variant minus the baseline; its columns are empty on the baseline's rows
     * and for metrics not in every variant. {@code conditional} is {@code true} for metrics
     * averaged over evacuated groups only (time in system): their difference mixes the effect on
     * times with the effect on who got out.
     *
     * @param target the file to write, replaced as a whole
     * @param comparison the comparison to write
     * @throws IOException if a file cannot be written
     */
    public static void writeCsv(Path target, ComparisonResult comparison) throws IOException {
        AtomicFiles.write(target, out -> {
            Csv.row(out, List.of("metric", "variant", "mean", "half_width", "std_dev", "min", "max", "n",
                    "difference_mean", "difference_half_width", "difference_low", "difference_high", "conditional"));
            for (MetricComparison metric : comparison.metrics()) {
                String conditional = Boolean.toString(MetricGlossary.isConditional(metric.metric()));
                for (var entry : metric.summaries().entrySet()) {
                    Summary s = entry.getValue();
                    List<String> fields = new ArrayList<>(List.of(Csv.text(metric.metric()), Csv.text(entry.getKey()),
                            Csv.number(s.mean()), Csv.number(s.halfWidth()), Csv.number(s.stdDev()),
                            Csv.number(s.min()), Csv.number(s.max()), Integer.toString(s.n())));
                    Summary d = metric.differences().get(entry.getKey());
                    if (d == null) {
                        fields.addAll(List.of("", "", "", ""));
                    } else {
                        fields.addAll(List.of(Csv.number(d.mean()), Csv.number(d.halfWidth()), Csv.number(d.lower()),
                                Csv.number(d.upper())));
                    }
                    fields.add(conditional);
                    Csv.row(out, fields);
                }
            }
        });
    }

    /**
     * {@code {"format": "corridorsim-comparison/1", "scenario", "replications", "seed",
     * "confidence", "baseline", "variants": [LABEL...], "metrics": {NAME: {"conditional",
     * "variants": {LABEL: SUMMARY}, "differences": {LABEL: SUMMARY}}}, "provenance"}} with
     * summaries shaped as in summary.json.
     */
    static void writeJson(Path target, ComparisonResult comparison) throws IOException {
        writeJson(target, comparison, Optional.empty());
    }

    private static void writeJson(Path target, ComparisonResult comparison, Optional<Provenance> provenance)
            throws IOException {
        var root = Json.header(COMPARISON_FORMAT, comparison.results().get(0));
        root.put("baseline", comparison.baseline());
        var labels = root.putArray("variants");
        comparison.labels().forEach(labels::add);
        var metrics = root.putObject("metrics");
        for (MetricComparison metric : comparison.metrics()) {
            var node = metrics.putObject(metric.metric());
            node.put("conditional", MetricGlossary.isConditional(metric.metric()));
            var variants = node.putObject("variants");
            metric.summaries().forEach((label, summary) -> variants.set(label, Json.summary(summary)));
            var differences = node.putObject("differences");
            metric.differences().forEach((label, summary) -> differences.set(label, Json.summary(summary)));
        }
        provenance.ifPresent(p -> ProvenanceJson.put(root, p));
        Json.write(target, root);
    }

    private static DataPackage dataPackage(ComparisonResult comparison, Optional<Provenance> provenance) {
        double confidence = comparison.results().get(0).confidence();
        String level = Math.round(confidence * 1000) / 10.0 + "%";
        String id = comparison.results().get(0).scenarioId();
        List<ObjectNode> fields = List.of(
                DataPackage.required(DataPackage.field("metric", "string",
                        "Metric name, as in summary.json; see docs/model.md for each metric's meaning.")),
                DataPackage.required(DataPackage.field("variant", "string", "Variant label (the scenario id).")),
                DataPackage.number("mean", "Mean over replications, in the metric's unit.", ""),
                DataPackage.number("half_width", "Half-width of the " + level + " confidence interval of the mean.", ""),
                DataPackage.number("std_dev", "Standard deviation across replications.", ""),
                DataPackage.number("min", "Smallest replication value.", ""),
                DataPackage.number("max", "Largest replication value.", ""),
                DataPackage.field("n", "integer", "Replications with a value."),
                DataPackage.number("difference_mean", "Mean paired difference, variant minus baseline (common random "
                        + "numbers); empty on the baseline's rows.", ""),
                DataPackage.number("difference_half_width", "Half-width of the " + level
                        + " confidence interval of the difference.", ""),
                DataPackage.number("difference_low", "Lower end of the difference's confidence interval.", ""),
                DataPackage.number("difference_high", "Upper end of the difference's confidence interval.", ""),
                DataPackage.field("conditional", "boolean", "True for metrics averaged over evacuated groups only "
                        + "(time in system and its percentiles): a variant that lets fewer people out can look "
                        + "faster only because of who got out, so their differences are not improvements."));
        return new DataPackage(id + "-compare", "Comparison of " + String.join(", ", comparison.labels()),
                "Paired comparison of " + comparison.labels().size() + " variants against " + comparison.baseline()
                        + "; comparison.json holds the same figures and the provenance.", provenance)
                .table(COMPARISON_CSV, "One row per metric and variant.", fields, List.of("metric", "variant"));
    }
}
