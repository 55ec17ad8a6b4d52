package org.corridorsim.experiment.output;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.CRC32C;
import org.corridorsim.experiment.Journal;
import org.corridorsim.model.Outcome;

/**
 * A {@link Journal} in one append-only file: a header line naming the format and the
 * fingerprint of what is being run, then one checksummed record per completed replication.
 *
 * <pre>
 * header  "corridorsim-journal/3 " FINGERPRINT "\n"
 * record  u32 length, payload (length bytes), u32 CRC-32C of header + payload   (big-endian)
 * payload UTF unit, i32 replication, i64 events, u32 metrics, metrics x f64 value,
 *         u32 series, per series: u32 bins, bins x NUMBER,
 *         u32 recorded, recorded x f64 count (the counts at observation times)
 * NUMBER  varint 2v for an integer 0 &lt;= v &lt; 2^53 (throughput counts), else varint 1 and f64
 * </pre>
 *
 * <p>Records are flushed to the operating system as they are written, so a killed process loses
 * none, and forced to disk at most once a second and on {@link #close()}. A torn or corrupt
 * record at the end (a crash while writing) is cut off when the file is opened again. A corrupt
 * record with more bytes after it is damage, not a crash: the journal is then refused rather than
 * cut, so that the valid records after it are not destroyed.
 *
 * <p>Each record's checksum covers the header too, so records spliced in from the journal of
 * another run (another seed, other files or options) fail their checksum.
 */
public final class JournalFile implements Journal, Closeable {

    static final String FORMAT = "corridorsim-journal/3";
    private static final int MAX_HEADER = 8192;
    private static final String FORMAT_PREFIX = "corridorsim-journal/";

    private static final long FORCE_NANOS = 1_000_000_000L;
    private static final int MAX_RECORD = 1 << 30;

    private final Path file;
    // Plain streams, not a FileChannel: a worker thread interrupted while writing would close a channel for good.
    private final RandomAccessFile raf;
    private final DataOutputStream out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private final byte[] header;
    private int records;
    private long lastForce = System.nanoTime();

    private JournalFile(Path file, RandomAccessFile raf, byte[] header, int records) throws IOException {
        this.file = file;
        this.raf = raf;
        this.out = new DataOutputStream(new java.io.BufferedOutputStream(new FileOutputStream(raf.getFD()), 1 << 16));
        this.header = header;
        this.records = records;
    }

    /**
     * Starts a new, empty journal for {@code fingerprint}, replacing any file at {@code file}.
     *
     * @param file the journal file
     * @param fingerprint identifies the run the records belong to
     * @return the open journal, holding no records
     * @throws IOException if the file cannot be created or written
     */
    public static JournalFile create(Path file, String fingerprint) throws IOException {
        byte[] header = header(fingerprint);
        RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw");
        raf.setLength(0);
        raf.write(header);
        raf.getFD().sync();
        return new JournalFile(file, raf, header, 0);
    }

    /**
     * Opens an existing journal to append to it, after checking its fingerprint and cutting off a
     * torn record at its end.
     *
     * @throws JournalMismatch if it was written for something else, or is not a journal
     * @param file the journal file
     * @param fingerprint identifies the run the records must belong to
     * @return the open journal, positioned after its last complete record
     */
    public static JournalFile resume(Path file, String fingerprint) throws IOException {
        byte[] header = header(fingerprint);
        Scan scan = scan(file, header);
        RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw");
        raf.setLength(scan.end);
        raf.seek(scan.end);
        return new JournalFile(file, raf, header, scan.records);
    }

    /**
     * How many records the journal at {@code file} holds for {@code fingerprint}; 0 if there is none.
     *
     * @param file the journal file, which need not exist
     * @param fingerprint identifies the run the records must belong to
     * @return the number of complete records
     * @throws IOException if the file exists but cannot be read
     */
    public static int count(Path file, String fingerprint) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return scan(file, header(fingerprint)).records;
    }

    /** {@return the journal file} */
    public Path file() {
        return file;
    }

    /** {@return how many records the journal holds} */
    public synchronized int records() {
        return records;
    }

    @Override
    public synchronized void record(String unit, Outcome outcome) {
        try {
            buffer.reset();
            JournalPayload.encode(new DataOutputStream(buffer), unit, outcome);
            byte[] payload = buffer.toByteArray();
            CRC32C crc = new CRC32C();
            crc.update(header);
            crc.update(payload);
            out.writeInt(payload.length);
            out.write(payload);
            out.writeInt((int) crc.getValue());
            out.flush();
            records++;
            long now = System.nanoTime();
            if (now - lastForce > FORCE_NANOS) {
                raf.getFD().sync();
                lastForce = now;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Iterator<Outcome> recorded(String unit) {
        synchronized (this) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Reader(file, header, unit);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            out.flush();
            raf.getFD().sync();
        } finally {
            raf.close();
        }
    }

    private static byte[] header(String fingerprint) {
        if (fingerprint.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a journal fingerprint is one line, got " + fingerprint);
        }
        return (FORMAT + " " + fingerprint + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private record Scan(long end, int records) {
    }

    private static Scan scan(Path file, byte[] header) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            in.mark(MAX_HEADER);
            byte[] found = in.readNBytes(header.length);
            if (!java.util.Arrays.equals(found, header)) {
                in.reset();
                String text = new String(in.readNBytes(MAX_HEADER), StandardCharsets.UTF_8);
                if (!text.startsWith(FORMAT_PREFIX)) {
                    throw new JournalMismatch(file + " is not a CorridorSim journal");
                }
                if (!text.startsWith(FORMAT + " ")) {
                    throw new JournalMismatch("the journal " + file + " was written by another version of CorridorSim");
                }
                int end = text.indexOf('\n');
                String written = text.substring(FORMAT.length() + 1, end < 0 ? text.length() : end);
                String expected = new String(header, StandardCharsets.UTF_8).substring(FORMAT.length() + 1).strip();
                throw new JournalMismatch("the journal " + file + " does not match this command (changed: "
                        + Fingerprints.differences(written, expected) + ")");
            }
            long end = header.length;
            int records = 0;
            while (true) {
                byte[] payload = readRecord(in, header);
                if (payload == null) {
                    requireTornTail(file, end, records);
                    return new Scan(end, records);
                }
                end += 8 + payload.length;
                records++;
            }
        }
    }

    /**
     * Accepts the bytes from {@code end} on as a record torn by a crash, which is cut off: too
     * short for a length, a record whose stated length reaches the end of the file, or zeros.
     * Anything else is a corrupt record with data after it, which is refused.
     */
    private static void requireTornTail(Path file, long end, int records) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long size = raf.length();
            if (size - end < 4) {
                return;
            }
            raf.seek(end);
            int length = raf.readInt();
            if (length > 0 && length <= MAX_RECORD && end + 8 + length >= size) {
                return;
            }
            byte[] rest = new byte[1 << 16];
            raf.seek(end);
            int read;
            while ((read = raf.read(rest)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (rest[i] != 0) {
                        throw new JournalMismatch("the journal " + file + " is damaged at byte " + end + ", after "
                                + records + " valid records: a corrupt record there has " + (size - end)
                                + " more bytes after it, which may hold valid records, so it is not cut off. Keep a "
                                + "copy of the journal if those records matter");
                    }
                }
            }
        }
    }

    /** The next valid payload, or null at the end or at a torn or corrupt record. */
    private static byte[] readRecord(DataInputStream in, byte[] header) throws IOException {
        try {
            int length = in.readInt();
            if (length <= 0 || length > MAX_RECORD) {
                return null;
            }
            byte[] payload = in.readNBytes(length);
            if (payload.length < length) {
                return null;
            }
            int stored = in.readInt();
            CRC32C crc = new CRC32C();
            crc.update(header);
            crc.update(payload);
            return (int) crc.getValue() == stored ? payload : null;
        } catch (EOFException e) {
            return null;
        }
    }

    /** Reads the records of one unit lazily, so a long journal is never in memory at once. */
    private static final class Reader implements Iterator<Outcome> {
        private final DataInputStream in;
        private final byte[] header;
        private final String unit;
        private Outcome next;
        private boolean done;

        Reader(Path file, byte[] header, String unit) {
            this.header = header;
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                in.skipNBytes(header.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.unit = unit;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    byte[] payload = readRecord(in, header);
                    if (payload == null) {
                        done = true;
                        in.close();
                    } else {
                        next = JournalPayload.decode(new DataInputStream(new java.io.ByteArrayInputStream(payload)), unit);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public Outcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Outcome outcome = next;
            next = null;
            return outcome;
        }
    }

    /** A journal that does not belong to the command that wants to resume it. */
    public static final class JournalMismatch extends IOException {
        private static final long serialVersionUID = 1L;

        JournalMismatch(String message) {
            super(message);
        }
    }
}
