package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run, compare and sweep write report.html beside their other files, unless told not to. */
class ReportOptionTest {

    private static final String SMALL = "src/test/resources/scenarios/report-small.yaml";

    @TempDir
    Path directory;

    private int execute(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-r", "2", "--threads", "1", "--no-progress"));
        StringWriter err = new StringWriter();
        int code = Main.execute(all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals("", err.toString());
        return code;
    }

    @Test
    void runWritesTheReportAfterTheOtherFiles() throws IOException {
        Path out = directory.resolve("run");
        assertEquals(Main.OK, execute("run", SMALL, "-o", out.toString()));
        for (String file : List.of("summary.json", "replications.csv", "timeseries.csv", "datapackage.json",
                "scenario.resolved.yaml", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!DOCTYPE html>"));
        try (var files = Files.list(out)) {
            assertEquals(6, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void noReportSkipsIt() {
        Path out = directory.resolve("quiet");
        assertEquals(Main.OK, execute("run", SMALL, "-o", out.toString(), "--no-report"));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void compareHandlesAPolicyThatOnlyOneVariantHas() throws IOException {
        String text = Files.readString(Path.of(SMALL));
        Path calm = directory.resolve("calm.yaml");
        Files.writeString(calm, text.substring(0, text.indexOf("  - id: shelling")) + text.substring(text.indexOf("experiment:")));
        Path out = directory.resolve("policies");
        StringWriter console = new StringWriter();
        int code = Main.execute(new String[] {"compare", SMALL, calm.toString(), "-r", "2", "--no-progress", "-o",
                out.toString()}, new PrintWriter(console), new PrintWriter(new StringWriter()));
        assertEquals(Main.OK, code);
        assertTrue(console.toString().contains("blocked.shelling"), console.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Stops by shelling"));
    }

    @Test
    void compareAndSweepWriteReportsToo() throws IOException {
        Path compare = directory.resolve("compare");
        assertEquals(Main.OK, execute("compare", SMALL, SMALL, "-o", compare.toString()));
        assertTrue(Files.readString(compare.resolve("report.html")).contains("comparison of 2 variants"));
        Path sweep = directory.resolve("sweep");
        assertEquals(Main.OK, execute("sweep", SMALL, "--set", "blocking.patrols.probability=0,0.5", "-o", sweep.toString()));
        assertTrue(Files.readString(sweep.resolve("report.html")).contains("sweep of 2 points"));
        Path skipped = directory.resolve("skipped");
        assertEquals(Main.OK, execute("sweep", SMALL, "--set", "blocking.patrols.probability=0,0.5", "-o",
                skipped.toString(), "--no-report"));
        assertFalse(Files.exists(skipped.resolve("report.html")));
    }
}
