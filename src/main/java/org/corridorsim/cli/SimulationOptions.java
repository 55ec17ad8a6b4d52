package org.corridorsim.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that simulates: its seed and threads, what it shows and writes
 * besides its results, and how it treats the result set already in its output folder.
 */
final class SimulationOptions {

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Experiment seed (default: the scenario's).")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Mixin
    ResultOptions result = new ResultOptions();

    /** {@return the worker threads: {@code --threads} within the limit, or the available processors} */
    int workers() {
        return Limits.threads(threads);
    }
}
