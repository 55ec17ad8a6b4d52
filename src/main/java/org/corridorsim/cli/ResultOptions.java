package org.corridorsim.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of every command that writes a result set: how it treats a journal, a slow replication, old results. */
final class ResultOptions {

    @Option(names = "--resume", description = "Continue the unfinished run journalled in the output folder, "
            + "e.g. after Ctrl-C; the results are identical to those of an uninterrupted run.")
    boolean resume;

    @Option(names = "--restart", description = "Discard an unfinished run journalled in the output folder.")
    boolean restart;

    @Option(names = "--replication-timeout", paramLabel = "DURATION", converter = WallTime.class,
            description = "Fail a replication that runs longer than this wall time, e.g. 30s, 5m, 500ms "
                    + "(default: no limit). What completed is kept.")
    Duration replicationTimeout = Duration.ZERO;

    @Option(names = "--force",
            description = "Overwrite results of a different scenario or different overrides in the output folder.")
    boolean force;
}
