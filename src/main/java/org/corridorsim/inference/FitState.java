package org.corridorsim.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The completed generations of a fit, saved after each one to {@code fit-state.json} so that
 * an interrupted fit can continue. Numbers are written with Java's shortest round-tripping
 * decimal form (non-finite ones as strings), so a resumed fit reads back the same bits. The
 * file is replaced atomically: an interruption while writing leaves the previous state.
 */
final class FitState {

    static final String FILE = "fit-state.json";
    static final String FORMAT = "corridorsim-fit-state/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FitState() {
    }

    static void save(Path folder, String fingerprint, List<Population> generations) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("fingerprint", fingerprint);
        ArrayNode list = root.putArray("generations");
        for (Population p : generations) {
            ObjectNode g = list.addObject();
            g.put("generation", p.generation());
            number(g, "tolerance", p.tolerance());
            g.put("proposals", p.proposals());
            g.put("withinTolerance", p.withinTolerance());
            ArrayNode hypotheses = g.putArray("hypotheses");
            ArrayNode parameters = g.putArray("parameters");
            ArrayNode weights = g.putArray("weights");
            ArrayNode distances = g.putArray("distances");
            ArrayNode seeds = g.putArray("seeds");
            ArrayNode simulated = g.putArray("simulated");
            for (int i = 0; i < p.size(); i++) {
                hypotheses.add(p.hypotheses()[i]);
                parameters.add(numbers(p.parameters()[i]));
                add(weights, p.weights()[i]);
                add(distances, p.distances()[i]);
                seeds.add(p.seeds()[i]);
                simulated.add(numbers(p.simulated()[i]));
            }
        }
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve(FILE + ".tmp");
            MAPPER.writeValue(temporary.toFile(), root);
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the fit's state in " + folder, e);
        }
    }

    static List<Population> load(Path folder, String fingerprint) {
        Path file = folder.resolve(FILE);
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("there is no saved fit to resume in " + folder + " (no " + FILE + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(file + " is not a saved fit (format " + root.path("format") + ")");
        }
        String saved = root.path("fingerprint").asText();
        if (!saved.equals(fingerprint)) {
            throw new IllegalArgumentException(file + " was saved by a fit of another scenario or with other "
                    + "settings, so it cannot be resumed with these; saved: " + saved + "; now: " + fingerprint);
        }
        List<Population> generations = new ArrayList<>();
        for (JsonNode g : root.path("generations")) {
            int n = g.path("hypotheses").size();
            int[] hypotheses = new int[n];
            double[][] parameters = new double[n][];
            double[] weights = new double[n];
            double[] distances = new double[n];
            long[] seeds = new long[n];
            double[][] simulated = new double[n][];
            for (int i = 0; i < n; i++) {
                hypotheses[i] = g.path("hypotheses").get(i).asInt();
                parameters[i] = numbers(g.path("parameters").get(i));
                weights[i] = number(g.path("weights").get(i));
                distances[i] = number(g.path("distances").get(i));
                seeds[i] = g.path("seeds").get(i).asLong();
                simulated[i] = numbers(g.path("simulated").get(i));
            }
            generations.add(new Population(g.path("generation").asInt(), number(g.path("tolerance")), hypotheses,
                    parameters, weights, distances, seeds, simulated, g.path("proposals").asLong(),
                    g.path("withinTolerance").asLong()));
        }
        return generations;
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode array = MAPPER.createArrayNode();
        for (double v : values) {
            add(array, v);
        }
        return array;
    }

    private static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(array.get(i));
        }
        return values;
    }

    private static void add(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.add(Double.toString(value));
        }
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.put(key, Double.toString(value));
        }
    }

    private static double number(JsonNode node) {
        return node.isTextual() ? Double.parseDouble(node.asText()) : node.asDouble();
    }
}
