package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridorsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files and report every error with file:line:column and path.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Mixin
    PluginOptions plugins = new PluginOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioFiles loader = new ScenarioFiles(plugins);
        int invalid = 0;
        for (Path file : files) {
            try {
                Scenario s = loader.load(file, List.of(), "");
                out.printf("%s: ok (%s, %s, %s, %s)%n", file, s.id(),
                        Plural.of(s.evacuation().populations().size(), "population", "populations"),
                        Plural.of(s.evacuation().corridors().size(), "corridor", "corridors"),
                        Plural.of(s.evacuation().blocking().size(), "blocking policy", "blocking policies"));
                ObservationPrinter.printWarnings(s.inference().warnings(), err);
            } catch (CommandFailure e) {
                e.lines().forEach(err::println);
                invalid++;
            }
        }
        return invalid == 0 ? Main.OK : Main.INVALID;
    }
}
