package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.corridorsim.model.Demand;
import org.corridorsim.model.DepartureProfile;
import org.corridorsim.model.Interval;
import org.corridorsim.model.Windows;
import org.junit.jupiter.api.Test;

/** Local times to simulation seconds: daily windows, hourly profiles and DST changes. */
class CalendarTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario scenario(String zone, String start, String end, String extra, String departures) {
        return loader.parse("""
                id: calendar
                time-zone: %s
                start: %s
                end: %s
                %s
                populations:
                  - {id: p, size: 10, departures: %s, travel: {C1: 1m}}
                corridors:
                  - {id: C1, checkpoint: {screening: 1m}}
                """.formatted(zone, start, end, extra, departures), "calendar.yaml");
    }

    private static DepartureProfile departures(Scenario scenario) {
        return ((Demand.Finite) scenario.evacuation().populations().get(0).demand()).departures();
    }

    @Test
    void dailyWindowsFollowLocalTimeAcrossTheEndOfSummerTime() {
        Scenario berlin = scenario("Europe/Berlin", "2016-10-29T08:00", "2016-10-31T19:00",
                "windows: {daily: {from: \"08:00\", to: \"19:00\"}}", "windows");

        List<Interval> expected = List.of(new Interval(0, 39_600), new Interval(90_000, 129_600),
                new Interval(176_400, 216_000));
        assertEquals(216_000, berlin.horizon(), "the night of 30 October has 25 hours");
        assertEquals(new Windows(expected), berlin.evacuation().corridors().get(0).windows());
        assertEquals(DepartureProfile.over(expected), departures(berlin));
        assertEquals(LocalDateTime.of(2016, 10, 30, 8, 0), berlin.localTime(90_000));
    }

    @Test
    void anOvernightWindowRunsIntoTheNextDay() {
        Scenario night = scenario("UTC", "2020-01-01T00:00", "2020-01-02T12:00",
                "windows: {daily: {from: \"20:00\", to: \"06:00\"}}", "uniform");

        assertEquals(new Windows(List.of(new Interval(0, 21_600), new Interval(72_000, 108_000))),
                night.evacuation().corridors().get(0).windows());
        assertEquals(DepartureProfile.uniform(new Interval(0, 129_600)), departures(night));
    }

    @Test
    void aWholeDayWindowJoinsIntoOneInterval() {
        Scenario always = scenario("UTC", "2020-01-01T06:00", "2020-01-03T06:00",
                "windows: {daily: {from: \"00:00\", to: \"24:00\"}}", "windows");

        assertEquals(new Windows(List.of(new Interval(0, 172_800))), always.evacuation().corridors().get(0).windows());
    }

    @Test
    void anHourlyProfileIsLaidOverEveryLocalHour() {
        String weights = "{profile: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]}";
        Scenario evening = scenario("UTC", "2020-01-01T22:30", "2020-01-02T01:00", "", weights);

        assertEquals(new DepartureProfile(
                        List.of(new Interval(0, 1800), new Interval(1800, 5400), new Interval(5400, 9000)),
                        List.of(23.0, 24.0, 1.0)),
                departures(evening));
    }

    @Test
    void aRepeatedHourAtTheEndOfSummerTimeKeepsItsWeightTwice() {
        String weights = "{profile: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]}";
        Scenario berlin = scenario("Europe/Berlin", "2016-10-30T01:00", "2016-10-30T04:00", "", weights);

        assertEquals(new DepartureProfile(
                        List.of(new Interval(0, 3600), new Interval(3600, 7200), new Interval(7200, 10_800),
                                new Interval(10_800, 14_400)),
                        List.of(2.0, 3.0, 3.0, 4.0)),
                departures(berlin));
    }
}
