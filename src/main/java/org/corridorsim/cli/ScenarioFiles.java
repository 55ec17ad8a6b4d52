package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioError;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;

/** Loads scenario files for the commands and prints their errors the way users should see them. */
final class ScenarioFiles {

    private final ScenarioLoader loader = new ScenarioLoader();

    Scenario load(Path file, List<ScenarioOverride> overrides) {
        return loader.load(file, overrides);
    }

    static void print(ScenarioException e, PrintWriter err) {
        for (ScenarioError error : e.errors()) {
            err.println(error);
        }
        int n = e.errors().size();
        err.println(n == 1 ? "1 error" : n + " errors");
    }
}
