package org.corridorsim.experiment.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.stats.Summary;

/** The files of a comparison: {@code comparison.csv} and {@code comparison.json}. */
public final class ComparisonFiles {

    public static final String COMPARISON_CSV = "comparison.csv";
    public static final String COMPARISON_JSON = "comparison.json";
    public static final String COMPARISON_FORMAT = "corridorsim-comparison/1";

    private ComparisonFiles() {
    }

    public static void writeAll(Path directory, ComparisonResult comparison) throws IOException {
        writeCsv(directory.resolve(COMPARISON_CSV), comparison);
        writeJson(directory.resolve(COMPARISON_JSON), comparison);
    }

    /**
     * One row per metric and variant: {@code metric,variant,mean,half_width,std_dev,min,max,n,
     * difference_mean,difference_half_width,difference_low,difference_high}. The difference is the
     * variant minus the baseline; its columns are empty on the baseline's rows and for metrics
     * not in every variant.
     */
    public static void writeCsv(Path target, ComparisonResult comparison) throws IOException {
        AtomicFiles.write(target, out -> {
            Csv.row(out, List.of("metric", "variant", "mean", "half_width", "std_dev", "min", "max", "n",
                    "difference_mean", "difference_half_width", "difference_low", "difference_high"));
            for (MetricComparison metric : comparison.metrics()) {
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
                    Csv.row(out, fields);
                }
            }
        });
    }

    /**
     * {@code {"format": "corridorsim-comparison/1", "scenario", "replications", "seed",
     * "confidence", "baseline", "variants": [LABEL...], "metrics": {NAME: {"variants": {LABEL:
     * SUMMARY}, "differences": {LABEL: SUMMARY}}}}} with summaries shaped as in summary.json.
     */
    public static void writeJson(Path target, ComparisonResult comparison) throws IOException {
        var root = Json.header(COMPARISON_FORMAT, comparison.results().get(0));
        root.put("baseline", comparison.baseline());
        var labels = root.putArray("variants");
        comparison.labels().forEach(labels::add);
        var metrics = root.putObject("metrics");
        for (MetricComparison metric : comparison.metrics()) {
            var node = metrics.putObject(metric.metric());
            var variants = node.putObject("variants");
            metric.summaries().forEach((label, summary) -> variants.set(label, Json.summary(summary)));
            var differences = node.putObject("differences");
            metric.differences().forEach((label, summary) -> differences.set(label, Json.summary(summary)));
        }
        Json.write(target, root);
    }
}
