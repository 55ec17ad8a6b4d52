package org.corridorsim.spark;

import java.util.List;
import org.corridorsim.scenario.ScenarioOverride;
import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}: scenario values changed before loading; as on the command line. */
final class OverrideOptions {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario value before loading, e.g. --set corridors.C1.checkpoint.lanes=6.")
    List<String> assignments = List.of();

    List<ScenarioOverride> parsed() {
        return ScenarioFiles.overrides(assignments);
    }
}
