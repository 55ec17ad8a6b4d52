package org.corridorsim.experiment.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * An output folder whose result set is replaced all at once, by one writer at a time.
 *
 * <p>Beside {@code results/x/} lives a hidden work folder {@code results/.x.corridorsim/} that
 * holds a lock file, the journal of an unfinished run, and the result set being written
 * ({@code staging-*}). When the set is complete it is renamed to {@code ready}, the old folder
 * to {@code old}, {@code ready} to {@code results/x}, and {@code old} is deleted. Readers of
 * {@code results/x/} therefore see the old set or the new one, never a mix. If a crash falls
 * between the renames, the next run restores {@code ready} (or else {@code old}) before
 * anything else and deletes leftovers.
 *
 * <p>Opening takes an exclusive lock: a second run into the same folder is refused while the
 * first holds it. When a run ends with nothing to resume, the whole work folder, lock file
 * included, is removed while the lock is still held. (Two runs that start in the microseconds
 * in which a third removes its lock file could both get a lock; we accept that.)
 */
public final class ResultFolder implements Closeable {

    /** The files CorridorSim writes into a result folder; anything else there is the user's. */
    public static final Set<String> RESULT_FILES = Set.of(ExperimentFiles.SUMMARY_JSON, ExperimentFiles.REPLICATIONS_CSV,
            ExperimentFiles.TIMESERIES_CSV, "report.html", ComparisonFiles.COMPARISON_CSV,
            ComparisonFiles.COMPARISON_JSON, SweepFiles.SWEEP_CSV, SweepFiles.SWEEP_JSON, ExperimentFiles.DATAPACKAGE_JSON,
            ExperimentFiles.RESOLVED_SCENARIO, AttributionFiles.ATTRIBUTION_JSON, AttributionFiles.ATTRIBUTION_CSV,
            FitFiles.FIT_JSON, FitFiles.POSTERIOR_CSV);

    /** Whether CorridorSim writes files of this name: the result files, and a compare's LABEL.resolved.yaml. */
    static boolean isResultFile(String name) {
        return RESULT_FILES.contains(name) || name.endsWith(".resolved.yaml");
    }

    private static final String LOCK = "lock";
    private static final String JOURNAL = "journal";
    private static final String STATE = "state";
    private static final String READY = "ready";
    private static final String OLD = "old";
    private static final String STAGING = "staging-";

    private final Path folder;
    private final Path work;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private ResultFolder(Path folder, Path work, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.work = work;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} for this run, finishes or undoes a replacement a crash interrupted,
     * removes leftovers, and checks that a result set can be written there.
     *
     * @throws ResultFolderException with a message for the user when the folder is in use, is not
     *         a folder, holds files CorridorSim did not write, or cannot be written
     * @param folder the result folder, which need not exist yet
     * @return the locked folder
     */
    public static ResultFolder open(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new ResultFolderException("cannot write results to " + folder + ": choose a folder below the root");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new ResultFolderException("cannot write results to " + folder + ": it is a file, not a folder");
        }
        Path work = parent.resolve("." + absolute.getFileName() + ".corridorsim");
        try {
            Files.createDirectories(work);
        } catch (AccessDeniedException e) {
            throw new ResultFolderException("cannot write results to " + folder + ": " + parent + " is not writable");
        } catch (IOException e) {
            throw new ResultFolderException("cannot write results to " + folder + ": cannot create " + work + ": "
                    + e.getMessage());
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(work.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (AccessDeniedException e) {
            throw new ResultFolderException("cannot write results to " + folder + ": " + work + " is not writable");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(work.resolve(LOCK), StandardCharsets.UTF_8).trim();
            channel.close();
            throw new ResultFolderException(folder + " is in use by another CorridorSim run"
                    + (holder.isEmpty() ? "" : " (" + holder + ")")
                    + "; wait for it to finish, or write elsewhere with -o");
        }
        ResultFolder result = new ResultFolder(absolute, work, channel, lock);
        try {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            result.recover();
            result.requireOurs();
            result.requireWritable();
        } catch (IOException | RuntimeException e) {
            result.close();
            throw e;
        }
        return result;
    }

    /** {@return the result folder} */
    public Path folder() {
        return folder;
    }

    /** {@return where the journal of this folder's run lives} */
    public Path journal() {
        return work.resolve(JOURNAL);
    }

    /** {@return where a run that keeps its state as files (a fit's generations) keeps them} */
    public Path state() {
        return work.resolve(STATE);
    }

    /**
     * A new, empty folder to write the next result set into; see {@link #commit}.
     *
     * @return the new folder
     * @throws IOException if it cannot be created
     */
    public Path staging() throws IOException {
        while (true) {
            Path staging = work.resolve(STAGING + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            try {
                return Files.createDirectory(staging);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // draw again
            }
        }
    }

    /**
     * Replaces the result set in {@link #folder()} by the complete set in {@code staging}, as a whole.
     *
     * @param staging a folder from {@link #staging()} holding the complete result set
     * @throws IOException if a file cannot be forced to disk or a folder cannot be moved
     */
    public void commit(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        }
        Path ready = work.resolve(READY);
        Path old = work.resolve(OLD);
        deleteTree(ready);
        deleteTree(old);
        Files.move(staging, ready, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(ready, folder, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /**
     * Removes the journal and staging folders: the run finished with nothing left to resume.
     *
     * @throws IOException if they cannot be removed
     */
    public void finished() throws IOException {
        Files.deleteIfExists(journal());
        deleteTree(state());
        removeLeftovers();
    }

    @Override
    public void close() throws IOException {
        try {
            removeLeftovers();
            if (!Files.exists(journal()) && !Files.exists(state())) {
                try (Stream<Path> entries = Files.list(work)) {
                    if (entries.allMatch(p -> p.getFileName().toString().equals(LOCK))) {
                        Files.deleteIfExists(work.resolve(LOCK));
                        Files.deleteIfExists(work);
                    }
                }
            }
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }

    private void recover() throws IOException {
        Path ready = work.resolve(READY);
        Path old = work.resolve(OLD);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(ready)) {
                Files.move(ready, folder, StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.isDirectory(old)) {
                Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(ready);
        deleteTree(old);
        removeLeftovers();
        // hidden temporary files of single-file writes interrupted by a crash
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(work, STAGING + "*")) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        } catch (NoSuchFileException e) {
            // nothing to clean
        }
    }

    private void requireOurs() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!isResultFile(name) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    foreign.add(name);
                }
            }
        }
        if (!foreign.isEmpty()) {
            foreign.sort(Comparator.naturalOrder());
            throw new ResultFolderException("cannot write results to " + folder + ": it holds "
                    + (foreign.size() == 1 ? "a file" : foreign.size() + " files")
                    + " CorridorSim did not write (" + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                    + (foreign.size() > 3 ? ", ..." : "") + "), and a new result set replaces the whole folder;"
                    + " choose an empty or new folder with -o");
        }
    }

    private void requireWritable() throws IOException {
        Path probe;
        try {
            probe = staging();
            Files.writeString(probe.resolve("probe"), "probe");
        } catch (IOException e) {
            throw new ResultFolderException("cannot write results to " + folder + ": " + work + " is not writable ("
                    + e.getMessage() + ")");
        }
        deleteTree(probe);
        Path parent = folder.getParent();
        if (!Files.isWritable(parent)) {
            throw new ResultFolderException("cannot write results to " + folder + ": " + parent + " is not writable");
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : (Iterable<Path>) children::iterator) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }

    /** The folder cannot hold this run's results; the message is for the user. */
    public static final class ResultFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        ResultFolderException(String message) {
            super(message);
        }
    }
}
