package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Models;
import org.corridorsim.experiment.Sweep;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.experiment.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFilesTest {

    @TempDir
    Path directory;

    @Test
    void oneRowPerPointWithMeanAndHalfWidthOfEveryMetric() throws IOException {
        List<SweepRow> rows = Sweep.run(Experiment.of(Models.checkpoint(1)).replications(3).seed(5),
                List.of(new Variant("checkpoint.lanes=1", Models.checkpoint(1)),
                        new Variant("lanes=2, corridors=2", Models.checkpoints(2, 2, List.of()))));
        Path file = directory.resolve("sweep.csv");
        SweepFiles.writeCsv(file, rows);
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(List.of("point", "replications", "evacuated_mean", "evacuated_half_width"), header.subList(0, 4));
        int c2 = header.indexOf("corridor.C2.evacuated_mean");
        String[] first = lines.get(1).split(",", -1);
        assertEquals("checkpoint.lanes=1", first[0]);
        assertEquals("3", first[1]);
        assertEquals(rows.get(0).summary("evacuated").mean(), Double.parseDouble(first[2]));
        assertEquals(rows.get(0).summary("evacuated").halfWidth(), Double.parseDouble(first[3]));
        assertEquals("", first[c2], "the first point has no second corridor");
        assertEquals(header.size(), first.length);
        String second = lines.get(2);
        assertEquals("\"lanes=2, corridors=2\",3,", second.substring(0, second.indexOf(",3,") + 3));
    }
}
