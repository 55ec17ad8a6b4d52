package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile files of issue 9: each is refused with located errors in the project's words, without
 * reading more than the size limit or expanding aliases beyond the node budget. How fast each is
 * refused at -Xmx256m is measured by benchmarks/hostile-inputs.sh.
 */
class HostileInputTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    private List<String> errors(String text) {
        return assertThrows(ScenarioException.class, () -> loader.parse(text, "s.yaml")).errors().stream()
                .map(ScenarioError::toString).toList();
    }

    private List<String> fileErrors(Path file) {
        return assertThrows(ScenarioException.class, () -> loader.load(file)).errors().stream()
                .map(ScenarioError::toString).toList();
    }

    @Test
    void oneAnchorUsedFortyThousandTimesIsReadLinearly() {
        StringBuilder text = new StringBuilder("x: &a {dist: exponential, mean: 4m}\nitems:\n");
        for (int i = 0; i < 40_000; i++) {
            text.append("  - *a\n");
        }
        List<String> errors = errors(text.toString());
        assertTrue(errors.get(0).startsWith("s.yaml:1:1 x: unknown key 'x'"), errors.get(0));
    }

    @Test
    void billionLaughsWithAScalarLeafStopsAtTheNodeBudget() {
        StringBuilder text = new StringBuilder("a: &a lol\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i", "j")) {
            text.append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(10, "*" + previous))).append("]\n");
            previous = name;
        }
        assertEquals(List.of("s.yaml:7:8: the document has more than 200,000 values once its aliases are expanded;"
                + " a scenario needs far fewer (are aliases nested in each other?)"), errors(text.toString()));
    }

    @Test
    void anAnchorOnAScalarCanBeUsedByAnAlias() {
        Scenario scenario = loader.parse(ScenarioTexts.MINIMAL.replace("travel: {C1: 10m}", "travel: {C1: &t 10m}")
                .replace("screening: 5m", "screening: *t"), "s.yaml");
        assertEquals(600.0, scenario.evacuation().corridors().get(0).checkpoint().screening().mean());
    }

    @Test
    void errorsInsideAnAliasedCopyPointAtTheAnchorsText() {
        List<String> errors = errors(ScenarioTexts.MINIMAL.replace("checkpoint: {screening: 5m}",
                "checkpoint: &cp {screening: 5m, lanes: 0}") + "  - {id: C2, checkpoint: *cp}\n");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("s.yaml:10:44 corridors[1].checkpoint.lanes:")),
                errors.toString());
    }

    @Test
    void aNulIsReportedWhereItIs() {
        String text = ScenarioTexts.MINIMAL.replace("size: 100", "size: 1\u000000");
        assertEquals(List.of("s.yaml:6:12: the NUL character (U+0000) is not allowed in a scenario file;"
                + " only printable text, tabs and line breaks are"), errors(text));
    }

    @Test
    void controlCharactersAreListedThenCounted() {
        List<String> errors = errors("id: \u001b\u001b\u001b\u001b\u001b\u001b\u001b\n");
        assertEquals(6, errors.size());
        assertTrue(errors.get(0).startsWith("s.yaml:1:5: the escape character (U+001B)"), errors.get(0));
        assertEquals("s.yaml:1:10: 2 more characters that are not allowed, from here on", errors.get(5));
    }

    @Test
    void aVeryLongLineOrTextIsRefusedInTheProjectsWords() {
        String longLine = "id: x\ntitle: " + "a".repeat(200_000) + "\n";
        assertEquals(List.of("s.yaml:2:100001: the line is longer than 100,000 characters; break a long text over"
                + " several lines"), errors(longLine));
        String longText = "id: x\ntitle: \"" + ("a".repeat(50_000) + "\n  ").repeat(3) + "\"\n";
        assertTrue(errors(longText).contains("s.yaml:2:8 title: the text is 150,003 characters long; at most"
                + " 100,000 are allowed"), errors(longText).toString());
    }

    @Test
    void deepNestingIsRefusedWithoutNamingJackson() {
        List<String> errors = errors("a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("s.yaml:1:68: the YAML is nested more than 64 levels deep"), errors.get(0));
        assertTrue(!errors.get(0).contains("StreamReadConstraints") && !errors.get(0).contains("Jackson"));
    }

    @Test
    void manyDuplicateKeysAreReportedWithoutCopyingTheIndex() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("k: ").append(i).append('\n');
        }
        assertTrue(errors(text.toString()).contains("s.yaml:2:1 k: duplicate key 'k'; each key may appear once in a mapping"));
    }

    @Test
    void anEmptyListSaysSo() {
        List<String> errors = errors(ScenarioTexts.MINIMAL.replace("corridors:\n  - id: C1\n    checkpoint: {screening: 5m}\n",
                "corridors: []\n"));
        assertTrue(errors.stream().anyMatch(e -> e.endsWith("corridors: expected a list of at least one corridor, got an"
                + " empty list")), errors.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(600L << 20);
        }
        assertEquals(List.of(huge + ": is 629,145,600 bytes; a scenario file may be at most 4,194,304 bytes (4 MB)"),
                fileErrors(huge));
    }

    @Test
    void devicesFoldersAndMissingFilesAreRefusedWithAReason() {
        assertEquals(List.of("/dev/zero: is not a regular file (a pipe, socket or device); give a scenario file"),
                fileErrors(Path.of("/dev/zero")));
        assertEquals(List.of(dir + ": is a folder, not a scenario file"), fileErrors(dir));
        assertEquals(List.of(dir.resolve("none.yaml") + ": no such file"), fileErrors(dir.resolve("none.yaml")));
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws IOException, InterruptedException {
        Path fifo = dir.resolve("fifo.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() != 0) {
            return; // no mkfifo on this system: the device case above covers non-regular files
        }
        assertEquals(List.of(fifo + ": is not a regular file (a pipe, socket or device); give a scenario file"),
                fileErrors(fifo));
    }

    @Test
    void theShippedScenariosStillLoad() throws IOException {
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                loader.load(file);
            }
        }
    }
}
