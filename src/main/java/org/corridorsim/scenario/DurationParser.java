package org.corridorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations ({@code 90s}, {@code 45m}, {@code 1.5h}, {@code 2d}, or combined as {@code 1h30m})
 * and rates ({@code 120/h}, {@code 2/m}), converted to seconds and per second.
 */
final class DurationParser {

    static final String DURATION_EXAMPLES = "use e.g. 90s, 45m, 1.5h, 2d";
    static final String RATE_EXAMPLES = "use e.g. 120/h, 2/m";

    private static final Map<String, Double> UNITS = Map.of("s", 1.0, "m", 60.0, "h", 3600.0, "d", 86400.0);
    private static final Pattern DURATION = Pattern.compile("((\\d+(\\.\\d+)?|\\.\\d+)[smhd])+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)([smhd])");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*/\\s*([smhd])");

    private DurationParser() {
    }

    /** Seconds, or empty when {@code text} is not a duration. A bare 0 is a duration. */
    static OptionalDouble seconds(String text) {
        String trimmed = text.strip();
        if (trimmed.equals("0")) {
            return OptionalDouble.of(0);
        }
        if (!DURATION.matcher(trimmed).matches()) {
            return OptionalDouble.empty();
        }
        double total = 0;
        Matcher part = PART.matcher(trimmed);
        while (part.find()) {
            total += Double.parseDouble(part.group(1)) * UNITS.get(part.group(2));
        }
        return Double.isFinite(total) ? OptionalDouble.of(total) : OptionalDouble.empty();
    }

    /** A non-negative duration, in seconds. */
    static Optional<Double> duration(Node node) {
        node.noteParameter(Parameter.Type.DURATION, 0, Double.POSITIVE_INFINITY);
        JsonNode json = node.json();
        if (json.isNumber() && json.asDouble() == 0) {
            return Optional.of(0.0);
        }
        if (!json.isValueNode() || json.isNull()) {
            node.error("expected a duration, got " + node.describe() + "; " + DURATION_EXAMPLES);
            return Optional.empty();
        }
        String text = json.asText();
        OptionalDouble seconds = seconds(text);
        if (seconds.isPresent()) {
            return Optional.of(seconds.getAsDouble());
        }
        if (text.strip().startsWith("-") && (seconds(text.strip().substring(1)).isPresent() || json.isNumber())) {
            node.error("a duration must not be negative, got " + node.describe());
        } else if (json.isNumber()) {
            node.error("'" + text + "' is not a duration: a number needs a unit; " + DURATION_EXAMPLES);
        } else {
            node.error("'" + text + "' is not a duration; " + DURATION_EXAMPLES);
        }
        return Optional.empty();
    }

    /** A positive duration, in seconds. */
    static Optional<Double> positiveDuration(Node node) {
        node.noteParameter(Parameter.Type.DURATION, Double.MIN_VALUE, Double.POSITIVE_INFINITY);
        return duration(node).filter(seconds -> Scalars.check(node, seconds > 0, "must be positive, got " + node.describe()));
    }

    /** A positive rate, per second. */
    static Optional<Double> rate(Node node) {
        JsonNode json = node.json();
        Matcher rate = RATE.matcher(json.isTextual() ? json.asText().strip() : "");
        if (!rate.matches()) {
            node.error((json.isValueNode() && !json.isNull() ? "'" + json.asText() + "' is not a rate"
                    : "expected a rate, got " + node.describe()) + "; " + RATE_EXAMPLES);
            return Optional.empty();
        }
        double perSecond = Double.parseDouble(rate.group(1)) / UNITS.get(rate.group(2));
        return Scalars.check(node, perSecond > 0 && Double.isFinite(perSecond), "a rate must be positive, got " + node.describe())
                ? Optional.of(perSecond) : Optional.empty();
    }
}
