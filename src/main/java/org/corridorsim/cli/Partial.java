package org.corridorsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.experiment.ExperimentResult;
import picocli.CommandLine.Model.CommandSpec;

/** What the console says about a result that is not complete, and how to continue it. */
final class Partial {

    private Partial() {
    }

    /** "PARTIAL RESULTS: 47 of 100 replications completed ...; to continue: corridorsim run ... --resume". */
    static String describe(ExperimentResult result, CommandSpec spec) {
        String why = result.failure().map(ExperimentResult.Failure::message).orElse("stopped early");
        return "PARTIAL RESULTS: " + result.replications() + " of " + result.requested()
                + " replications completed (" + Console.clean(why) + ")\nto continue: " + resumeCommand(spec);
    }

    /** The command line as given, with {@code --resume} added and {@code --restart} removed. */
    static String resumeCommand(CommandSpec spec) {
        List<String> args = new ArrayList<>(spec.root().commandLine().getParseResult().originalArgs());
        args.remove("--restart");
        if (!args.contains("--resume")) {
            args.add("--resume");
        }
        List<String> quoted = new ArrayList<>();
        quoted.add("corridorsim");
        for (String arg : args) {
            quoted.add(arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return Console.clean(String.join(" ", quoted));
    }
}
