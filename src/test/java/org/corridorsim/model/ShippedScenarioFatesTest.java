package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedScenarioFatesTest {

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void fatesSumToThePopulationInEveryReplication(Path file) {
        Evacuation e = new ScenarioLoader().load(file).evacuation();
        EvacuationModel model = new EvacuationModel(e);
        MetricNames names = model.metricNames();
        boolean open = false;
        double population = 0;
        for (Population p : e.populations()) {
            if (p.demand() instanceof Demand.Finite finite) {
                population += finite.size();
            } else {
                open = true;
            }
        }
        for (int r = 0; r < 5; r++) {
            Outcome o = model.replicate(new RandomStreams(2016), r);
            double sum = 0;
            for (String fate : MetricNames.FATES) {
                double v = o.value(names, fate);
                assertFalse(v < 0, fate + " is negative: " + v);
                sum += v;
            }
            if (open) {
                // without retries every attempt is a person's first, so the fates sum to the attempts
                assertEquals(0, o.value(names, "fate.stayed"));
                if (e.populations().stream().allMatch(p -> p.retry().probability() == 0)) {
                    assertEquals(o.value(names, "attempted"), sum, 1e-9, file + " replication " + r);
                }
            } else {
                assertEquals(population, sum, 1e-9, file + " replication " + r);
            }
            assertEquals(o.value(names, "evacuated"), o.value(names, "fate.evacuated"));
            assertEquals(o.value(names, "detained"), o.value(names, "fate.detained"));
        }
    }
}
