package org.corridorsim.spark;

import static org.corridorsim.spark.ConsoleTable.number;

import java.io.PrintWriter;
import java.util.Map;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.model.Corridor;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/** The console summary of a run, as on the command line: headline counts, then one row per corridor. */
final class SummaryPrinter {

    private static final String[] CORRIDOR_METRICS = {
        "evacuated", "checkpoint.wait", "checkpoint.queue", "checkpoint.utilization", "transport.wait"};

    private SummaryPrinter() {
    }

    static void print(Scenario scenario, ExperimentResult result, PrintWriter out) {
        out.printf("%s: %s%n", scenario.id(), scenario.title());
        out.printf("%d replications, seed %d, %.0f%% confidence intervals%n%n",
                result.replications(), result.seed(), 100 * result.confidence());
        ConsoleTable headline = new ConsoleTable("metric", "mean", "+/-", "min", "max");
        for (Map.Entry<String, Summary> entry : result.summaries().entrySet()) {
            if (!entry.getKey().startsWith("corridor.")) {
                Summary s = entry.getValue();
                headline.row(entry.getKey(), number(s.mean()), number(s.halfWidth()), number(s.min()), number(s.max()));
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
