package org.corridorsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
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

/**
 * A YAML document read into a Jackson tree, remembering where each key and value stands in the
 * text. Jackson's own tree reading forgets locations, so the parser's tokens are walked here.
 * Anchors and aliases are expanded (an aliased value keeps the locations of its anchor); duplicate
 * keys are reported. Values replaced by overrides lose their location and are marked as such.
 */
final class YamlTree {

    /** A 1-based place in the text. */
    record Location(int line, int column) {}

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Bounds alias expansion, so that a "billion laughs" document cannot exhaust memory. */
    private static final int MAX_NODES = 1_000_000;

    private final String file;
    private final Map<String, Location> values;
    private final Map<String, Location> keys;
    private final List<String> overridden;
    private final Map<String, Parameter> read = new HashMap<>();
    private JsonNode root = MissingNode.getInstance();

    private YamlTree(String file) {
        this(file, new HashMap<>(), new HashMap<>(), new ArrayList<>());
    }

    private YamlTree(String file, Map<String, Location> values, Map<String, Location> keys, List<String> overridden) {
        this.file = file;
        this.values = values;
        this.keys = keys;
        this.overridden = overridden;
    }

    /**
     * A copy whose values and overrides may change without touching this tree; the locations,
     * fixed once parsed, are shared.
     */
    YamlTree copy() {
        YamlTree copy = new YamlTree(file, values, keys, new ArrayList<>(overridden));
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
        try (JsonParser parser = FACTORY.createParser(text)) {
            new Walk(tree, (YAMLParser) parser, problems).document();
        } catch (JsonProcessingException e) {
            problems.add(SyntaxErrors.describe(file, e));
            problems.throwIfAny();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals some malformed input with unchecked exceptions of its own.
            problems.add(ScenarioError.ofFile(file, "cannot read the YAML: " + SyntaxErrors.firstLine(e.getMessage())));
            problems.throwIfAny();
        }
        return tree;
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
        return isOverridden(path) ? Optional.empty() : Optional.ofNullable(values.get(path));
    }

    Optional<Location> keyLocation(String path) {
        return isOverridden(path) ? Optional.empty() : Optional.ofNullable(keys.get(path));
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

    /** One pass over the parser's tokens. */
    private static final class Walk {
        private record Anchored(JsonNode node, String path, int size) {}

        private final YamlTree tree;
        private final YAMLParser parser;
        private final Problems problems;
        private final Map<String, Anchored> anchors = new HashMap<>();
        private int nodes;

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
            tree.values.put(path, location(parser.currentTokenLocation()));
            if (parser.isCurrentAlias()) {
                return alias(path, parser.getText());
            }
            String anchor = parser.getCurrentAnchor();
            int before = nodes;
            JsonNode node = switch (parser.currentToken()) {
                case START_OBJECT -> mapping(path);
                case START_ARRAY -> sequence(path);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number();
                case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
                case VALUE_NULL -> NODES.nullNode();
                default -> NODES.textNode(parser.getText());
            };
            count(1);
            if (anchor != null) {
                anchors.put(anchor, new Anchored(node, path, nodes - before));
            }
            return node;
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
                tree.keys.put(childPath, keyAt);
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
            Map<String, Location> savedValues = new HashMap<>(tree.values);
            Map<String, Location> savedKeys = new HashMap<>(tree.keys);
            value(path);
            tree.values.clear();
            tree.values.putAll(savedValues);
            tree.keys.clear();
            tree.keys.putAll(savedKeys);
        }

        private JsonNode alias(String path, String name) {
            Anchored anchored = anchors.get(name);
            if (anchored == null) {
                Location at = tree.values.get(path);
                problems.add(new ScenarioError(tree.file, at.line(), at.column(), path,
                        "unknown alias '*" + name + "'; define the anchor '&" + name + "' before using it"));
                return NODES.nullNode();
            }
            count(anchored.size());
            copyLocations(tree.values, anchored.path(), path);
            copyLocations(tree.keys, anchored.path(), path);
            return anchored.node().deepCopy();
        }

        /** Lets an aliased copy point at the text of its anchor, except for the alias itself. */
        private static void copyLocations(Map<String, Location> index, String from, String to) {
            Map<String, Location> copies = new HashMap<>();
            index.forEach((path, location) -> {
                if (path.startsWith(from + ".") || path.startsWith(from + "[")) {
                    copies.put(to + path.substring(from.length()), location);
                }
            });
            index.putAll(copies);
        }

        private void count(int added) {
            nodes += added;
            if (nodes > MAX_NODES) {
                throw new IllegalStateException("the document has more than " + MAX_NODES
                        + " values once its aliases are expanded");
            }
        }

        private static Location location(JsonLocation location) {
            return new Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }
}
