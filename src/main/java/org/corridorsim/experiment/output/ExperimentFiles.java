package org.corridorsim.experiment.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.ThroughputSummary;

/** The files of one experiment: {@code summary.json}, {@code replications.csv} and {@code timeseries.csv}. */
public final class ExperimentFiles {

    public static final String SUMMARY_JSON = "summary.json";
    public static final String REPLICATIONS_CSV = "replications.csv";
    public static final String TIMESERIES_CSV = "timeseries.csv";
    public static final String SUMMARY_FORMAT = "corridorsim-summary/1";

    private ExperimentFiles() {
    }

    /**
     * Writes the three files into {@code directory}.
     *
     * @param clock turns simulation seconds into local date-times, e.g. {@code scenario::localTime}
     */
    public static void writeAll(Path directory, ExperimentResult result, DoubleFunction<LocalDateTime> clock)
            throws IOException {
        writeSummaryJson(directory.resolve(SUMMARY_JSON), result);
        writeReplicationsCsv(directory.resolve(REPLICATIONS_CSV), result);
        writeTimeseriesCsv(directory.resolve(TIMESERIES_CSV), result, clock);
    }

    /**
     * {@code {"format": "corridorsim-summary/1", "scenario", "replications", "seed", "confidence",
     * "stop" (only under a precision target: {"reason": "precision-met" | "max-replications" |
     * "incomplete", "metric", "target", "achieved"}, relative half-widths),
     * "metrics": {NAME: {"mean", "halfWidth", "stdDev", "min", "max", "n"}}}}, metrics in model
     * order; values that do not exist (the spread of a single replication, a mean nobody
     * observed) are null, and n counts the replications that observed the metric.
     */
    public static void writeSummaryJson(Path target, ExperimentResult result) throws IOException {
        var root = Json.header(SUMMARY_FORMAT, result);
        result.precision().ifPresent(precision -> {
            var stop = root.putObject("stop");
            stop.put("reason", result.stop() == ExperimentResult.Stop.PRECISION_MET ? "precision-met"
                    : result.stop() == ExperimentResult.Stop.MAX_REPLICATIONS ? "max-replications" : "incomplete");
            stop.put("metric", precision.metric());
            Json.number(stop, "target", precision.relativeHalfWidth());
            Json.number(stop, "achieved", result.achievedPrecision());
        });
        var metrics = root.putObject("metrics");
        result.summaries().forEach((name, summary) -> metrics.set(name, Json.summary(summary)));
        Json.write(target, root);
    }

    /** One row per replication: its index, then one column per metric in model order. */
    public static void writeReplicationsCsv(Path target, ExperimentResult result) throws IOException {
        double[][] values = result.values();
        AtomicFiles.write(target, out -> {
            List<String> header = new ArrayList<>();
            header.add("replication");
            result.metrics().forEach(name -> header.add(Csv.text(name)));
            Csv.row(out, header);
            for (int row = 0; row < values.length; row++) {
                List<String> fields = new ArrayList<>(values[row].length + 1);
                fields.add(Integer.toString(result.replicationIndex(row)));
                for (double value : values[row]) {
                    fields.add(Csv.number(value));
                }
                Csv.row(out, fields);
            }
        });
    }

    /**
     * {@code bin_start,corridor,kind,evacuated_mean,evacuated_low,evacuated_high}: persons
     * evacuated per bin, bins in time order and within a bin the series in model order. Corridor
     * and kind are {@code all} for totals. The interval ends are empty for a single replication.
     *
     * @param clock turns a bin's start in simulation seconds into a local date-time
     */
    public static void writeTimeseriesCsv(Path target, ExperimentResult result, DoubleFunction<LocalDateTime> clock)
            throws IOException {
        List<ThroughputSummary> series = result.throughput();
        int bins = series.isEmpty() ? 0 : series.get(0).bins();
        AtomicFiles.write(target, out -> {
            Csv.row(out, List.of("bin_start", "corridor", "kind", "evacuated_mean", "evacuated_low", "evacuated_high"));
            for (int bin = 0; bin < bins; bin++) {
                String start = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(clock.apply(series.get(0).binStart(bin)));
                for (ThroughputSummary s : series) {
                    Csv.row(out, List.of(start, Csv.text(s.corridor()), Csv.text(s.kind()), Csv.number(s.mean(bin)),
                            Csv.number(s.lower(bin)), Csv.number(s.upper(bin))));
                }
            }
        });
    }
}
