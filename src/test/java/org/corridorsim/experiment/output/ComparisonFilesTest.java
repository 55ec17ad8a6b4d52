package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorsim.experiment.Comparison;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Models;
import org.corridorsim.experiment.Variant;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonFilesTest {

    @TempDir
    Path directory;

    private static ComparisonResult comparison() {
        return Comparison.run(Experiment.of(Models.checkpoint(1)).scenario("x", "X").replications(5).seed(3),
                List.of(new Variant("one lane", Models.checkpoint(1)),
                        new Variant("two corridors", Models.checkpoints(2, 1, List.of()))));
    }

    @Test
    void jsonHoldsEachVariantsSummaryAndTheDifferencesFromTheBaseline() throws IOException {
        ComparisonResult comparison = comparison();
        ComparisonFiles.writeAll(directory, comparison);
        JsonNode root = new ObjectMapper().readTree(directory.resolve("comparison.json").toFile());
        assertEquals("corridorsim-comparison/1", root.get("format").asText());
        assertEquals("one lane", root.get("baseline").asText());
        assertEquals(2, root.get("variants").size());
        assertEquals(5, root.get("replications").asInt());
        JsonNode evacuated = root.get("metrics").get("evacuated");
        Summary difference = comparison.metric("evacuated").differences().get("two corridors");
        assertEquals(difference.mean(), evacuated.get("differences").get("two corridors").get("mean").asDouble());
        assertEquals(comparison.result("one lane").summary("evacuated").mean(),
                evacuated.get("variants").get("one lane").get("mean").asDouble());
        JsonNode second = root.get("metrics").get("corridor.C2.evacuated");
        assertEquals(1, second.get("variants").size());
        assertTrue(second.get("differences").isEmpty(), "not in every variant, so not differenced");
    }

    @Test
    void csvHasOneRowPerMetricAndVariantWithDifferencesOffTheBaseline() throws IOException {
        ComparisonResult comparison = comparison();
        Path file = directory.resolve("comparison.csv");
        ComparisonFiles.writeCsv(file, comparison);
        List<String> lines = Files.readAllLines(file);
        assertEquals("metric,variant,mean,half_width,std_dev,min,max,n,"
                + "difference_mean,difference_half_width,difference_low,difference_high,conditional", lines.get(0));
        String[] baseline = lines.get(1).split(",", -1);
        String[] variant = lines.get(2).split(",", -1);
        assertEquals(List.of("evacuated", "one lane"), List.of(baseline[0], baseline[1]));
        assertEquals("", baseline[8]);
        Summary difference = comparison.metric("evacuated").differences().get("two corridors");
        assertEquals(difference.mean(), Double.parseDouble(variant[8]));
        assertEquals(difference.lower(), Double.parseDouble(variant[10]));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("corridor.C2.evacuated,two corridors,") && l.endsWith(",,,,,false")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("time-in-system,one lane,") && l.endsWith(",true")),
                "time in system is averaged over evacuated groups only, so it is marked conditional");
    }
}
