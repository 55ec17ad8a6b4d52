package org.corridorsim.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.model.Corridor;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/** The console summary of a run: fates, then counts of events, then one row per corridor. */
final class SummaryPrinter {

    private static final String[] CORRIDOR_METRICS = {
        "evacuated", "checkpoint.wait", "checkpoint.queue", "checkpoint.utilization", "transport.wait"};

    private SummaryPrinter() {
    }

    /** What a metric counts or measures; see {@link ConsoleUnits#unit}. */
    static String unit(String metric) {
        return ConsoleUnits.unit(metric);
    }

    static void print(Scenario scenario, ExperimentResult result, PrintWriter out) {
        out.printf("%s: %s%n", scenario.id(), Console.line(scenario.title()));
        if (!result.complete()) {
            out.printf("PARTIAL RESULTS: %d of %d replications completed%n", result.replications(), result.requested());
        }
        out.printf("%d replications, seed %d, %.0f%% confidence intervals%n%n",
                result.replications(), result.seed(), 100 * result.confidence());
        out.println("Fates: what finally happened to each person (each person counted once)");
        ConsoleTable fates = new ConsoleTable("fate", "persons", "+/-", "min", "max");
        for (Map.Entry<String, Summary> entry : result.summaries().entrySet()) {
            String m = entry.getKey();
            if (m.startsWith("fate.")) {
                Summary s = entry.getValue();
                fates.row(m, ConsoleUnits.format(m, s.mean()), ConsoleUnits.format(m, s.halfWidth()),
                        ConsoleUnits.format(m, s.min()), ConsoleUnits.format(m, s.max()));
            }
        }
        fates.print(out);
        out.println();
        out.println("Counts: attempts, stops and holds count events, not persons");
        ConsoleTable headline = new ConsoleTable("metric", "unit", "mean", "+/-", "min", "max");
        boolean conditional = false;
        for (Map.Entry<String, Summary> entry : result.summaries().entrySet()) {
            String m = entry.getKey();
            if (!m.startsWith("corridor.") && !m.startsWith("fate.")) {
                Summary s = entry.getValue();
                conditional |= ConsoleUnits.isConditional(m);
                headline.row(m + (ConsoleUnits.isConditional(m) ? " *" : ""), ConsoleUnits.unit(m),
                        ConsoleUnits.format(m, s.mean()), ConsoleUnits.format(m, s.halfWidth()),
                        ConsoleUnits.format(m, s.min()), ConsoleUnits.format(m, s.max()));
            }
        }
        headline.print(out);
        if (conditional) {
            out.println("* over evacuated groups only");
        }
        out.println();
        ConsoleTable corridors = new ConsoleTable("corridor", "evacuated (persons)", "wait (min)", "queue (groups)",
                "utilization (%)", "transport wait (min)");
        for (Corridor corridor : scenario.evacuation().corridors()) {
            String[] cells = new String[CORRIDOR_METRICS.length + 1];
            cells[0] = corridor.id();
            for (int i = 0; i < CORRIDOR_METRICS.length; i++) {
                String m = "corridor." + corridor.id() + "." + CORRIDOR_METRICS[i];
                Summary s = result.summary(m);
                cells[i + 1] = ConsoleUnits.format(m, s.mean()) + " +/- " + ConsoleUnits.format(m, s.halfWidth());
            }
            corridors.row(cells);
        }
        corridors.print(out);
    }
}
