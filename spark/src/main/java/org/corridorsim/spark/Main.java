package org.corridorsim.spark;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code corridorsim-spark}: the command line's {@code run}, {@code sweep}, {@code compare}, {@code attribute} and
 * {@code fit} on Apache Spark, with the same options and output files, plus {@code --master} and
 * {@code --partitions}. Results are identical to the bit to the command line's.
 *
 * <pre>
 * spark-submit --class org.corridorsim.spark.Main corridorsim-spark.jar run scenarios/aleppo-2016-10.yaml -r 100000 -o results/
 * </pre>
 *
 * Exit codes: 0 success, 2 invalid scenario or usage (before any Spark task), 1 runtime failure.
 */
@Command(name = "corridorsim-spark",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "CorridorSim's replications, sweeps, comparisons, attributions and fits on Apache Spark.",
        subcommands = {RunCommand.class, SweepCommand.class, CompareCommand.class, AttributeCommand.class,
            FitCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int INVALID = 2;
    /** Stopped by a signal (Ctrl-C), as 128 + SIGINT. */
    public static final int STOPPED = 130;

    /** Runs before each replication on the executors; only tests set it. */
    final Fault fault;

    Main(Fault fault) {
        this.fault = fault;
    }

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the command line and returns the exit code, without exiting. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Fault.NONE);
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err, Fault fault) {
        CommandLine commandLine = new CommandLine(new Main(fault));
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
                err.println("corridorsim-spark: " + e.getMessage());
                return INVALID;
            }
            String first = String.valueOf(e).lines().findFirst().orElse("").strip();
            if (first.contains("SparkContext was shut down") || first.contains("SparkContext has been shutdown")) {
                // Ctrl-C or SIGTERM: Spark's own hooks stopped the context; its call sites are of no use here
                err.println("corridorsim-spark: stopped: the Spark context was shut down (Ctrl-C or a signal); "
                        + "a fit continues with --resume, other commands run again");
                return STOPPED;
            }
            // only the first line: Spark appends driver stack traces and call sites to its messages
            err.println("corridorsim-spark: " + first);
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
            return new String[] {"corridorsim-spark " + (version == null ? "development build" : version),
                "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }
}
