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
     * Writes {@code summary.json} and {@code timeseries.csv} into {@code directory};
     * {@code replications.csv} is streamed during the run by {@link ReplicationRows}.
     *
     * @param clock turns simulation seconds into local date-times, e.g. {@code scenario::localTime}
     */
    public static void writeAll(Path directory, ExperimentResult result, DoubleFunction<LocalDateTime> clock)
            throws IOException {
        writeSummaryJson(directory.resolve(SUMMARY_JSON), result);
        writeTimeseriesCsv(directory.resolve(TIMESERIES_CSV), result, clock);
    }

    /**
     * {@code {"format": "corridorsim-summary/1", "scenario", "replications", "seed", "confidence",
     * "complete", "requested", "completed", "failure": {"replication", "message"} or null,
     * "stop" (only under a precision target: {"reason": "precision-met" | "max-replications" |
     * "incomplete", "metric", "target", "achieved"}, relative half-widths),
     * "metrics": {NAME: {"mean", "halfWidth", "stdDev", "min", "max", "n"}}}}, metrics in model
     * order; values that do not exist (the spread of a single replication, a mean nobody
     * observed) are null, and n counts the replications that observed the metric.
     * {@code replications} equals {@code completed}.
     */
    public static void writeSummaryJson(Path target, ExperimentResult result) throws IOException {
        var root = Json.header(SUMMARY_FORMAT, result);
        Json.completion(root, result);
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
