package org.corridorsim.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a tree of JSON nodes through a streaming generator, as the object mapper would write it
 * (the same generator calls, so the same text), without the mapper itself: building one loads about
 * 280 classes, a tenth of a second of every command's start.
 */
public final class JsonTrees {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonTrees() {
    }

    /**
     * The tree as JSON text.
     *
     * @param root the tree
     * @param indented two-space indentation with {@code " : "} between names and values (the mapper's
     *     {@code INDENT_OUTPUT}), or one line
     * @return the text, without a final line break
     */
    public static String json(JsonNode root, boolean indented) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            if (indented) {
                out.useDefaultPrettyPrinter();
            }
            write(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException("a tree of JSON nodes is always writable", e);
        }
        return text.toString();
    }

    /**
     * Writes the tree to a generator of any format (JSON, YAML).
     *
     * @param out where to write
     * @param node the tree
     * @throws IOException from the generator
     */
    public static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(out, element);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> number(out, node);
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node");
        }
    }

    private static void number(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case FLOAT -> out.writeNumber(node.floatValue());
            case DOUBLE -> out.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
            default -> throw new IllegalArgumentException("cannot write the number " + node);
        }
    }
}
