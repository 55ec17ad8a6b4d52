package org.corridorsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document read into a Jackson tree, remembering where each key and value stands in the
 * text. Jackson's own tree reading forgets locations, so the parser's tokens are walked here.
 * Anchors and aliases are expanded in time linear in the expanded size: each alias counts its
 * whole copy against {@value #MAX_NODES} values, and the locations inside a copy are looked up
 * through the alias rather than copied, so they point at the anchor's text. Anchors on scalars
 * work as on mappings and lists. Duplicate keys are reported. Values replaced by overrides lose their location and are marked as such.
 */
final class YamlTree {

    /** A 1-based place in the text. */
    record Location(int line, int column) {}

    /** At most this many values once aliases are expanded, so that a "billion laughs" cannot exhaust memory. */
    static final int MAX_NODES = 200_000;
    /** At most this many levels of nested mappings and lists. */
    static final int MAX_DEPTH = 64;
    /** The longest text value or key, in characters. */
    static final int MAX_STRING = 100_000;
    static final int MAX_KEY = 1_000;

    private static final YAMLFactory FACTORY = new AnchorAwareYaml(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(ScenarioLoader.MAX_FILE_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNameLength(MAX_KEY)
                    .maxNumberLength(1_000)
                    .build())
            .loaderOptions(loaderOptions()));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(ScenarioLoader.MAX_FILE_BYTES);
        options.setNestingDepthLimit(4 * MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_NODES);
        options.setAllowDuplicateKeys(true);
        return options;
    }

    private final String file;
    private final Map<String, Location> values;
    private final Map<String, Location> keys;
    private final List<String> overridden;
    /** An alias's path to its anchor's path: the copy's locations are those of the anchor's text. */
    private final Map<String, String> aliasOf;
    private final Map<String, Parameter> read = new HashMap<>();
    private JsonNode root = MissingNode.getInstance();

    private YamlTree(String file) {
        this(file, new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>());
    }

    private YamlTree(String file, Map<String, Location> values, Map<String, Location> keys, Map<String, String> aliasOf,
            List<String> overridden) {
        this.file = file;
        this.values = values;
        this.keys = keys;
        this.aliasOf = aliasOf;
        this.overridden = overridden;
    }

    /**
     * A copy whose values and overrides may change without touching this tree; the locations,
     * fixed once parsed, are shared.
     */
    YamlTree copy() {
        YamlTree copy = new YamlTree(file, values, keys, aliasOf, new ArrayList<>(overridden));
        copy.root = root.deepCopy();
        return copy;
    }

    /**
     * Notes that the reader took the value at {@code path} as a parameter of this type and range;
     * the first note for a path (from the most specific reader) stands.
     */
    void noteParameter(String path, Parameter.Type type, double min, double max) {
        read.putIfAbsent(path, new Parameter(path, type, min, max));
    }

    /** What the reader took the value at {@code path} for, if it read it as a number or duration. */
    Optional<Parameter> parameterAt(String path) {
        return Optional.ofNullable(read.get(path));
    }

    /**
     * Reads {@code text}. Problems that leave the tree usable (duplicate keys, unknown aliases)
     * go to {@code problems}; a syntax error ends reading with a {@link ScenarioException} that
     * carries it together with everything found before.
     */
    static YamlTree parse(String text, String file, Problems problems) {
        YamlTree tree = new YamlTree(file);
        Characters.check(text, file, problems);
        problems.throwIfAny();
        JsonParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            problems.add(ScenarioError.ofFile(file, "cannot read the YAML: " + SyntaxErrors.firstLine(e.getMessage())));
            problems.throwIfAny();
            return tree;
        }
        try (parser) {
            new Walk(tree, (YAMLParser) parser, problems).document();
        } catch (JsonProcessingException e) {
            problems.add(located(SyntaxErrors.describe(file, e), parser));
            problems.throwIfAny();
        } catch (TooLarge e) {
            Location at = Walk.location(e.location);
            problems.add(new ScenarioError(file, at.line(), at.column(), "", e.getMessage()));
            problems.throwIfAny();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals some malformed input with unchecked exceptions of its own.
            String message = SyntaxErrors.firstLine(e.getMessage());
            String worded = SyntaxErrors.limit(message);
            problems.add(located(ScenarioError.ofFile(file, worded.startsWith("YAML syntax: ")
                    ? "cannot read the YAML: " + message : worded), parser));
            problems.throwIfAny();
        }
        return tree;
    }

    /** An error without a line gets the parser's position, where reading stopped. */
    private static ScenarioError located(ScenarioError error, JsonParser parser) {
        if (error.line() > 0) {
            return error;
        }
        JsonLocation at = parser.currentLocation();
        if (at == null || at.getLineNr() < 1) {
            at = parser.currentTokenLocation();
        }
        if (at == null || at.getLineNr() < 1) {
            return error;
        }
        return new ScenarioError(error.file(), at.getLineNr(), Math.max(1, at.getColumnNr()), error.path(),
                error.message());
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    void replaceRoot(JsonNode newRoot) {
        root = newRoot;
    }

    Optional<Location> valueLocation(String path) {
        return isOverridden(path) ? Optional.empty() : Optional.ofNullable(locate(values, path));
    }

    Optional<Location> keyLocation(String path) {
        return isOverridden(path) ? Optional.empty() : Optional.ofNullable(locate(keys, path));
    }

    /**
     * The location of {@code path}, or of the same place inside the anchor when {@code path} lies
     * inside an alias's copy. Costs a lookup per level of the path, so aliases stay linear.
     */
    private Location locate(Map<String, Location> index, String path) {
        Location direct = index.get(path);
        if (direct != null || aliasOf.isEmpty()) {
            return direct;
        }
        for (int i = path.length() - 1; i > 0; i--) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                String anchor = aliasOf.get(path.substring(0, i));
                if (anchor != null) {
                    return locate(index, anchor + path.substring(i));
                }
            }
        }
        return null;
    }

    void markOverridden(String path) {
        overridden.add(path);
    }

    /** Whether the value at {@code path} was set, or lies inside a value set, by an override. */
    boolean isOverridden(String path) {
        for (String prefix : overridden) {
            if (path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
                return true;
            }
        }
        return false;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The expanded document is over the node budget. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient JsonLocation location;

        TooLarge(String message, JsonLocation location) {
            super(message, null, false, false);
            this.location = location;
        }
    }

    /** One pass over the parser's tokens. */
    private static final class Walk {
        private record Anchored(JsonNode node, String path, int size) {}

        private final YamlTree tree;
        private final YAMLParser parser;
        private final Problems problems;
        private final Map<String, Anchored> anchors = new HashMap<>();
        private int nodes;
        /** False while reading a duplicate key's value, whose locations must not replace the first one's. */
        private boolean recording = true;

        Walk(YamlTree tree, YAMLParser parser, Problems problems) {
            this.tree = tree;
            this.parser = parser;
            this.problems = problems;
        }

        void document() throws IOException {
            if (parser.nextToken() == null) {
                return;
            }
            tree.root = value("");
            if (parser.nextToken() != null) {
                Location at = location(parser.currentTokenLocation());
                problems.add(new ScenarioError(tree.file, at.line(), at.column(), "",
                        "only one YAML document is allowed in a scenario file"));
            }
        }

        private JsonNode value(String path) throws IOException {
            if (recording) {
                tree.values.put(path, location(parser.currentTokenLocation()));
            }
            if (parser.isCurrentAlias()) {
                return alias(path, parser.getText());
            }
            String anchor = parser instanceof AnchorAwareYaml.Parser aware ? aware.anchor() : parser.getCurrentAnchor();
            int before = nodes;
            JsonNode node = switch (parser.currentToken()) {
                case START_OBJECT -> mapping(path);
                case START_ARRAY -> sequence(path);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number();
                case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
                case VALUE_NULL -> NODES.nullNode();
                default -> text(path);
            };
            count(1);
            if (anchor != null) {
                anchors.put(anchor, new Anchored(node, path, nodes - before));
            }
            return node;
        }

        private JsonNode text(String path) throws IOException {
            String text = parser.getText();
            if (text.length() > MAX_STRING) {
                Location at = location(parser.currentTokenLocation());
                problems.add(new ScenarioError(tree.file, at.line(), at.column(), path, String.format(java.util.Locale.ROOT,
                        "the text is %,d characters long; at most %,d are allowed", text.length(), MAX_STRING)));
                return NODES.textNode(text.substring(0, 60) + "...");
            }
            return NODES.textNode(text);
        }

        private JsonNode number() throws IOException {
            try {
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    return NODES.numberNode(parser.getDoubleValue());
                }
                BigInteger whole = parser.getBigIntegerValue();
                return whole.bitLength() < Long.SIZE ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
            } catch (JsonProcessingException e) {
                // Forms such as ".inf" that YAML calls numbers but Jackson cannot convert: keep the text,
                // so that the reader reports the value where it is used.
                return NODES.textNode(parser.getText());
            }
        }

        private ObjectNode mapping(String path) throws IOException {
            ObjectNode mapping = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String childPath = child(path, key);
                Location keyAt = location(parser.currentTokenLocation());
                parser.nextToken();
                if (mapping.has(key)) {
                    problems.add(new ScenarioError(tree.file, keyAt.line(), keyAt.column(), childPath,
                            "duplicate key '" + key + "'; each key may appear once in a mapping"));
                    skipValue(childPath);
                    continue;
                }
                if (recording) {
                    tree.keys.put(childPath, keyAt);
                }
                mapping.set(key, value(childPath));
            }
            return mapping;
        }

        private ArrayNode sequence(String path) throws IOException {
            ArrayNode sequence = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                sequence.add(value(item(path, sequence.size())));
            }
            return sequence;
        }

        /** Reads a duplicate's value without letting its locations replace the first one's. */
        private void skipValue(String path) throws IOException {
            boolean was = recording;
            recording = false;
            try {
                value(path);
            } finally {
                recording = was;
            }
        }

        private JsonNode alias(String path, String name) {
            Anchored anchored = anchors.get(name);
            if (anchored == null) {
                Location at = location(parser.currentTokenLocation());
                problems.add(new ScenarioError(tree.file, at.line(), at.column(), path,
                        "unknown alias '*" + name + "'; define the anchor '&" + name + "' before using it"));
                return NODES.nullNode();
            }
            // every alias counts its whole copy against the budget before anything is copied
            count(anchored.size());
            if (recording && !anchored.node().isValueNode()) {
                tree.aliasOf.put(path, anchored.path());
            }
            return anchored.node().isValueNode() ? anchored.node() : anchored.node().deepCopy();
        }

        private void count(int added) {
            nodes += added;
            if (nodes > MAX_NODES) {
                throw new TooLarge(String.format(java.util.Locale.ROOT, "the document has more than %,d values once"
                        + " its aliases are expanded; a scenario needs far fewer (are aliases nested in each other?)",
                        MAX_NODES), parser.currentTokenLocation());
            }
        }

        static Location location(JsonLocation location) {
            return new Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }
}
