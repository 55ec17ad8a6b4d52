package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleTest {

    @TempDir
    Path dir;

    @Test
    void controlAndBidirectionalCharactersAreEscaped() {
        assertEquals("a\\u001B[2Jb\\u0007c \\u202Etxt.exe", Console.clean("a\u001b[2Jb\u0007c \u202etxt.exe"));
        assertEquals("line\nnext\ttab\r\n", Console.clean("line\nnext\ttab\r\n"));
        assertEquals("\\u0085\\u009B\\u2066x\\u2069", Console.clean("\u0085\u009b\u2066x\u2069"));
        String plain = "nothing to change: \u0645\u062d\u0645\u062f";
        assertTrue(plain == Console.clean(plain), "no copy when nothing changes");
    }

    @Test
    void aTitleWithEscapesReachesTheConsoleHarmlessly() throws IOException {
        String text = Files.readString(Path.of("scenarios/example-minimal.yaml"))
                .replaceFirst("title: .*", "title: \"Evil \\\\e[2J \\\\u202E title\"");
        Path file = dir.resolve("evil.yaml");
        Files.writeString(file, text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", file.toString(), "-r", "2", "-o", dir.resolve("out").toString(),
            "--no-progress", "--no-report"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.OK, code, err.toString());
        assertTrue(out.toString().contains("Evil \\u001B[2J \\u202E title"), out.toString());
        assertTrue(out.toString().chars().noneMatch(c -> c == 0x1b || c == 0x202e), "nothing raw reaches the terminal");
    }

    @Test
    void tooManyThreadsAreCappedWithAWarning() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "scenarios/example-minimal.yaml", "-r", "2", "-t", "40000", "-o",
            dir.resolve("t").toString(), "--no-progress", "--no-report"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(Main.OK, code, err.toString());
        assertTrue(err.toString().contains("warning: 40000 threads asked for, using "), err.toString());
    }

    @Test
    void aRunThatCannotFitTheHeapIsRefusedBeforeRunningWithAHint() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "scenarios/example-minimal.yaml", "-r", "2", "--set",
            "experiment.bin=1s", "--set", "end=2029-01-01T06:00", "-o", dir.resolve("m").toString(), "--no-progress"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.INVALID, code, err.toString());
        assertTrue(err.toString().contains("this run needs about ") && err.toString().contains("give it more with java -Xmx"),
                err.toString());
    }

    @Test
    void aHugePopulationIsRefusedAndALargeOneWarnedAbout() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "scenarios/example-minimal.yaml", "-r", "1", "--set",
            "populations.town.arrivals.rate=1000000000/h", "-o", dir.resolve("p").toString(), "--no-progress"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.INVALID, code, err.toString());
        assertTrue(err.toString().contains("groups in one replication, above the limit of 500,000,000"), err.toString());
    }

    @Test
    void runningOutOfMemoryInAReplicationIsOneLineNamingWhatToDo() {
        org.corridorsim.policy.BlockingPolicy hungry = new org.corridorsim.policy.BlockingPolicy() {
            @Override
            public String id() {
                return "hungry";
            }

            @Override
            public org.corridorsim.policy.Enforcement start(org.corridorsim.policy.PolicyContext context) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        var failure = org.junit.jupiter.api.Assertions.assertThrows(org.corridorsim.experiment.ExperimentFailure.class,
                () -> org.corridorsim.experiment.Experiment.of(org.corridorsim.experiment.Models.checkpoints(1, 1,
                        java.util.List.of(hungry))).run());
        String line = Limits.describe(failure);
        assertTrue(line.startsWith("corridorsim: ran out of memory in replication 0 (Java may use "), line);
        assertTrue(line.contains("give it more with java -Xmx") && !line.contains("\n"), line);
    }
}
