package org.corridorsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorsim.experiment.Journal;
import org.corridorsim.experiment.output.JournalFile;
import org.corridorsim.experiment.output.ResultFolder;

/**
 * A command's output folder for one run: locked, checked for writability before any replication
 * runs, journalled as replications complete, and replaced as a whole when the run ends.
 */
final class ResultSet implements AutoCloseable {

    private final ResultFolder folder;
    private final JournalFile journal;
    private final Path staging;
    private final int resumed;

    private ResultSet(ResultFolder folder, JournalFile journal, Path staging, int resumed) {
        this.folder = folder;
        this.journal = journal;
        this.staging = staging;
        this.resumed = resumed;
    }

    /**
     * @param fingerprint what is being run; a journal of anything else is not resumed
     * @param resume continue the unfinished run journalled there
     * @param restart discard an unfinished run journalled there
     */
    static ResultSet open(Path path, String fingerprint, boolean resume, boolean restart) {
        ResultFolder folder;
        try {
            folder = ResultFolder.open(path);
        } catch (ResultFolder.ResultFolderException e) {
            throw CommandFailure.failure("corridorsim: " + e.getMessage());
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(path, e);
        }
        try {
            Path file = folder.journal();
            JournalFile journal;
            int resumed = 0;
            if (resume) {
                if (!Files.exists(file)) {
                    throw CommandFailure.invalid("corridorsim: nothing to resume in " + path
                            + ": no unfinished run is journalled there; run without --resume");
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

    Journal journal() {
        return journal;
    }

    /** How many replications the journal held when the run was resumed. */
    int resumed() {
        return resumed;
    }

    Path folder() {
        return folder.folder();
    }

    /**
     * Moves the result set into place as a whole. When the run is {@code complete} the journal is
     * removed; otherwise it stays for {@code --resume}.
     */
    void commit(boolean complete) {
        try {
            folder.commit(staging);
            journal.close();
            if (complete) {
                folder.finished();
            }
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(folder.folder(), e);
        }
    }

    @Override
    public void close() {
        try {
            journal.close();
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
