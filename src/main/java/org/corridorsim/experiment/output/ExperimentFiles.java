package org.corridorsim.experiment.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.ThroughputSummary;
import org.corridorsim.model.MetricNames;

/**
 * The files of one experiment: {@code summary.json}, {@code replications.csv},
 * {@code timeseries.csv} and {@code datapackage.json}, which describes the two CSV files.
 */
public final class ExperimentFiles {

    /** File name of the experiment summary. */
    public static final String SUMMARY_JSON = "summary.json";
    /** File name of the per-replication metrics, written by {@link ReplicationRows}. */
    public static final String REPLICATIONS_CSV = "replications.csv";
    static final String TIMESERIES_CSV = "timeseries.csv";
    static final String DATAPACKAGE_JSON = DataPackage.FILE;
    static final String SUMMARY_FORMAT = "corridorsim-summary/1";
    /** The scenario as simulated, after overrides, next to the results. */
    public static final String RESOLVED_SCENARIO = "scenario.resolved.yaml";

    /** {@code scope} of a timeseries row: one corridor and one kind. */
    public static final String SCOPE_CORRIDOR_KIND = "corridor-kind";
    /** {@code scope} of a timeseries row: one corridor, all kinds. Summed, these rows give {@code evacuated}. */
    public static final String SCOPE_CORRIDOR = "corridor";
    /** {@code scope} of a timeseries row: one kind, all corridors. */
    public static final String SCOPE_KIND = "kind";
    /** {@code scope} of a timeseries row: all corridors and kinds. */
    public static final String SCOPE_TOTAL = "total";

    private ExperimentFiles() {
    }

    /**
     * Writes {@code summary.json}, {@code timeseries.csv} and {@code datapackage.json} into
     * {@code directory}, without provenance; {@code replications.csv} is streamed during the run
     * by {@link ReplicationRows}, and the data package describes it when it is there.
     *
     * @param clock turns simulation seconds into date-times with their UTC offset, e.g.
     *        {@code scenario::offsetTime}; a clock of local date-times gives times without offset
     * @param directory the folder to write into; it must exist
     * @param result the experiment to write
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, ExperimentResult result,
            DoubleFunction<? extends TemporalAccessor> clock) throws IOException {
        write(directory, result, clock, Optional.empty());
    }

    /**
     * Writes the files into {@code directory}, {@code summary.json} with its provenance.
     *
     * @param directory the folder to write into; it must exist
     * @param result the experiment to write
     * @param clock turns simulation seconds into date-times, as for
     *        {@link #writeAll(Path, ExperimentResult, DoubleFunction)}
     * @param provenance how the result was produced, written into {@code summary.json}
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, ExperimentResult result,
            DoubleFunction<? extends TemporalAccessor> clock, Provenance provenance) throws IOException {
        write(directory, result, clock, Optional.of(provenance));
    }

    private static void write(Path directory, ExperimentResult result, DoubleFunction<? extends TemporalAccessor> clock,
            Optional<Provenance> provenance) throws IOException {
        writeSummaryJson(directory.resolve(SUMMARY_JSON), result, provenance);
        writeTimeseriesCsv(directory.resolve(TIMESERIES_CSV), result, clock);
        dataPackage(result, provenance, Files.isRegularFile(directory.resolve(REPLICATIONS_CSV))).write(directory);
    }

    /**
     * Writes {@code yaml}, the scenario text after overrides, as {@code directory/NAME}; the
     * commands write {@value #RESOLVED_SCENARIO}, and a comparison one
     * {@code LABEL.resolved.yaml} per variant.
     *
     * @param directory the folder to write into; it must exist
     * @param name the file name, e.g. {@value #RESOLVED_SCENARIO}
     * @param yaml the resolved scenario text
     * @throws IOException if a file cannot be written
     */
    public static void writeResolvedScenario(Path directory, String name, String yaml) throws IOException {
        writeText(directory.resolve(name), yaml);
    }

    /**
     * Replaces {@code target}, a text file of a result folder such as {@code report.html}, with
     * {@code text} in UTF-8 so that readers see the old file or the complete new one, never half.
     *
     * @param target the file to replace
     * @param text its new content
     * @throws IOException if a file cannot be written
     */
    public static void writeText(Path target, String text) throws IOException {
        AtomicFiles.write(target, text);
    }

    /**
     * {@code {"format": "corridorsim-summary/1", "scenario", "replications", "seed", "confidence",
     * "complete", "requested", "completed", "failure": {"replication", "message"} or null,
     * "binSeconds", "stop" (only under a precision target: {"reason": "precision-met" |
     * "max-replications" | "incomplete", "metric", "target", "achieved"}, relative half-widths),
     * "metrics": {NAME: {"mean", "halfWidth", "stdDev", "min", "max", "n"}}, "provenance"}},
     * metrics in model order; values that do not exist (the spread of a single replication, a
     * mean nobody observed) are null, and n counts the replications that observed the metric.
     * {@code replications} equals {@code completed}.
     */
    static void writeSummaryJson(Path target, ExperimentResult result) throws IOException {
        writeSummaryJson(target, result, Optional.empty());
    }

    private static void writeSummaryJson(Path target, ExperimentResult result, Optional<Provenance> provenance)
            throws IOException {
        var root = Json.header(SUMMARY_FORMAT, result);
        Json.completion(root, result);
        Json.number(root, "binSeconds", result.binWidth());
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
        provenance.ifPresent(p -> ProvenanceJson.put(root, p));
        Json.write(target, root);
    }

    /**
     * {@code bin_start,bin_end,scope,corridor,kind,evacuated_mean,evacuated_low,evacuated_high}:
     * persons evacuated per bin, bins in time order. {@code scope} says what a row adds up:
     * {@value #SCOPE_CORRIDOR_KIND} (one corridor, one kind), {@value #SCOPE_CORRIDOR} (one
     * corridor, all kinds), {@value #SCOPE_KIND} (one kind, all corridors) or {@value #SCOPE_TOTAL};
     * {@code corridor} and {@code kind} hold real ids only and are empty where the row spans all.
     * So the {@value #SCOPE_CORRIDOR} rows sum to {@code evacuated}, as do the
     * {@value #SCOPE_TOTAL} rows. Times are ISO 8601 with the UTC offset in force; bin ends are
     * exclusive. The interval ends are empty for a single replication.
     *
     * @param clock turns a time in simulation seconds into a date-time with its offset
     * @param target the file to write, replaced as a whole
     * @param result the experiment whose throughput is written
     * @throws IOException if a file cannot be written
     */
    public static void writeTimeseriesCsv(Path target, ExperimentResult result,
            DoubleFunction<? extends TemporalAccessor> clock) throws IOException {
        List<ThroughputSummary> series = result.throughput();
        int bins = series.isEmpty() ? 0 : series.get(0).bins();
        AtomicFiles.write(target, out -> {
            Csv.row(out, List.of("bin_start", "bin_end", "scope", "corridor", "kind", "evacuated_mean",
                    "evacuated_low", "evacuated_high"));
            for (int bin = 0; bin < bins; bin++) {
                ThroughputSummary first = series.get(0);
                String start = isoTime(clock.apply(first.binStart(bin)));
                String end = isoTime(clock.apply(first.binStart(bin) + first.binWidth()));
                for (ThroughputSummary s : series) {
                    boolean allCorridors = s.corridor().equals(MetricNames.ALL);
                    boolean allKinds = s.kind().equals(MetricNames.ALL);
                    String scope = allCorridors ? (allKinds ? SCOPE_TOTAL : SCOPE_KIND)
                            : (allKinds ? SCOPE_CORRIDOR : SCOPE_CORRIDOR_KIND);
                    Csv.row(out, List.of(start, end, scope, allCorridors ? "" : Csv.text(s.corridor()),
                            allKinds ? "" : Csv.text(s.kind()), Csv.number(s.mean(bin)), Csv.number(s.lower(bin)),
                            Csv.number(s.upper(bin))));
                }
            }
        });
    }

    /** ISO 8601 with the UTC offset when the clock gives one ({@code Scenario::offsetTime}), else local. */
    private static String isoTime(TemporalAccessor time) {
        return time.isSupported(ChronoField.OFFSET_SECONDS) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    }

    private static DataPackage dataPackage(ExperimentResult result, Optional<Provenance> provenance,
            boolean withReplications) {
        String level = Math.round(result.confidence() * 1000) / 10.0 + "%";
        List<ObjectNode> replications = new ArrayList<>();
        replications.add(DataPackage.required(DataPackage.field("replication", "integer",
                "Replication index, from 0; replication i draws only from the random streams of index i.")));
        for (String metric : result.metrics()) {
            MetricGlossary.Entry entry = MetricGlossary.describe(metric);
            replications.add(DataPackage.number(metric, entry.description(), entry.unit()));
        }
        String bin = DataPackage.duration(result.binWidth());
        List<ObjectNode> timeseries = List.of(
                DataPackage.required(DataPackage.field("bin_start", "datetime",
                        "Start of the time bin, local time of the scenario with its UTC offset (ISO 8601). "
                                + "Bins are " + bin + " wide.")),
                DataPackage.required(DataPackage.field("bin_end", "datetime",
                        "End of the time bin (exclusive), local time with its UTC offset.")),
                DataPackage.oneOf(DataPackage.required(DataPackage.field("scope", "string",
                        "What the row adds up: corridor-kind (one corridor, one kind), corridor (one corridor, all "
                                + "kinds), kind (one kind, all corridors) or total. Summing the corridor rows, or "
                                + "the total rows, gives evacuated.")),
                        List.of(SCOPE_CORRIDOR_KIND, SCOPE_CORRIDOR, SCOPE_KIND, SCOPE_TOTAL)),
                DataPackage.field("corridor", "string", "Corridor id; empty when the row spans all corridors."),
                DataPackage.field("kind", "string", "Kind of person (civilian, fighter, medical); empty when the row "
                        + "spans all kinds."),
                DataPackage.number("evacuated_mean", "Persons evacuated in the bin, mean over replications.", "person"),
                DataPackage.number("evacuated_low", "Lower end of the " + level + " confidence interval of the mean; "
                        + "empty for a single replication.", "person"),
                DataPackage.number("evacuated_high", "Upper end of the " + level + " confidence interval of the mean; "
                        + "empty for a single replication.", "person"));
        DataPackage descriptor = new DataPackage(result.scenarioId(), result.title().isEmpty() ? result.scenarioId() : result.title(),
                "Results of " + result.replications() + " replications of scenario " + result.scenarioId()
                        + " (seed " + result.seed() + "); summary.json holds the means with " + level
                        + " confidence intervals and the provenance.", provenance);
        if (withReplications) {
            descriptor.table(REPLICATIONS_CSV, "One row per replication, one column per metric.", replications,
                    List.of("replication"));
        }
        return descriptor.table(TIMESERIES_CSV, "Persons evacuated per " + bin + " time bin, by corridor and kind, with totals "
                        + "marked by scope.", timeseries, List.of());
    }
}
