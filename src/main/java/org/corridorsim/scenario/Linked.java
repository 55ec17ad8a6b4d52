package org.corridorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code linked:} section: names that stand for several override paths moved together, e.g.
 * {@code lanes: corridors.C*.checkpoint.lanes} or {@code buses: [corridors.C1.transport.vehicles,
 * corridors.C2.transport.vehicles]}. A name may be used wherever an override path may: {@code --set
 * lanes=2}, a sweep, a prior, a decision variable of {@code plan:}.
 */
final class Linked {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private Linked() {
    }

    /** The paths a linked name stands for, as written; empty if {@code name} is not a linked name of {@code root}. */
    static List<String> paths(JsonNode root, String name) {
        JsonNode linked = root.path("linked");
        if (!linked.isObject() || !NAME.matcher(name).matches() || !linked.has(name)) {
            return List.of();
        }
        JsonNode value = linked.get(name);
        List<String> paths = new ArrayList<>();
        if (value.isTextual()) {
            paths.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(item -> {
                if (item.isTextual()) {
                    paths.add(item.asText());
                }
            });
        }
        return paths;
    }

    /** Checks the section: each name well formed and not a top-level key, each path naming existing values. */
    static void check(Node node, YamlTree tree) {
        if (node.isMissing() || node.isNull()) {
            return;
        }
        if (!node.isMapping()) {
            node.error("expected a mapping of names to override paths, e.g. {lanes: corridors.*.checkpoint.lanes}, got "
                    + node.describe());
            return;
        }
        for (String name : node.keys()) {
            Node entry = node.child(name);
            if (!NAME.matcher(name).matches()) {
                entry.keyError("'" + name + "' is not a valid linked name; use lower-case letters, digits and '-',"
                        + " starting with a letter");
                continue;
            }
            if (ScenarioReader.KEYS.contains(name)) {
                entry.keyError("'" + name + "' is a section of the scenario, so it cannot also be a linked name");
                continue;
            }
            List<Node> items = entry.isSequence() ? entry.items() : List.of(entry);
            if (items.isEmpty()) {
                entry.error("must name at least one override path");
            }
            for (Node item : items) {
                if (!item.json().isTextual()) {
                    item.error("expected an override path such as corridors.*.checkpoint.lanes, got " + item.describe());
                    continue;
                }
                String path = item.json().asText();
                if (!paths(tree.root(), path).isEmpty()) {
                    item.error("'" + path + "' is itself a linked name; list its paths here instead");
                    continue;
                }
                try {
                    for (String plain : Overrides.expand(tree, path)) {
                        if (!Overrides.hasPlace(tree.root(), plain)) {
                            item.error("'" + path + "' names " + plain + ", which is not a place in the scenario");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    item.error("'" + path + "': " + e.getMessage());
                }
            }
        }
    }
}
