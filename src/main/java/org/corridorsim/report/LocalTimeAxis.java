package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridorsim.scenario.Scenario;

/**
 * A time axis over a scenario's horizon, in simulation seconds, labelled in the scenario's local
 * wall-clock time. Ticks fall on round local times (every 6 hours at 00:00, 06:00, ...), so
 * across a DST change they are 5 or 7 hours apart, as a clock on the wall would show.
 */
final class LocalTimeAxis {

    /** Tick spacings tried, in minutes; each below a day divides a day. */
    private static final long[] STEPS = {15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 40320};
    static final int WIDE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** A labelled position on the axis; the label has one line per element. */
    record Tick(double seconds, List<String> label) {
    }

    private final Scenario scenario;

    LocalTimeAxis(Scenario scenario) {
        this.scenario = scenario;
    }

    double horizon() {
        return scenario.horizon();
    }

    String title() {
        return "local time (" + scenario.zone().getId() + ")";
    }

    /** "Thu 20 Oct 08:00". */
    String label(double seconds) {
        LocalDateTime time = scenario.localTime(seconds);
        return DAY.format(time) + " " + CLOCK.format(time);
    }

    /** "Thu 20 Oct 08:00–19:00", or with both dates when the span crosses midnight. */
    String span(double from, double to) {
        LocalDateTime start = scenario.localTime(from);
        LocalDateTime end = scenario.localTime(to);
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return label(from) + "–" + CLOCK.format(end);
        }
        if (end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalDate().equals(start.toLocalDate().plusDays(1))) {
            return label(from) + "–24:00";
        }
        return label(from) + " – " + label(to);
    }

    /** Ticks at round local times, with the horizon cut into at most about {@code mostIntervals} steps. */
    List<Tick> ticks(int mostIntervals) {
        long step = STEPS[STEPS.length - 1];
        for (long candidate : STEPS) {
            if (horizon() / (candidate * 60.0) <= mostIntervals) {
                step = candidate;
                break;
            }
        }
        boolean daily = step >= 1440;
        LocalDateTime time = scenario.localTime(0).toLocalDate().atStartOfDay();
        List<Tick> ticks = new ArrayList<>();
        LocalDate previousDay = null;
        while (true) {
            double seconds = scenario.seconds(time);
            if (seconds > horizon()) {
                break;
            }
            if (seconds >= 0) {
                LocalDate day = time.toLocalDate();
                List<String> label = daily ? List.of(DAY.format(time))
                        : day.equals(previousDay) ? List.of(CLOCK.format(time)) : List.of(CLOCK.format(time), DAY.format(time));
                ticks.add(new Tick(seconds, label));
                previousDay = day;
            }
            time = time.plusMinutes(step);
        }
        return ticks;
    }

    /** The axis for a chart across the page. */
    ObjectNode json() {
        return json(WIDE);
    }

    /**
     * The axis for a small chart: about 5 intervals, one-line labels (a date at midnight, else the
     * clock time), and no title, which the page gives once for all the small charts.
     */
    ObjectNode compactJson() {
        ObjectNode axis = json(5);
        axis.put("title", "");
        for (var tick : axis.get("ticks")) {
            ArrayNode lines = (ArrayNode) tick.get("label");
            String clock = lines.get(0).asText();
            String date = lines.size() > 1 ? lines.get(1).asText() : "";
            lines.removeAll();
            lines.add(clock.equals("00:00") && !date.isEmpty() ? date.substring(date.indexOf(' ') + 1) : clock);
        }
        return axis;
    }

    /**
     * {@code {"kind": "time", "title", "min", "max", "ticks": [{"value", "label": [LINE...]}]}}
     * for charts-common.js; narrow charts ask for fewer intervals so that labels do not collide.
     */
    ObjectNode json(int mostIntervals) {
        ObjectNode axis = Json.object();
        axis.put("kind", "time");
        axis.put("title", title());
        axis.put("min", 0);
        axis.put("max", horizon());
        ArrayNode ticks = axis.putArray("ticks");
        for (Tick tick : ticks(mostIntervals)) {
            ObjectNode node = ticks.addObject();
            node.put("value", tick.seconds());
            ArrayNode lines = node.putArray("label");
            tick.label().forEach(lines::add);
        }
        return axis;
    }
}
