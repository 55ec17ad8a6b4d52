package org.corridorsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The tree writer writes what the object mapper writes, to the byte, in JSON and in YAML. */
class JsonTreesTest {

    private static ObjectNode tree() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "corridorsim-summary/3");
        root.put("int", 42).put("negative", -7).put("long", 1L << 40).put("short", (short) 3);
        root.put("big", new BigInteger("123456789012345678901234567890"));
        root.put("double", 0.1 + 0.2).put("tiny", 4.9e-324).put("whole", 3.0).put("float", 1.5f);
        root.put("decimal", new BigDecimal("12.3400"));
        root.put("text", "quote \" backslash \\ tab \t line\n unicode é ∞ \u0001");
        root.put("yes", true).put("no", false).putNull("nothing");
        root.putArray("empty");
        root.putObject("emptyObject");
        root.putArray("numbers").add(1).add(2.5).addNull().add("x");
        ObjectNode nested = root.putObject("nested");
        nested.putArray("rows").addObject().put("id", "a").putArray("v").add(1).add(2);
        nested.put("after", "001");
        return root;
    }

    @Test
    void jsonIsTheMappersToTheByteIndentedAndOnOneLine() throws Exception {
        assertEquals(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree()),
                JsonTrees.json(tree(), true));
        assertEquals(new ObjectMapper().writeValueAsString(tree()), JsonTrees.json(tree(), false));
    }

    @Test
    void yamlIsTheMappersToTheByte() throws Exception {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        StringWriter text = new StringWriter();
        try (var out = factory.createGenerator(text)) {
            JsonTrees.write(out, tree());
        }
        assertEquals(new YAMLMapper(factory).writeValueAsString(tree()), text.toString());
    }
}
