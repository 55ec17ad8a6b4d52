package org.corridorsim.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code corridorsim} command. Exit codes: 0 success, 2 invalid scenario or usage, 1 runtime
 * failure (what completed is written), 130 / 143 stopped by SIGINT / SIGTERM (what completed is
 * written and the run can be resumed).
 */
@Command(name = "corridorsim",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Discrete-event simulation of evacuation through humanitarian corridors.")
public final class Main {

    /** The commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, ValidateCommand.class,
            CompareCommand.class, SweepCommand.class, AttributeCommand.class, FitCommand.class, PlanCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code of a command that completed. */
    public static final int OK = 0;
    /** Exit code when a run failed for a reason other than bad input, such as an I/O error. */
    public static final int FAILURE = 1;
    /** Exit code for bad input: an invalid scenario file or command line. */
    public static final int INVALID = 2;
    /** Stopped by a signal; the process exits with 128 + the signal number, 130 for SIGINT. */
    public static final int INTERRUPTED = 130;

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command and its options, as typed after {@code java -jar corridorsim.jar}
     */
    public static void main(String[] args) {
        ExitGuard.install(System.err);
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        ExitGuard.exiting();
        System.exit(code);
    }

    /**
     * Runs the command line and returns the exit code, without exiting; used by tests.
     *
     * @param args the command and its options
     * @param rawOut where results go; control characters from scenario text are removed
     * @param rawErr where errors go, cleaned the same way
     * @return {@link #OK}, {@link #FAILURE}, {@link #INVALID} or {@link #INTERRUPTED}
     */
    public static int execute(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        // scenario text reaches the console in titles, ids and error messages: no control characters
        PrintWriter out = Console.cleaning(rawOut);
        PrintWriter err = Console.cleaning(rawErr);
        try {
            return execute(args, out, err, true);
        } catch (OutOfMemoryError e) {
            err.println(Limits.outOfMemory("outside the replications"));
            return FAILURE;
        } finally {
            out.flush();
            err.flush();
            Interruption.release();
        }
    }

    /**
     * The command line: with only the command that {@code args} start with, when they name one,
     * else with all of them (for help, and for suggestions after a mistyped name). Picocli reads
     * every option of every command it holds, which took a tenth of a second of each start.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : null;
        boolean named = COMMANDS.stream().anyMatch(c -> c != CommandLine.HelpCommand.class && nameOf(c).equals(first));
        for (Class<?> command : COMMANDS) {
            if (!named || nameOf(command).equals(first)) {
                commandLine.addSubcommand(command);
            }
        }
        return commandLine;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, boolean cleaned) {
        CommandLine commandLine = commandLine(args);
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
