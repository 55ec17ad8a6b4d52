package org.corridorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value of the scenario tree with its path and its place in the file, possibly missing. Errors
 * reported through a node carry that place, so readers never deal with locations themselves.
 */
final class Node {

    private final YamlTree tree;
    private final Problems problems;
    private final String path;
    private final JsonNode json;
    private final Optional<Node> parent;

    private Node(YamlTree tree, Problems problems, String path, JsonNode json, Optional<Node> parent) {
        this.tree = tree;
        this.problems = problems;
        this.path = path;
        this.json = json;
        this.parent = parent;
    }

    static Node root(YamlTree tree, Problems problems) {
        return new Node(tree, problems, "", tree.root(), Optional.empty());
    }

    /** The same value, with its problems reported to {@code other}. */
    Node reportingTo(Problems other) {
        return new Node(tree, other, path, json, parent);
    }

    /** The name of the file, as errors show it. */
    String file() {
        return tree.file();
    }

    String path() {
        return path;
    }

    JsonNode json() {
        return json;
    }

    Problems problems() {
        return problems;
    }

    /** The last key of the path, e.g. {@code lanes} for {@code corridors[0].checkpoint.lanes}. */
    String name() {
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        int bracket = last.indexOf('[');
        return bracket <= 0 ? last : last.substring(0, bracket);
    }

    boolean isMissing() {
        return json.isMissingNode();
    }

    boolean isNull() {
        return json.isNull();
    }

    boolean isMapping() {
        return json.isObject();
    }

    boolean isSequence() {
        return json.isArray();
    }

    boolean has(String key) {
        return json.isObject() && json.has(key);
    }

    Node child(String key) {
        JsonNode value = json.isObject() && json.has(key) ? json.get(key) : MissingNode.getInstance();
        return new Node(tree, problems, YamlTree.child(path, key), value, Optional.of(this));
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (json.isObject()) {
            json.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    List<Node> items() {
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < json.size() && json.isArray(); i++) {
            items.add(new Node(tree, problems, YamlTree.item(path, i), json.get(i), Optional.of(this)));
        }
        return items;
    }

    /** Notes that this value is read as a parameter of this type, accepted within [min, max]. */
    void noteParameter(Parameter.Type type, double min, double max) {
        tree.noteParameter(path, type, min, max);
    }

    /** Reports a problem with this value. */
    void error(String message) {
        problems.add(errorAt(message));
    }

    /** Reports a problem with this value's key, e.g. an unknown key. */
    void keyError(String message) {
        Optional<YamlTree.Location> at = tree.keyLocation(path).or(this::location);
        problems.add(located(at, message));
    }

    /** The error {@link #error} would report, for throwing instead. */
    ScenarioError errorAt(String message) {
        return located(location(), message);
    }

    /**
     * Where this value is; for a missing value, where its parent's key (or the parent) is, since
     * that is where the user would add it.
     */
    private Optional<YamlTree.Location> location() {
        if (!isMissing()) {
            Optional<YamlTree.Location> at = tree.valueLocation(path);
            if (at.isPresent() || tree.isOverridden(path)) {
                return at;
            }
        }
        return parent.flatMap(p -> tree.keyLocation(p.path).or(() -> tree.valueLocation(p.path)));
    }

    private ScenarioError located(Optional<YamlTree.Location> at, String message) {
        String text = tree.isOverridden(path) ? message + " (set by an override)" : message;
        return new ScenarioError(tree.file(), at.map(YamlTree.Location::line).orElse(0),
                at.map(YamlTree.Location::column).orElse(0), path, text);
    }

    /**
     * Checks that this is a mapping whose keys are all among {@code allowed}, reporting each
     * other key. Returns false, after reporting, when this is not a mapping at all.
     */
    boolean expectMapping(List<String> allowed, String example) {
        if (!json.isObject()) {
            error("expected a mapping such as " + example + ", got " + describe());
            return false;
        }
        for (String key : keys()) {
            if (!allowed.contains(key)) {
                child(key).keyError("unknown key '" + key + "'; allowed: " + String.join(", ", allowed));
            }
        }
        return true;
    }

    /** The child, reporting it as missing when it is absent. */
    Node required(String key, String hint) {
        Node value = child(key);
        if (value.isMissing()) {
            value.error("is required" + (hint.isEmpty() ? "" : "; " + hint));
        }
        return value;
    }

    /** How this value looks in a message: 'text', 12, a mapping, a list or nothing. */
    String describe() {
        if (json.isMissingNode() || json.isNull()) {
            return "nothing";
        }
        if (json.isObject()) {
            return "a mapping";
        }
        if (json.isArray()) {
            return json.isEmpty() ? "an empty list" : json.size() == 1 ? "a list of 1 item" : "a list of " + json.size() + " items";
        }
        if (json.isObject() && json.isEmpty()) {
            return "an empty mapping";
        }
        String text = json.asText();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return json.isNumber() || json.isBoolean() ? text : "'" + text + "'";
    }

    static String list(List<String> words) {
        return words.stream().collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return path + "=" + json;
    }
}
