package org.corridorsim.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.corridorsim.format.JsonTrees;

/** Writes a scenario tree back as YAML, quoting only what would otherwise read as another type. */
final class ResolvedYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private ResolvedYaml() {
    }

    static String write(JsonNode root) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = YAML.createGenerator(text)) {
            JsonTrees.write(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException("a scenario tree is always writable as YAML", e);
        }
        return text.toString();
    }
}
