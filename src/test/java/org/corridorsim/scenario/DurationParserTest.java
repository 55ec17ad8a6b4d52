package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.corridorsim.model.Demand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParserTest {

    @ParameterizedTest
    @CsvSource({"90s, 90", "45m, 2700", "1.5h, 5400", "2d, 172800", "1h30m, 5400", ".5h, 1800", "0, 0", "0.25s, 0.25"})
    void readsDurationsInSeconds(String text, double seconds) {
        assertEquals(OptionalDouble.of(seconds), DurationParser.seconds(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 minutes", "-5m", "5", "m", "1.h", "1h 30m", "5M", ""})
    void rejectsOtherText(String text) {
        assertEquals(OptionalDouble.empty(), DurationParser.seconds(text));
    }

    @Test
    void readsRatesPerSecond() {
        Scenario scenario = new ScenarioLoader().parse(ScenarioTexts.MINIMAL.replace("size: 100", "arrivals: {rate: 2/m}"), "r.yaml");

        assertEquals(new Demand.Poisson(2.0 / 60), scenario.evacuation().populations().get(0).demand());
    }

    @Test
    void explainsABadRateOrDuration() {
        ScenarioLoader loader = new ScenarioLoader();
        String text = ScenarioTexts.MINIMAL.replace("size: 100", "arrivals: {rate: 120 per hour}")
                .replace("screening: 5m", "screening: -5m");

        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(text, "r.yaml"));

        assertEquals(List.of("'120 per hour' is not a rate; use e.g. 120/h, 2/m", "a duration must not be negative, got '-5m'"),
                e.errors().stream().map(ScenarioError::message).toList());
    }
}
