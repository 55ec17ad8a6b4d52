package org.corridorsim.spark;

import java.io.IOException;
import java.nio.file.Path;
import org.corridorsim.experiment.output.ResultFolder;

/**
 * A command's result folder, as on the command line: locked for this run, checked before Spark
 * starts, written into a staging folder and moved into place as a whole, so that a reader sees
 * the old result set or the new one, never a mix.
 */
final class Output implements AutoCloseable {

    private final ResultFolder folder;
    private final Path staging;

    private Output(ResultFolder folder, Path staging) {
        this.folder = folder;
        this.staging = staging;
    }

    static Output open(Path path) {
        ResultFolder folder;
        try {
            folder = ResultFolder.open(path);
        } catch (ResultFolder.ResultFolderException e) {
            throw CommandFailure.failed(e.getMessage());
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(path, e);
        }
        try {
            return new Output(folder, folder.staging());
        } catch (IOException e) {
            close(folder);
            throw CommandFailure.cannotWrite(path, e);
        }
    }

    /** Where this run's files are written until {@link #commit()}. */
    Path staging() {
        return staging;
    }

    /** Moves the result set into place. Spark runs keep no journal, so nothing is left to resume. */
    void commit() {
        try {
            folder.commit(staging);
            folder.finished();
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(folder.folder(), e);
        }
    }

    @Override
    public void close() {
        close(folder);
    }

    private static void close(ResultFolder folder) {
        try {
            folder.close();
        } catch (IOException e) {
            // leftovers in the hidden work folder; the next run removes them
        }
    }
}
