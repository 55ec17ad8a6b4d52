package org.corridorsim.cli;

import java.io.PrintWriter;
import org.corridorsim.experiment.ExperimentFailure;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A comparison or sweep that did not finish: its variants or points are paired or tabulated only
 * when all are done, so the previous result set stays in place and the journal keeps every
 * completed replication for {@code --resume}.
 */
final class Unfinished {

    private Unfinished() {
    }

    static int report(ExperimentFailure e, Interruption interruption, ResultSet output, CommandSpec spec,
            PrintWriter err) {
        interruption.clearInterrupt();
        err.println(interruption.signalled() ? "corridorsim: stopped by a signal" : Limits.describe(e));
        err.println("PARTIAL RESULTS: nothing written to " + output.folder() + "; the completed replications are "
                + "journalled");
        err.println("to continue: " + Partial.resumeCommand(spec));
        return interruption.signalled() ? Main.INTERRUPTED : Main.FAILURE;
    }
}
