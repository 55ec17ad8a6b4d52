package org.corridorsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.ScenarioError;

/** The console table of a run (or of each variant) against the scenario's observations. */
final class ObservationPrinter {

    private ObservationPrinter() {
    }

    /** Prints nothing when there is nothing observed; {@code checks} per variant label, each in the scenario's order. */
    static void print(Map<String, List<ObservationCheck>> checks, PrintWriter out) {
        if (checks.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        boolean variants = checks.size() > 1;
        out.println();
        out.println("observed (share inside: replications whose value lies in the observed range; durations in minutes)");
        ConsoleTable table = variants ? new ConsoleTable("observation", "variant", "simulated mean", "+/-", "share inside")
                : new ConsoleTable("observation", "simulated mean", "+/-", "share inside");
        List<ObservationCheck> first = checks.values().iterator().next();
        for (int i = 0; i < first.size(); i++) {
            for (Map.Entry<String, List<ObservationCheck>> entry : checks.entrySet()) {
                ObservationCheck check = entry.getValue().get(i);
                boolean none = check.replications() == 0;
                String metric = check.observation().metric();
                String mean = none ? "-" : ConsoleUnits.format(metric, check.summary().mean());
                String half = none ? "-" : ConsoleUnits.format(metric, check.summary().halfWidth());
                String inside = none ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * check.inside());
                String label = check.observation().label();
                if (variants) {
                    table.row(label, entry.getKey(), mean, half, inside);
                } else {
                    table.row(label, mean, half, inside);
                }
            }
        }
        table.print(out);
        for (ObservationCheck check : first) {
            Observation observation = check.observation();
            if (!observation.source().isEmpty()) {
                out.println("  " + observation.label() + ": " + observation.source());
            }
        }
    }

    static void printWarnings(List<ScenarioError> warnings, PrintWriter err) {
        warnings.forEach(warning -> err.println("warning: " + warning));
    }
}
