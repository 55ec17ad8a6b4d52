package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.corridorsim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalFileTest {

    @TempDir
    Path directory;

    private static Outcome outcome(int r) {
        double[] values = {r, Double.NaN, -0.0, 0.1 + r, 1e300, -7};
        double[][] series = {{0, 1, 2, 3.5, -0.0, Double.NaN}, {9007199254740992.0, 12, 0}};
        return new Outcome(r, values, series, 1000L + r);
    }

    private static List<Outcome> read(Iterator<Outcome> it) {
        List<Outcome> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    private static void assertSameBits(Outcome expected, Outcome actual) {
        assertEquals(expected.replication(), actual.replication());
        assertEquals(expected.events(), actual.events());
        for (int m = 0; m < expected.values().length; m++) {
            assertEquals(Double.doubleToRawLongBits(expected.values()[m]), Double.doubleToRawLongBits(actual.values()[m]));
        }
        for (int s = 0; s < expected.throughput().length; s++) {
            assertEquals(expected.throughput()[s].length, actual.throughput()[s].length);
            for (int b = 0; b < expected.throughput()[s].length; b++) {
                assertEquals(Double.doubleToRawLongBits(expected.throughput()[s][b]),
                        Double.doubleToRawLongBits(actual.throughput()[s][b]));
            }
        }
    }

    @Test
    void outcomesReadBackToTheBitPerUnitInRecordingOrder() throws IOException {
        Path file = directory.resolve("journal");
        try (JournalFile journal = JournalFile.create(file, "abc")) {
            journal.record("", outcome(2));
            journal.record("variant b", outcome(0));
            journal.record("", outcome(0));
            List<Outcome> run = read(journal.recorded(""));
            assertEquals(2, run.size());
            assertSameBits(outcome(2), run.get(0));
            assertSameBits(outcome(0), run.get(1));
            assertEquals(1, read(journal.recorded("variant b")).size());
            assertEquals(3, journal.records());
        }
        assertEquals(3, JournalFile.count(file, "abc"));
    }

    @Test
    void aTornRecordAtTheEndIsCutOffAndAppendingGoesOn() throws IOException {
        Path file = directory.resolve("journal");
        try (JournalFile journal = JournalFile.create(file, "abc")) {
            journal.record("", outcome(0));
            journal.record("", outcome(1));
        }
        long full = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(full - 5);
        }
        try (JournalFile journal = JournalFile.resume(file, "abc")) {
            assertEquals(1, journal.records());
            journal.record("", outcome(5));
            List<Outcome> back = read(journal.recorded(""));
            assertEquals(List.of(0, 5), back.stream().map(Outcome::replication).toList());
        }
    }

    @Test
    void aCorruptRecordEndsTheReadablePart() throws IOException {
        Path file = directory.resolve("journal");
        try (JournalFile journal = JournalFile.create(file, "abc")) {
            journal.record("", outcome(0));
            journal.record("", outcome(1));
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x55;
        Files.write(file, bytes);
        assertEquals(1, JournalFile.count(file, "abc"), "the checksum catches the flipped bits");
    }

    @Test
    void aCorruptRecordInTheMiddleIsRefusedAndTheValidRecordsAfterItAreKept() throws IOException {
        Path file = directory.resolve("journal");
        try (JournalFile journal = JournalFile.create(file, "abc")) {
            for (int r = 0; r < 4; r++) {
                journal.record("", outcome(r));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        int second = bytes.length / 4 + 30;
        bytes[second] ^= 0x55;
        Files.write(file, bytes);
        JournalFile.JournalMismatch e = assertThrows(JournalFile.JournalMismatch.class,
                () -> JournalFile.resume(file, "abc"));
        assertTrue(e.getMessage().contains("is damaged at byte") && e.getMessage().contains("may hold valid records"),
                e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "nothing is cut off");
    }

    @Test
    void recordsSplicedFromTheJournalOfAnotherRunFailTheirChecksum() throws IOException {
        Path mine = directory.resolve("mine");
        Path other = directory.resolve("other");
        try (JournalFile journal = JournalFile.create(mine, "seed=4")) {
            journal.record("", outcome(0));
        }
        try (JournalFile journal = JournalFile.create(other, "seed=5")) {
            journal.record("", outcome(1));
            journal.record("", outcome(2));
        }
        byte[] header = Files.readAllBytes(mine);
        byte[] theirs = Files.readAllBytes(other);
        int theirHeader = "corridorsim-journal/3 seed=5\n".length();
        byte[] spliced = java.util.Arrays.copyOf(header, header.length + theirs.length - theirHeader);
        System.arraycopy(theirs, theirHeader, spliced, header.length, theirs.length - theirHeader);
        Files.write(mine, spliced);
        assertThrows(JournalFile.JournalMismatch.class, () -> JournalFile.resume(mine, "seed=4"),
                "another run's records are not taken for this run's");
    }

    @Test
    void aJournalOfSomethingElseIsNotResumed() throws IOException {
        Path file = directory.resolve("journal");
        JournalFile.create(file, "abc").close();
        JournalFile.JournalMismatch e = assertThrows(JournalFile.JournalMismatch.class,
                () -> JournalFile.resume(file, "xyz"));
        assertTrue(e.getMessage().contains("(changed: scenario files, overrides, plugin jars, seed, options"), e.getMessage());
        JournalFile.create(file, "command=1 seed=2 plugin-jars=3").close();
        assertTrue(assertThrows(JournalFile.JournalMismatch.class,
                () -> JournalFile.resume(file, "command=1 seed=4 plugin-jars=5")).getMessage()
                .endsWith("does not match this command (changed: seed, plugin jars)"));
        Files.writeString(file, "hello");
        assertTrue(assertThrows(JournalFile.JournalMismatch.class, () -> JournalFile.resume(file, "xyz"))
                .getMessage().contains("is not a CorridorSim journal"));
    }

    @Test
    void integersAreStoredCompactly() throws IOException {
        Path file = directory.resolve("journal");
        double[][] series = new double[10][100];
        try (JournalFile journal = JournalFile.create(file, "abc")) {
            journal.record("", new Outcome(0, new double[0], series, 0));
        }
        assertTrue(Files.size(file) < 1200, "1000 zero bins take about a byte each, got " + Files.size(file));
        assertFalse(Files.size(file) < 1000);
    }

    @Test
    void oneOutcomeRoundTripsThroughTheEncoding() throws IOException {
        Path file = directory.resolve("journal");
        try (JournalFile journal = JournalFile.create(file, "f")) {
            journal.record("u", outcome(3));
        }
        try (JournalFile journal = JournalFile.resume(file, "f")) {
            Outcome back = journal.recorded("u").next();
            assertSameBits(outcome(3), back);
            assertArrayEquals(new double[] {0, 1, 2, 3.5, -0.0, Double.NaN}, back.throughput()[0]);
        }
    }
}
