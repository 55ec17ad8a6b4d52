package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path directory;

    @Test
    void writesReplaceTheTargetAndLeaveNoTemporaryFiles() throws IOException {
        Path target = directory.resolve("out").resolve("summary.json");
        AtomicFiles.write(target, "first\n");
        AtomicFiles.write(target, "second, longer\n");
        assertEquals("second, longer\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("summary.json"), names(target.getParent()));
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path target = directory.resolve("replications.csv");
        AtomicFiles.write(target, "replication,evacuated\n0,5\n");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("replication,evacuated\n");
            out.write("0,".repeat(10_000));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("replication,evacuated\n0,5\n", Files.readString(target));
        assertEquals(List.of("replications.csv"), names(directory));
    }

    @Test
    void theWrittenFileIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path plain = Files.writeString(directory.resolve("plain.txt"), "x");
        Path atomic = directory.resolve("atomic.txt");
        AtomicFiles.write(atomic, "x");
        if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
        }
        assertEquals("x", Files.readString(atomic));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
