package org.corridorsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corridorsim.scenario.ScenarioOverride;

/** The points of a sweep: every combination of the values given for each parameter. */
final class SweepGrid {

    private SweepGrid() {
    }

    /** The most points a sweep may have: each is a scenario loaded, run and kept in memory. */
    static final int MAX_POINTS = 10_000;

    static List<List<ScenarioOverride>> points(List<String> parameters) {
        long size = 1;
        List<String> counts = new ArrayList<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            int values = equals <= 0 ? 1 : splitTopLevel(parameter.substring(equals + 1)).size();
            counts.add(Integer.toString(values));
            size = Math.min(Long.MAX_VALUE / 1024, size * values);
        }
        if (size > MAX_POINTS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a sweep of %,d points (%s values) "
                    + "is above the limit of %,d: every point is a scenario loaded, run and kept in memory; sweep fewer "
                    + "values, or split the grid into several sweeps with -o", size, String.join(" x ", counts),
                    MAX_POINTS));
        }
        List<List<ScenarioOverride>> points = new ArrayList<>();
        points.add(List.of());
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals <= 0 || equals == parameter.length() - 1) {
                throw new IllegalArgumentException(
                        "--set takes PATH=V1,V2,..., e.g. blocking.shelling.queued=stay,disperse; got '" + parameter + "'");
            }
            String path = parameter.substring(0, equals).strip();
            List<String> values = splitTopLevel(parameter.substring(equals + 1));
            List<List<ScenarioOverride>> next = new ArrayList<>();
            for (List<ScenarioOverride> point : points) {
                for (String value : values) {
                    List<ScenarioOverride> extended = new ArrayList<>(point);
                    extended.add(new ScenarioOverride(path, value));
                    next.add(List.copyOf(extended));
                }
            }
            points = next;
        }
        return points;
    }

    static String label(List<ScenarioOverride> point) {
        return point.stream().map(ScenarioOverride::toString).collect(Collectors.joining(" "));
    }

    /** Splits at commas that are not inside braces or brackets, so YAML maps can be values. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("empty value in '" + text + "'");
        }
        return parts;
    }
}
