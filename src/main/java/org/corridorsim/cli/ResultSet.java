package org.corridorsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorsim.experiment.Journal;
import org.corridorsim.experiment.output.JournalFile;
import org.corridorsim.experiment.output.ResultFolder;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The life cycle of a command's result set, the same for every command that writes results:
 * <ol>
 * <li>{@link #open}: the output folder is locked and checked for writability before any work;
 *     the journal of completed units (replications, or a fit's generations in {@link #state()})
 *     is created, or resumed with {@code --resume}; SIGINT and SIGTERM are watched.</li>
 * <li>the command computes, recording into {@link #journal()}; a signal interrupts it.</li>
 * <li>{@link #write}: the files are written into a staging folder, a signal no longer
 *     interrupts, and the set replaces the folder's as a whole; the journal goes when the run
 *     is complete, otherwise it stays for {@code --resume}.</li>
 * <li>or {@link #unfinished}: nothing is written, the journal stays, the user is told how to continue.</li>
 * </ol>
 * Temporary files are removed on {@link #close()}, or by the next run after a crash.
 */
final class ResultSet implements AutoCloseable {

    private final ResultFolder folder;
    private final JournalFile journal;
    private final Path staging;
    private final int resumed;
    private final Interruption interruption;

    private ResultSet(ResultFolder folder, JournalFile journal, Path staging, int resumed) {
        this.folder = folder;
        this.journal = journal;
        this.staging = staging;
        this.resumed = resumed;
        this.interruption = Interruption.watch();
    }

    /** Opens {@code path} with the command's {@code --resume} / {@code --restart}. */
    static ResultSet open(Path path, String fingerprint, ResultOptions options) {
        return open(path, fingerprint, options.resume, options.restart);
    }

    /**
     * @param fingerprint what is being run; a journal of anything else is not resumed
     * @param resume continue the unfinished run journalled there
     * @param restart discard an unfinished run journalled there
     */
    static ResultSet open(Path path, String fingerprint, boolean resume, boolean restart) {
        ResultFolder folder = lock(path);
        try {
            Path file = folder.journal();
            JournalFile journal;
            int resumed = 0;
            if (resume) {
                if (!Files.exists(file)) {
                    throw nothingToResume(path);
                }
                journal = JournalFile.resume(file, fingerprint);
                resumed = journal.records();
            } else {
                if (Files.exists(file) && !restart) {
                    throw CommandFailure.invalid("corridorsim: " + path + " holds an unfinished run"
                            + describe(file, fingerprint) + "; add --resume to continue it, or --restart to discard it");
                }
                journal = JournalFile.create(file, fingerprint);
            }
            return new ResultSet(folder, journal, folder.staging(), resumed);
        } catch (JournalFile.JournalMismatch e) {
            close(folder);
            throw CommandFailure.invalid("corridorsim: cannot resume: " + e.getMessage()
                    + "; run the same command with --resume, or use --restart to discard it");
        } catch (IOException e) {
            close(folder);
            throw CommandFailure.cannotWrite(path, e);
        } catch (RuntimeException e) {
            close(folder);
            throw e;
        }
    }

    /**
     * Opens {@code path} for a command that keeps its state as files in {@link #state()} rather
     * than in a journal of outcomes, e.g. a fit's generations.
     */
    static ResultSet openState(Path path, ResultOptions options, String what) {
        ResultFolder folder = lock(path);
        try {
            Path state = folder.state();
            // a state folder left empty (killed before the first unit completed) holds nothing to resume
            boolean saved = Files.isDirectory(state) && !isEmpty(state);
            if (options.resume && !saved) {
                throw nothingToResume(path);
            }
            if (!options.resume && saved) {
                if (!options.restart) {
                    throw CommandFailure.invalid("corridorsim: " + path + " holds an unfinished " + what
                            + "; add --resume to continue it, or --restart to discard it");
                }
            }
            if (!options.resume) {
                folder.finished(); // discards a state left empty, or --restart's
            }
            Files.createDirectories(state);
            return new ResultSet(folder, null, folder.staging(), 0);
        } catch (IOException e) {
            close(folder);
            throw CommandFailure.cannotWrite(path, e);
        } catch (RuntimeException e) {
            close(folder);
            throw e;
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static ResultFolder lock(Path path) {
        try {
            return ResultFolder.open(path);
        } catch (ResultFolder.ResultFolderException e) {
            throw CommandFailure.failure("corridorsim: " + e.getMessage());
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(path, e);
        }
    }

    private static CommandFailure nothingToResume(Path path) {
        return CommandFailure.invalid("corridorsim: nothing to resume in " + path
                + ": no unfinished run is journalled there; run without --resume");
    }

    private static String describe(Path journal, String fingerprint) {
        try {
            int n = JournalFile.count(journal, fingerprint);
            return " (" + n + (n == 1 ? " replication" : " replications") + " journalled)";
        } catch (IOException e) {
            return " of another command";
        }
    }

    /** Where this run's result files are written before they replace the folder. */
    Path staging() {
        return staging;
    }

    /** The journal of completed replications; {@link Journal#NONE} for a set opened with {@link #openState}. */
    Journal journal() {
        return journal == null ? Journal.NONE : journal;
    }

    /** Where a command opened with {@link #openState} keeps its state. */
    Path state() {
        return folder.state();
    }

    /** How many replications the journal held when the run was resumed. */
    int resumed() {
        return resumed;
    }

    Path folder() {
        return folder.folder();
    }

    /** Whether SIGINT or SIGTERM arrived. */
    boolean signalled() {
        return interruption.signalled();
    }

    /** Clears the interrupt a signal caused, so that what completed can be reported and written. */
    void clearInterrupt() {
        interruption.clearInterrupt();
    }

    /**
     * Writes the result set into {@link #staging()} and moves it into place as a whole. From
     * here on a signal waits for the write rather than interrupting it. When the run is
     * {@code complete} the journal is removed; otherwise it stays for {@code --resume}.
     *
     * @return whether a signal arrived: the process exits with its status once the command returns
     */
    boolean write(ScenarioFiles.Writing writing, boolean complete, PrintWriter err) {
        interruption.writing();
        ScenarioFiles.write(folder.folder(), writing);
        commit(complete);
        if (signalled()) {
            err.println("corridorsim: a signal arrived while the results were written; they were written in full"
                    + (complete ? "" : ", and the journal is kept for --resume"));
        }
        return signalled();
    }

    /**
     * Ends a command whose results are combined only when all units are done (a comparison, a
     * sweep, an attribution, a fit): the previous result set stays in place and the journal
     * keeps every completed unit for {@code --resume}.
     *
     * @param why the failure, shown unless a signal caused it
     * @param units what the journal keeps, e.g. "replications" or "generations"
     * @return the exit code
     */
    int unfinished(String why, String units, CommandSpec spec, PrintWriter err) {
        clearInterrupt();
        err.println(signalled() ? "corridorsim: stopped by a signal" : why);
        if (nothingKept()) {
            err.println("corridorsim: stopped before any of the " + units + " completed; nothing written to "
                    + folder() + ", nothing to resume");
            return signalled() ? Main.INTERRUPTED : Main.FAILURE;
        }
        err.println("PARTIAL RESULTS: nothing written to " + folder() + "; the completed " + units + " are kept for --resume");
        err.println("to continue: " + Partial.resumeCommand(spec));
        return signalled() ? Main.INTERRUPTED : Main.FAILURE;
    }

    private boolean nothingKept() {
        if (journal != null) {
            return journal.records() == 0;
        }
        try {
            return isEmpty(folder.state());
        } catch (IOException e) {
            return false;
        }
    }

    private void commit(boolean complete) {
        try {
            folder.commit(staging);
            if (journal != null) {
                journal.close();
            }
            if (complete) {
                folder.finished();
            }
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(folder.folder(), e);
        }
    }

    /**
     * Stops watching for signals and unlocks the folder. A journal that holds nothing, because
     * the command failed before any unit completed, is removed: there is nothing to resume.
     */
    @Override
    public void close() {
        interruption.close();
        try {
            if (journal != null) {
                journal.close();
                if (journal.records() == 0) {
                    Files.deleteIfExists(journal.file());
                }
            }
            if (journal == null && isEmpty(folder.state())) {
                Files.deleteIfExists(folder.state());
            }
        } catch (IOException e) {
            // already reported by commit, or the run failed before writing
        }
        close(folder);
    }

    private static void close(ResultFolder folder) {
        try {
            folder.close();
        } catch (IOException e) {
            // the lock is released when the process ends
        }
    }
}
