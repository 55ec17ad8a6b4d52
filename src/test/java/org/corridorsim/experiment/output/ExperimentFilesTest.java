package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Models;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFilesTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2016, 10, 20, 8, 0, 0, 0, ZoneOffset.ofHours(3));
    private static final DoubleFunction<OffsetDateTime> CLOCK =
            seconds -> START.plus(Duration.ofMillis(Math.round(seconds * 1000)));

    @TempDir
    Path directory;

    private static ExperimentResult result(int replications) {
        return Experiment.of(Models.checkpoints(2, 2, List.of())).scenario("aleppo-2016-10", "East Aleppo")
                .replications(replications).seed(20161020L).confidence(0.9).run();
    }

    @Test
    void summaryJsonFollowsTheContract() throws IOException {
        ExperimentResult result = result(5);
        ExperimentFiles.writeAll(directory, result, CLOCK);
        JsonNode root = new ObjectMapper().readTree(directory.resolve("summary.json").toFile());
        assertEquals(List.of("format", "scenario", "replications", "seed", "confidence", "complete", "requested",
                "completed", "failure", "binSeconds", "metrics"), fields(root));
        assertEquals(3600, root.get("binSeconds").asDouble());
        assertTrue(root.get("complete").asBoolean());
        assertEquals(5, root.get("requested").asInt());
        assertEquals(5, root.get("completed").asInt());
        assertTrue(root.get("failure").isNull());
        assertEquals("corridorsim-summary/1", root.get("format").asText());
        assertEquals("aleppo-2016-10", root.get("scenario").asText());
        assertEquals(5, root.get("replications").asInt());
        assertEquals(20161020L, root.get("seed").asLong());
        assertEquals(0.9, root.get("confidence").asDouble());
        JsonNode metrics = root.get("metrics");
        assertEquals(result.metrics(), fields(metrics));
        for (String name : result.metrics()) {
            JsonNode metric = metrics.get(name);
            Summary summary = result.summary(name);
            assertEquals(List.of("mean", "halfWidth", "stdDev", "min", "max", "n"), fields(metric));
            assertEquals(summary.n(), metric.get("n").asInt());
            if (summary.n() == 0) {
                assertTrue(metric.get("mean").isNull(), name + ": a mean over no observations is null");
                continue;
            }
            assertEquals(summary.mean(), metric.get("mean").asDouble(), name);
            assertEquals(summary.halfWidth(), metric.get("halfWidth").asDouble(), name);
            assertEquals(summary.stdDev(), metric.get("stdDev").asDouble(), name);
            assertEquals(summary.min(), metric.get("min").asDouble(), name);
            assertEquals(summary.max(), metric.get("max").asDouble(), name);
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("datapackage.json", "summary.json", "timeseries.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "and no temporary files");
        }
    }

    @Test
    void aSpreadThatDoesNotExistIsNullInJsonAndEmptyInCsv() throws IOException {
        ExperimentResult result = result(1);
        ExperimentFiles.writeAll(directory, result, CLOCK);
        JsonNode evacuated = new ObjectMapper().readTree(directory.resolve("summary.json").toFile())
                .get("metrics").get("evacuated");
        assertTrue(evacuated.get("halfWidth").isNull());
        assertTrue(evacuated.get("stdDev").isNull());
        assertEquals(result.summary("evacuated").mean(), evacuated.get("mean").asDouble());
        String firstRow = Files.readAllLines(directory.resolve("timeseries.csv")).get(1);
        assertTrue(firstRow.endsWith(",,"), firstRow);
    }

    @Test
    void replicationsCsvHasOneRowPerReplicationThatReadsBackExactly() throws IOException {
        Path file = directory.resolve("replications.csv");
        List<double[]> values = new java.util.ArrayList<>();
        ExperimentResult result;
        try (ReplicationRows rows = ReplicationRows.open(file, Models.checkpoints(2, 2, List.of()).metricNames().names())) {
            result = Experiment.of(Models.checkpoints(2, 2, List.of())).replications(4).seed(20161020L).threads(2)
                    .onOutcome(o -> {
                        rows.accept(o);
                        values.add(o.values());
                    }).run();
            assertFalse(Files.exists(file), "nothing under the real name before commit");
            rows.commit();
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(5, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals("replication", header.get(0));
        assertEquals(result.metrics(), header.subList(1, header.size()));
        for (int row = 0; row < 4; row++) {
            String[] fields = lines.get(row + 1).split(",", -1);
            assertEquals(Integer.toString(row), fields[0]);
            for (int m = 0; m < values.get(row).length; m++) {
                String field = fields[m + 1];
                assertEquals(values.get(row)[m], field.isEmpty() ? Double.NaN : Double.parseDouble(field),
                        header.get(m + 1));
            }
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("replications.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** 40,000 metrics make batches of 3 rows: 7 rows are written in three batches, in order, none lost. */
    @Test
    void replicationsCsvRowsWrittenInBatchesComeOutWholeAndInOrder() throws IOException {
        Path file = directory.resolve("replications.csv");
        int columns = 40_000;
        List<String> metrics = new ArrayList<>();
        for (int m = 0; m < columns; m++) {
            metrics.add("m" + m);
        }
        try (ReplicationRows rows = ReplicationRows.open(file, metrics)) {
            for (int r = 0; r < 7; r++) {
                double[] values = new double[columns];
                for (int m = 0; m < columns; m++) {
                    values[m] = r * 1e5 + m + 0.5;
                }
                rows.accept(new org.corridorsim.model.Outcome(r, values, new double[0][], 0));
            }
            rows.commit();
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(8, lines.size());
        for (int r = 0; r < 7; r++) {
            String[] fields = lines.get(r + 1).split(",", -1);
            assertEquals(columns + 1, fields.length);
            assertEquals(Integer.toString(r), fields[0]);
            for (int m = 0; m < columns; m += 9_999) {
                assertEquals(r * 1e5 + m + 0.5, Double.parseDouble(fields[m + 1]), "row " + r + " metric " + m);
            }
        }
    }

    @Test
    void timeseriesCsvListsEveryBinAndSeriesWithOffsetDateTimesAndAScope() throws IOException {
        ExperimentResult result = result(3);
        Path file = directory.resolve("timeseries.csv");
        ExperimentFiles.writeTimeseriesCsv(file, result, CLOCK);
        List<String> lines = Files.readAllLines(file);
        assertEquals("bin_start,bin_end,scope,corridor,kind,evacuated_mean,evacuated_low,evacuated_high", lines.get(0));
        int series = result.throughput().size();
        assertEquals(1 + 24 * series, lines.size());
        assertTrue(lines.get(1).startsWith("2016-10-20T08:00:00+03:00,2016-10-20T09:00:00+03:00,corridor-kind,C1,civilian,"),
                lines.get(1));
        assertTrue(lines.get(1 + series).startsWith("2016-10-20T09:00:00+03:00,"), lines.get(1 + series));
        assertTrue(lines.get(24 * series).startsWith("2016-10-21T07:00:00+03:00,2016-10-21T08:00:00+03:00,total,,,"),
                lines.get(24 * series));
        double corridorRows = 0;
        double totalRows = 0;
        double finest = 0;
        List<String> corridors = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            String scope = fields[2];
            assertEquals(scope.equals("total") || scope.equals("kind"), fields[3].isEmpty(), line);
            assertEquals(scope.equals("total") || scope.equals("corridor"), fields[4].isEmpty(), line);
            assertTrue(!fields[3].equals("all") && !fields[4].equals("all"), "no 'all' pseudo-ids: " + line);
            if (!fields[3].isEmpty() && !corridors.contains(fields[3])) {
                corridors.add(fields[3]);
            }
            double mean = Double.parseDouble(fields[5]);
            switch (scope) {
                case "corridor" -> corridorRows += mean;
                case "total" -> {
                    totalRows += mean;
                    assertTrue(Double.parseDouble(fields[6]) <= Double.parseDouble(fields[7]), line);
                }
                case "corridor-kind" -> finest += mean;
                case "kind" -> { }
                default -> throw new AssertionError("unknown scope " + scope);
            }
        }
        assertEquals(List.of("C1", "C2"), corridors);
        double evacuated = result.summary("evacuated").mean();
        assertTrue(evacuated > 0);
        assertEquals(evacuated, corridorRows, 1e-9 * evacuated, "summing the corridor rows gives evacuated");
        assertEquals(evacuated, totalRows, 1e-9 * evacuated);
        assertEquals(evacuated, finest, 1e-9 * evacuated);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
