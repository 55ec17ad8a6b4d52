package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small scenario runs from Sat 30 Mar 2024 18:00 to Sun 31 Mar 18:00 in Berlin, across the switch to summer time. */
class LocalTimeAxisTest {

    private final LocalTimeAxis axis = new LocalTimeAxis(Reports.scenario());

    @Test
    void ticksFallOnRoundLocalTimesAndFollowTheClockChange() {
        List<LocalTimeAxis.Tick> ticks = axis.ticks(LocalTimeAxis.WIDE);
        // 23 hours in at most 10 steps: every 3 hours, at 18:00, 21:00, 00:00, 03:00 (only 2 h after
        // midnight, as 02:00 becomes 03:00), 06:00, ... 18:00.
        assertEquals(List.of(0.0, 3 * 3600.0, 6 * 3600.0, 8 * 3600.0, 11 * 3600.0),
                ticks.subList(0, 5).stream().map(LocalTimeAxis.Tick::seconds).toList());
        assertEquals(List.of("18:00", "Sat 30 Mar"), ticks.get(0).label());
        assertEquals(List.of("21:00"), ticks.get(1).label());
        assertEquals(List.of("00:00", "Sun 31 Mar"), ticks.get(2).label());
        assertEquals(List.of("03:00"), ticks.get(3).label());
        assertEquals(23 * 3600.0, ticks.get(ticks.size() - 1).seconds());
        assertEquals(List.of("18:00"), ticks.get(ticks.size() - 1).label());
    }

    @Test
    void fewerIntervalsGiveWiderSteps() {
        // every 6 hours: 18:00, 00:00, then 06:00 only 11 hours in, 12:00 and 18:00
        assertEquals(List.of(0.0, 6 * 3600.0, 11 * 3600.0, 17 * 3600.0, 23 * 3600.0),
                axis.ticks(4).stream().map(LocalTimeAxis.Tick::seconds).toList());
    }

    @Test
    void labelsAndSpansAreLocalTimes() {
        assertEquals("Sat 30 Mar 18:00", axis.label(0));
        assertEquals("Sun 31 Mar 03:00", axis.label(8 * 3600));
        assertEquals("Sat 30 Mar 18:00–19:00", axis.span(0, 3600));
        assertEquals("Sat 30 Mar 18:00–24:00", axis.span(0, 6 * 3600));
        assertEquals("Sat 30 Mar 22:00 – Sun 31 Mar 06:00", axis.span(4 * 3600, 11 * 3600));
        assertEquals("local time (Europe/Berlin)", axis.title());
    }

    @Test
    void compactAxesHaveOneLineLabelsWithTheDateAtMidnight() {
        var ticks = axis.compactJson().get("ticks");
        assertEquals("18:00", ticks.get(0).get("label").get(0).asText());
        assertEquals(1, ticks.get(0).get("label").size());
        assertEquals("31 Mar", ticks.get(1).get("label").get(0).asText());
        assertEquals("", axis.compactJson().get("title").asText());
    }
}
