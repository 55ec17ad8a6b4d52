package org.corridorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@link ScenarioOverride}s to a scenario's tree before it is read. A missing mapping key
 * along the path is created (the reader then judges it like any other key); a list item that no
 * id or index names is an error.
 *
 * <p>A path may name several values at once. A {@code *} in a key or id matches any characters
 * ({@code corridors.*.checkpoint.lanes}, {@code corridors.C*.transport.vehicles}); it matches
 * only the items in which the rest of the path leads to an existing mapping, so that
 * {@code corridors.*.transport.vehicles} skips corridors without transport, and a wildcard that
 * matches nothing is an error. A path that is the name of a {@code linked:} entry of the scenario
 * stands for that entry's paths.
 */
final class Overrides {

    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]+)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private Overrides() {
    }

    static void apply(YamlTree tree, List<ScenarioOverride> overrides, Problems problems) {
        for (ScenarioOverride override : overrides) {
            try {
                apply(tree, override);
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioError(tree.file(), 0, 0, override.path(),
                        "override " + override + ": " + e.getMessage()));
            }
        }
    }

    private static void apply(YamlTree tree, ScenarioOverride override) {
        setAll(tree, override.path(), value(override.value()));
    }

    /**
     * Sets the value at every path that {@code overridePath} names (a linked name, a path with
     * wildcards or a plain path) and returns the paths of the values in the tree (items by index).
     */
    static List<String> setAll(YamlTree tree, String overridePath, JsonNode value) {
        List<String> set = new ArrayList<>();
        for (String path : expand(tree, overridePath)) {
            set.add(set(tree, path, value));
        }
        return set;
    }

    /** The plain paths that {@code overridePath} names: a linked name's paths, each with its wildcards expanded. */
    static List<String> expand(YamlTree tree, String overridePath) {
        List<String> linked = Linked.paths(tree.root(), overridePath);
        List<String> plain = new ArrayList<>();
        for (String path : linked.isEmpty() ? List.of(overridePath) : linked) {
            plain.addAll(wildcards(tree.root(), path));
        }
        return plain;
    }

    private static List<String> wildcards(JsonNode root, String path) {
        if (!path.contains("*")) {
            return List.of(path);
        }
        List<Step> steps = steps(path);
        List<String> out = new ArrayList<>();
        match(root, steps, 0, "", out);
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + path + "' matches no value of the scenario");
        }
        return out;
    }

    /** Follows {@code steps} from {@code node}; every branch that reaches the last step's container adds its path. */
    private static void match(JsonNode node, List<Step> steps, int at, String prefix, List<String> out) {
        Step step = steps.get(at);
        boolean last = at == steps.size() - 1;
        List<String> names = new ArrayList<>();
        List<JsonNode> children = new ArrayList<>();
        if (step.key().contains("*")) {
            Pattern glob = Pattern.compile(Pattern.quote(step.key()).replace("*", "\\E.*\\Q"));
            if (node instanceof ObjectNode mapping) {
                mapping.fieldNames().forEachRemaining(key -> {
                    if (glob.matcher(key).matches()) {
                        names.add(key);
                        children.add(mapping.get(key));
                    }
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String name = node.get(i).path("id").asText(Integer.toString(i));
                    if (glob.matcher(name).matches()) {
                        names.add(name);
                        children.add(node.get(i));
                    }
                }
            }
        } else {
            names.add(step.key());
            children.add(node.isObject() ? node.get(step.key()) : lookup(node, step.key()));
        }
        for (int i = 0; i < names.size(); i++) {
            String text = names.get(i) + step.indexes().stream().map(index -> "[" + index + "]").reduce("", String::concat);
            if (last) {
                out.add(prefix + text);
                continue;
            }
            JsonNode child = children.get(i);
            for (int index : step.indexes()) {
                child = child == null || !child.isArray() ? null : child.get(index);
            }
            if (child != null && child.isContainerNode()) {
                match(child, steps, at + 1, prefix + text + ".", out);
            }
        }
    }

    /** Whether the mapping or list that holds the value at a plain path exists, so that the path can be set. */
    static boolean hasPlace(JsonNode root, String plainPath) {
        List<Step> steps = steps(plainPath);
        JsonNode parent = walk(root, steps.subList(0, steps.size() - 1));
        Step last = steps.get(steps.size() - 1);
        return parent != null && parent.isContainerNode() && (last.indexes().isEmpty()
                || walk(parent, List.of(new Step(last.key(), List.of()))) != null);
    }

    private static JsonNode walk(JsonNode root, List<Step> steps) {
        JsonNode node = root;
        for (Step step : steps) {
            node = node == null ? null : node.isObject() ? node.get(step.key()) : lookup(node, step.key());
            node = node == null || node.isNull() ? null : node;
            for (int index : step.indexes()) {
                node = node == null || !node.isArray() ? null : node.get(index);
            }
        }
        return node;
    }

    /** The item of a list with this id, or at this index; null if none. */
    private static JsonNode lookup(JsonNode list, String key) {
        if (!list.isArray()) {
            return null;
        }
        for (JsonNode item : list) {
            if (item.path("id").asText("").equals(key)) {
                return item;
            }
        }
        return key.chars().allMatch(Character::isDigit) && key.length() < 9 ? list.get(Integer.parseInt(key)) : null;
    }

    /**
     * Sets the value at an override path and returns the path of the value in the tree (items by
     * index); throws {@link IllegalArgumentException} saying why the path leads nowhere.
     */
    static String set(YamlTree tree, String overridePath, JsonNode value) {
        if (tree.root().isMissingNode() || tree.root().isNull()) {
            tree.replaceRoot(JsonNodeFactory.instance.objectNode());
        }
        if (!tree.root().isObject()) {
            throw new IllegalArgumentException("the scenario is not a mapping");
        }
        List<Step> steps = steps(overridePath);
        JsonNode container = tree.root();
        String path = "";
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (last) {
                path = set(container, step, path, value);
                tree.markOverridden(path);
                return path;
            }
            boolean existed = !(container instanceof ObjectNode mapping) || mapping.hasNonNull(step.key());
            Located next = descend(container, step, path);
            if (!existed) {
                // A mapping the override created has no place in the file either.
                tree.markOverridden(YamlTree.child(path, step.key()));
            }
            container = next.node();
            path = next.path();
        }
        throw new IllegalArgumentException("the path is empty");
    }

    /** One step of a path: a key or id, then any number of indexes. */
    private record Step(String key, List<Integer> indexes) {}

    private record Located(JsonNode node, String path) {}

    private static List<Step> steps(String path) {
        List<Step> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + segment + "' is not a key, an id or key[index]");
            }
            List<Integer> indexes = new ArrayList<>();
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                indexes.add(Integer.parseInt(index.group(1)));
            }
            steps.add(new Step(matcher.group(1), indexes));
        }
        return steps;
    }

    private static Located descend(JsonNode container, Step step, String path) {
        Located at = member(container, step.key(), path, true);
        for (int index : step.indexes()) {
            at = item(at, index);
        }
        if (!at.node().isContainerNode()) {
            throw new IllegalArgumentException(at.path() + " is a single value, so it has nothing inside");
        }
        return at;
    }

    private static String set(JsonNode container, Step step, String path, JsonNode value) {
        if (step.indexes().isEmpty()) {
            if (container instanceof ObjectNode mapping) {
                mapping.set(step.key(), value);
                return YamlTree.child(path, step.key());
            }
            Located item = member(container, step.key(), path, false);
            ((ArrayNode) container).set(indexOf(container, item.node()), value);
            return item.path();
        }
        Located list = member(container, step.key(), path, false);
        for (int i = 0; i < step.indexes().size() - 1; i++) {
            list = item(list, step.indexes().get(i));
        }
        Located target = item(list, step.indexes().get(step.indexes().size() - 1));
        ((ArrayNode) list.node()).set(step.indexes().get(step.indexes().size() - 1), value);
        return target.path();
    }

    /** The key of a mapping (created if {@code create}), or the item of a list with that id or index. */
    private static Located member(JsonNode container, String key, String path, boolean create) {
        if (container instanceof ObjectNode mapping) {
            JsonNode child = mapping.get(key);
            if ((child == null || child.isNull()) && create) {
                child = mapping.putObject(key);
            }
            if (child == null) {
                throw new IllegalArgumentException("there is no '" + key + "' in " + describe(path));
            }
            return new Located(child, YamlTree.child(path, key));
        }
        for (int i = 0; i < container.size(); i++) {
            if (container.get(i).path("id").asText("").equals(key)) {
                return new Located(container.get(i), YamlTree.item(path, i));
            }
        }
        if (key.chars().allMatch(Character::isDigit) && key.length() < 9) {
            return item(new Located(container, path), Integer.parseInt(key));
        }
        throw new IllegalArgumentException("no item of " + describe(path) + " has the id '" + key + "'; ids: "
                + String.join(", ", ids(container)));
    }

    private static Located item(Located list, int index) {
        if (!list.node().isArray()) {
            throw new IllegalArgumentException(list.path() + " is not a list");
        }
        if (index >= list.node().size()) {
            throw new IllegalArgumentException(list.path() + " has " + list.node().size() + " items, so it has no item "
                    + index + " (items count from 0)");
        }
        return new Located(list.node().get(index), YamlTree.item(list.path(), index));
    }

    private static int indexOf(JsonNode list, JsonNode item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        throw new IllegalStateException("item not in its list");
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> Optional.ofNullable(item.get("id")).map(JsonNode::asText).ifPresent(ids::add));
        return ids;
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the scenario" : path;
    }

    /** The value as YAML, so that 10 is a number, 1.5h a duration and {dist: ...} a mapping. */
    static JsonNode value(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("needs a value after '='");
        }
        try {
            return YamlTree.parse(text, "override", new Problems()).root();
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("the value is not valid YAML: " + e.errors().get(0).message());
        }
    }
}
