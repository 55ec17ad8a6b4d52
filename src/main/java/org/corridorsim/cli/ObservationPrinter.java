package org.corridorsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.ScenarioError;
import org.corridorsim.stats.Summary;

/** The console table of a run (or of each variant) against the scenario's observations. */
final class ObservationPrinter {

    private ObservationPrinter() {
    }

    /** Prints nothing when there is nothing observed. */
    static void print(List<Observation> observed, Map<String, ExperimentResult> results, PrintWriter out) {
        if (observed.isEmpty()) {
            return;
        }
        boolean variants = results.size() > 1;
        out.println();
        out.println("observed (share inside: replications whose value lies in the observed range)");
        ConsoleTable table = variants ? new ConsoleTable("observation", "variant", "simulated mean", "+/-", "share inside")
                : new ConsoleTable("observation", "simulated mean", "+/-", "share inside");
        for (Observation observation : observed) {
            for (Map.Entry<String, ExperimentResult> entry : results.entrySet()) {
                ObservationCheck check = ObservationCheck.of(entry.getValue(), observation);
                String mean = check.summary().map(Summary::mean).map(ConsoleTable::number).orElse("-");
                String half = check.summary().map(Summary::halfWidth).map(ConsoleTable::number).orElse("-");
                String inside = check.replications() == 0 ? "-" : percent(check.inside());
                if (variants) {
                    table.row(observation.label(), entry.getKey(), mean, half, inside);
                } else {
                    table.row(observation.label(), mean, half, inside);
                }
            }
        }
        table.print(out);
        for (Observation observation : observed) {
            if (!observation.source().isEmpty()) {
                out.println("  " + observation.label() + ": " + observation.source());
            }
        }
    }

    static void printWarnings(List<ScenarioError> warnings, PrintWriter err) {
        warnings.forEach(warning -> err.println("warning: " + warning));
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share);
    }
}
