package org.corridorsim.experiment.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Names what differs between two fingerprints written as {@code name=hash} words. */
final class Fingerprints {

    private static final String UNNAMED = "scenario files, overrides, plugin jars, seed, options or CorridorSim version";

    private Fingerprints() {
    }

    /**
     * @return e.g. "plugin jars, seed", or a list of everything that may differ when either
     *         fingerprint is not made of named words
     */
    static String differences(String written, String expected) {
        Map<String, String> a = words(written);
        Map<String, String> b = words(expected);
        if (a.isEmpty() || b.isEmpty()) {
            return UNNAMED;
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> word : b.entrySet()) {
            if (!word.getValue().equals(a.get(word.getKey()))) {
                changed.add(describe(word.getKey()));
            }
        }
        for (String name : a.keySet()) {
            if (!b.containsKey(name)) {
                changed.add(describe(name));
            }
        }
        if (changed.isEmpty()) {
            return UNNAMED;
        }
        return String.join(", ", changed);
    }

    private static String describe(String name) {
        return switch (name) {
            case "version" -> "CorridorSim version";
            case "command" -> "command";
            default -> name.replace('-', ' ');
        };
    }

    private static Map<String, String> words(String fingerprint) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : fingerprint.strip().split(" ")) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                return Map.of();
            }
            words.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return words;
    }
}
