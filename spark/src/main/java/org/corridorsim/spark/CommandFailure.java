package org.corridorsim.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorsim.scenario.ScenarioError;
import org.corridorsim.scenario.ScenarioException;

/** Ends a command with an exit code and lines for the user, never a stack trace; as on the command line. */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final List<String> lines;

    private CommandFailure(int exitCode, List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    static CommandFailure invalid(String message) {
        return new CommandFailure(Main.INVALID, List.of(message));
    }

    /** Every error of a scenario file, located, then their count; {@code context} may be empty. */
    static CommandFailure invalid(ScenarioException e, String context) {
        List<String> lines = new ArrayList<>();
        if (!context.isEmpty()) {
            lines.add(context);
        }
        for (ScenarioError error : e.errors()) {
            lines.add(error.toString());
        }
        int n = e.errors().size();
        lines.add(n == 1 ? "1 error" : n + " errors");
        return new CommandFailure(Main.INVALID, lines);
    }

    static CommandFailure failed(String message) {
        return new CommandFailure(Main.FAILURE, List.of("corridorsim-spark: " + message));
    }

    static CommandFailure cannotWrite(Path folder, IOException e) {
        return new CommandFailure(Main.FAILURE, List.of("corridorsim-spark: cannot write results to " + folder + ": " + e));
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}
