package org.corridorsim.scenario;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The scenario's calendar: local date-times in its time zone, measured in seconds from the start.
 * Differences are taken between zoned instants, so a day across a DST change has 23 or 25 hours.
 */
record ScenarioClock(ZoneId zone, LocalDateTime start, LocalDateTime end) {

    static final String DATE_TIME_EXAMPLE = "use e.g. 2016-10-20T08:00";
    /** Longest horizon: hourly departure profiles and daily windows stay small enough to build. */
    static final int MAX_YEARS = 5;

    ZonedDateTime zonedStart() {
        return start.atZone(zone);
    }

    /** Seconds from the start to the local date-time {@code time}. */
    double seconds(LocalDateTime time) {
        return seconds(time.atZone(zone));
    }

    double seconds(ZonedDateTime time) {
        Duration between = Duration.between(zonedStart(), time);
        return between.getSeconds() + between.getNano() / 1e9;
    }

    double horizon() {
        return seconds(end);
    }

    /** The local date-time {@code seconds} after the start. */
    static LocalDateTime localTime(ZoneId zone, LocalDateTime start, double seconds) {
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return start.atZone(zone).plusSeconds(whole).plusNanos(nanos).toLocalDateTime();
    }

    /** A local date-time such as 2016-10-20T08:00 (or with a space, or a date for midnight). */
    static Optional<LocalDateTime> dateTime(Node node) {
        if (!node.json().isTextual()) {
            node.error("expected a local date-time, got " + node.describe() + "; " + DATE_TIME_EXAMPLE);
            return Optional.empty();
        }
        String text = node.json().asText().strip();
        LocalDateTime time;
        try {
            time = text.length() == 10 ? LocalDate.parse(text).atStartOfDay()
                    : LocalDateTime.parse(text.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            node.error("'" + text + "' is not a local date-time; " + DATE_TIME_EXAMPLE);
            return Optional.empty();
        }
        return Scalars.check(node, time.getYear() >= 1 && time.getYear() <= 9999,
                "'" + text + "' is out of range; years 1 to 9999 are allowed") ? Optional.of(time) : Optional.empty();
    }

    /** A time of day such as "08:00", as seconds after midnight; "24:00" is the end of the day. */
    static Optional<Integer> timeOfDay(Node node) {
        String text = node.json().isValueNode() ? node.json().asText().strip() : "";
        if (text.equals("24:00")) {
            return Optional.of(86_400);
        }
        try {
            String padded = text.length() == 4 || text.length() == 7 ? "0" + text : text;
            return Optional.of(LocalTime.parse(padded).toSecondOfDay());
        } catch (DateTimeParseException e) {
            node.error((node.json().isValueNode() && !node.isNull() ? "'" + node.json().asText() + "' is not a time of day"
                    : "expected a time of day, got " + node.describe()) + "; use HH:MM such as \"08:00\"");
            return Optional.empty();
        }
    }

    static Optional<ZoneId> zone(Node node) {
        return Scalars.text(node).flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (DateTimeException e) {
                node.error("unknown time zone '" + text + "'; use an IANA name such as Asia/Damascus or UTC");
                return Optional.empty();
            }
        });
    }
}
