package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {

    @TempDir
    Path directory;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewSetReplacesTheOldOneAsAWhole() throws IOException {
        Path out = directory.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.json"), "old");
        Files.writeString(out.resolve("report.html"), "old");
        try (ResultFolder folder = ResultFolder.open(out)) {
            Path staging = folder.staging();
            Files.writeString(staging.resolve("summary.json"), "new");
            Files.writeString(staging.resolve("replications.csv"), "new");
            assertEquals("old", Files.readString(out.resolve("summary.json")), "untouched until commit");
            folder.commit(staging);
            folder.finished();
        }
        assertEquals(List.of("replications.csv", "summary.json"), names(out), "no file of the old set is left");
        assertEquals("new", Files.readString(out.resolve("summary.json")));
        assertFalse(Files.exists(directory.resolve(".out.corridorsim")), "nothing left to resume, so no work folder");
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheFolder() throws IOException {
        Path out = directory.resolve("out");
        try (ResultFolder first = ResultFolder.open(out)) {
            ResultFolder.ResultFolderException e = assertThrows(ResultFolder.ResultFolderException.class,
                    () -> ResultFolder.open(out));
            assertTrue(e.getMessage().contains("is in use by another CorridorSim run (process "), e.getMessage());
        }
        ResultFolder.open(out).close();
    }

    @Test
    void aCrashBetweenTheRenamesIsFinishedByTheNextRunAndLeftoversGo() throws IOException {
        Path out = directory.resolve("out");
        Path work = directory.resolve(".out.corridorsim");
        Files.createDirectories(work.resolve("ready"));
        Files.writeString(work.resolve("ready/summary.json"), "complete new set");
        Files.createDirectories(work.resolve("old"));
        Files.writeString(work.resolve("old/summary.json"), "old set");
        Files.createDirectories(work.resolve("staging-1234"));
        Files.writeString(work.resolve("staging-1234/summary.json"), "half");
        try (ResultFolder folder = ResultFolder.open(out)) {
            assertEquals("complete new set", Files.readString(out.resolve("summary.json")));
            assertEquals(List.of("lock"), names(work));
        }
        assertFalse(Files.exists(work));
    }

    @Test
    void withoutACompleteNewSetTheOldOneComesBack() throws IOException {
        Path out = directory.resolve("out");
        Path work = directory.resolve(".out.corridorsim");
        Files.createDirectories(work.resolve("old"));
        Files.writeString(work.resolve("old/summary.json"), "old set");
        ResultFolder.open(out).close();
        assertEquals("old set", Files.readString(out.resolve("summary.json")));
    }

    @Test
    void hiddenTemporaryFilesOfEarlierVersionsAreRemoved() throws IOException {
        Path out = directory.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(".summary.json.8f3a.tmp"), "x");
        ResultFolder.open(out).close();
        assertEquals(List.of(), names(out));
    }

    @Test
    void aFolderWithTheUsersOwnFilesIsNotReplaced() throws IOException {
        Path out = directory.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        ResultFolder.ResultFolderException e = assertThrows(ResultFolder.ResultFolderException.class,
                () -> ResultFolder.open(out));
        assertTrue(e.getMessage().contains("holds a file CorridorSim did not write (notes.txt)"), e.getMessage());
        assertTrue(Files.exists(out.resolve("notes.txt")));
    }

    @Test
    void aFolderThatCannotBeCreatedIsFoundBeforeAnythingRuns() throws IOException {
        Path file = directory.resolve("a-file");
        Files.writeString(file, "x");
        ResultFolder.ResultFolderException e = assertThrows(ResultFolder.ResultFolderException.class,
                () -> ResultFolder.open(file.resolve("out")));
        assertTrue(e.getMessage().startsWith("cannot write results to "), e.getMessage());
        assertThrows(ResultFolder.ResultFolderException.class, () -> ResultFolder.open(file));
        assertFalse(Files.exists(directory.resolve(".a-file.corridorsim")));
    }
}
