package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares result files of two runs: every number by its bits, every other byte as it is, except
 * what says when and how a run ran (summary.json's {@code provenance}, datapackage.json's
 * {@code created}), which differs between any two runs.
 */
final class ResultFiles {

    private ResultFiles() {
    }

    /** The same files in both folders, each one identical as {@link #assertIdentical} says. */
    static void assertSameResultSet(Path expected, Path actual) {
        List<String> want = names(expected);
        assertEquals(want, names(actual), "the files of the result set");
        assertTrue(want.size() >= 3, "a result set: " + want);
        for (String file : want) {
            assertIdentical(expected, actual, file);
        }
    }

    private static List<String> names(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same bytes, and, for CSV and JSON, the same bits of every number in them. */
    static void assertIdentical(Path expected, Path actual, String file) {
        String want = read(expected.resolve(file));
        String got = read(actual.resolve(file));
        if (file.endsWith(".csv")) {
            assertArrayEquals(bits(want), bits(got), file + ": numbers differ in their bits");
            assertTrue(numbers(want).length > 0, file + " holds no numbers");
        } else if (file.endsWith(".json")) {
            JsonNode wanted = withoutRunDetails(want);
            JsonNode gotten = withoutRunDetails(got);
            assertArrayEquals(jsonBits(wanted), jsonBits(gotten), file + ": numbers differ in their bits");
            assertEquals(wanted.toPrettyString(), gotten.toPrettyString(), file + " differs");
            return;
        }
        assertEquals(want, got, file + " differs");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every numeric field of a CSV file, row by row. */
    static double[] numbers(String csv) {
        List<Double> values = new ArrayList<>();
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            for (String field : lines[i].split(",")) {
                if (field.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    values.add(Double.parseDouble(field));
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static long[] bits(String csv) {
        double[] values = numbers(csv);
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToLongBits(values[i]);
        }
        return bits;
    }

    private static JsonNode withoutRunDetails(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            assertTrue(root.isObject(), json);
            ((ObjectNode) root).remove(List.of("provenance", "created"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long[] jsonBits(JsonNode root) {
        List<Long> bits = new ArrayList<>();
        collect(root, bits);
        return bits.stream().mapToLong(Long::longValue).toArray();
    }

    private static void collect(JsonNode node, List<Long> bits) {
        if (node.isNumber()) {
            bits.add(Double.doubleToLongBits(node.doubleValue()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            collect(fields.next().getValue(), bits);
        }
        for (JsonNode element : node) {
            if (!node.isObject()) {
                collect(element, bits);
            }
        }
    }
}
