package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridorsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files and report every error with file:line:column and path.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioFiles loader = new ScenarioFiles();
        int invalid = 0;
        for (Path file : files) {
            try {
                Scenario s = loader.load(file, List.of(), "");
                out.printf("%s: ok (%s, %d populations, %d corridors, %d blocking policies)%n", file, s.id(),
                        s.evacuation().populations().size(), s.evacuation().corridors().size(),
                        s.evacuation().blocking().size());
                ObservationPrinter.printWarnings(s.inference().warnings(), err);
            } catch (CommandFailure e) {
                e.lines().forEach(err::println);
                invalid++;
            }
        }
        return invalid == 0 ? Main.OK : Main.INVALID;
    }
}
