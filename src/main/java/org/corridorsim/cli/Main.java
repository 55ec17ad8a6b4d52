package org.corridorsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corridorsim} command. Exit codes: 0 success, 2 invalid scenario or usage, 1 runtime failure. */
@Command(name = "corridorsim",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Discrete-event simulation of evacuation through humanitarian corridors.",
        subcommands = {RunCommand.class, ValidateCommand.class, CompareCommand.class, SweepCommand.class,
                AttributeCommand.class, FitCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int INVALID = 2;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code, without exiting; used by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? INVALID : FAILURE);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return INVALID;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof CommandFailure failure) {
                failure.lines().forEach(err::println);
                return failure.exitCode();
            }
            if (e instanceof IllegalArgumentException) {
                // option values that the experiment refuses, e.g. --threads 0
                err.println("corridorsim: " + e.getMessage());
                return INVALID;
            }
            err.println("corridorsim: internal error: " + e);
            return FAILURE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"corridorsim " + (version == null ? "development build" : version)};
        }
    }
}
