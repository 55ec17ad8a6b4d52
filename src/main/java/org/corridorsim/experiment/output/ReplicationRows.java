package org.corridorsim.experiment.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.corridorsim.model.Outcome;

/**
 * {@code replications.csv} streamed as the {@link org.corridorsim.experiment.Fold} folds each
 * outcome: one row per replication in index order, its index, then one column per metric in
 * model order (empty where the replication did not observe the metric). Rows go to a hidden
 * temporary file that {@link #commit()} moves into place, so memory does not grow with the
 * number of replications and a crash never leaves half a file under the real name.
 *
 * <p>Rows are formatted in batches of about a megabyte of values, not one at a time. Formatting
 * numbers exactly is the costliest code the JIT compiles in a run (about 440 ms of C2 time for
 * {@code Csv.number} and {@code Decimals.shortest}); done per replication, it took the compiler
 * from the model while the first replications warmed up.
 */
public final class ReplicationRows implements Consumer<Outcome>, Closeable {

    private final Path target;
    private final Path temporary;
    // A plain stream, not a FileChannel: rows are written on worker threads, and an interrupt
    // would close a channel for good.
    private final FileOutputStream file;
    private final Writer out;
    private final int columns;
    /** Values of the rows not written yet, row after row, and their replication indexes. */
    private final double[] waiting;
    private final int[] waitingReplications;
    private int rowsWaiting;
    private boolean committed;

    private static final int BATCH_VALUES = 1 << 17;

    private ReplicationRows(Path target, Path temporary, FileOutputStream file, List<String> metrics)
            throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.file = file;
        this.out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 16);
        this.columns = metrics.size();
        int rows = Math.max(1, BATCH_VALUES / Math.max(1, columns));
        this.waiting = new double[rows * columns];
        this.waitingReplications = new int[rows];
        List<String> header = new ArrayList<>();
        header.add("replication");
        metrics.forEach(name -> header.add(Csv.text(name)));
        Csv.row(out, header);
    }

    /**
     * Starts {@code target}; nothing appears under its name until {@link #commit()}.
     *
     * @param target the CSV file to write, e.g. {@code replications.csv}
     * @param metrics the metric names, one column each after {@code replication}
     * @return the open writer
     * @throws IOException if the temporary file cannot be created or written
     */
    public static ReplicationRows open(Path target, List<String> metrics) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".rows.tmp");
        return new ReplicationRows(absolute, temporary, new FileOutputStream(temporary.toFile()), metrics);
    }

    /** Takes one replication's row, written with its batch; an I/O error arrives as {@link UncheckedIOException}. */
    @Override
    public void accept(Outcome outcome) {
        double[] values = outcome.values();
        if (values.length != columns) {
            throw new IllegalArgumentException("replication " + outcome.replication() + " has " + values.length
                    + " values, replications.csv has " + columns + " metric columns");
        }
        System.arraycopy(values, 0, waiting, rowsWaiting * columns, columns);
        waitingReplications[rowsWaiting++] = outcome.replication();
        if (rowsWaiting == waitingReplications.length) {
            try {
                writeWaiting();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void writeWaiting() throws IOException {
        for (int row = 0; row < rowsWaiting; row++) {
            out.write(Integer.toString(waitingReplications[row]));
            for (int column = row * columns, end = column + columns; column < end; column++) {
                out.write(',');
                out.write(Csv.number(waiting[column]));
            }
            out.write('\n');
        }
        rowsWaiting = 0;
    }

    /**
     * Flushes, forces to disk and moves the file under its real name.
     *
     * @throws IOException if the file cannot be written, forced or moved
     */
    public void commit() throws IOException {
        writeWaiting();
        out.flush();
        file.getFD().sync();
        out.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    /** Without {@link #commit()}, removes the temporary file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
