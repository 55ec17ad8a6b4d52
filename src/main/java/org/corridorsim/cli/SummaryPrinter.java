package org.corridorsim.cli;

import static org.corridorsim.cli.ConsoleTable.number;

import java.io.PrintWriter;
import java.util.Map;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.model.Corridor;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/** The console summary of a run: headline counts, then one row per corridor. */
final class SummaryPrinter {

    private static final String[] CORRIDOR_METRICS = {
        "evacuated", "checkpoint.wait", "checkpoint.queue", "checkpoint.utilization", "transport.wait"};

    private SummaryPrinter() {
    }

    /** What a metric counts: persons (each once), attempts, stops, holds, or a unit. */
    static String unit(String metric) {
        if (metric.equals("attempted") || metric.startsWith("balked") || metric.equals("reneged")
                || metric.equals("dispersed") || metric.equals("sent-home")) {
            return "attempts";
        }
        if (metric.startsWith("blocked")) {
            return "stops";
        }
        if (metric.startsWith("delayed")) {
            return "holds";
        }
        if (metric.startsWith("delay-time")) {
            return "person-hours";
        }
        if (metric.startsWith("time-in-system")) {
            return "seconds";
        }
        return "persons";
    }

    static void print(Scenario scenario, ExperimentResult result, PrintWriter out) {
        out.printf("%s: %s%n", scenario.id(), scenario.title());
        out.printf("%d replications, seed %d, %.0f%% confidence intervals%n%n",
                result.replications(), result.seed(), 100 * result.confidence());
        out.println("Fates: what finally happened to each person (each person counted once)");
        ConsoleTable fates = new ConsoleTable("fate", "persons", "+/-", "min", "max");
        for (Map.Entry<String, Summary> entry : result.summaries().entrySet()) {
            if (entry.getKey().startsWith("fate.")) {
                Summary s = entry.getValue();
                fates.row(entry.getKey(), number(s.mean()), number(s.halfWidth()), number(s.min()), number(s.max()));
            }
        }
        fates.print(out);
        out.println();
        out.println("Counts: attempts, stops and holds count events, not persons");
        ConsoleTable headline = new ConsoleTable("metric", "counts", "mean", "+/-", "min", "max");
        for (Map.Entry<String, Summary> entry : result.summaries().entrySet()) {
            String metric = entry.getKey();
            if (!metric.startsWith("corridor.") && !metric.startsWith("fate.")) {
                Summary s = entry.getValue();
                headline.row(metric, unit(metric), number(s.mean()), number(s.halfWidth()), number(s.min()),
                        number(s.max()));
            }
        }
        headline.print(out);
        out.println();
        ConsoleTable corridors = new ConsoleTable("corridor", "evacuated", "wait (s)", "queue (groups)",
                "utilization", "transport wait (s)");
        for (Corridor corridor : scenario.evacuation().corridors()) {
            String[] cells = new String[CORRIDOR_METRICS.length + 1];
            cells[0] = corridor.id();
            for (int i = 0; i < CORRIDOR_METRICS.length; i++) {
                Summary s = result.summary("corridor." + corridor.id() + "." + CORRIDOR_METRICS[i]);
                cells[i + 1] = number(s.mean()) + " +/- " + number(s.halfWidth());
            }
            corridors.row(cells);
        }
        corridors.print(out);
    }
}
