package org.corridorsim.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The completed generations of a fit, saved after each one to {@code fit-state.json} so that
 * an interrupted fit can continue. Numbers are written with Java's shortest round-tripping
 * decimal form (non-finite ones as strings), so a resumed fit reads back the same bits. The
 * file is forced to disk and then replaced atomically: an interruption or a crash while writing
 * leaves the previous state.
 *
 * <p>The file records what the fit depends on ({@link FitIdentity}), so that a state saved for
 * another scenario text, other overrides, other plugin jars, another version, seed or settings is
 * refused with what changed, and a SHA-256 checksum of its content, so that an edited state is
 * refused rather than giving a silently different posterior.
 */
final class FitState {

    static final String FILE = "fit-state.json";
    static final String FORMAT = "corridorsim-fit-state/2";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FitState() {
    }

    static void save(Path folder, Map<String, String> fingerprint, List<Population> generations) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode identity = root.putObject("fingerprint");
        fingerprint.forEach(identity::put);
        root.put("checksum", checksum(fingerprint, generations));
        ArrayNode list = root.putArray("generations");
        for (Population p : generations) {
            ObjectNode g = list.addObject();
            g.put("generation", p.generation());
            number(g, "tolerance", p.tolerance());
            if (!Double.isNaN(p.temperature())) {
                number(g, "temperature", p.temperature());
            }
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
            // a stream, not a channel: an interrupt (Ctrl-C) while saving must not close it half written
            try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
                out.write(MAPPER.writeValueAsBytes(root));
                out.getFD().sync();
            }
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            syncFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the fit's state in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Forces the rename to disk where the platform allows it (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is on disk
        }
    }

    /** SHA-256 of the identity and of every number of every generation, in a fixed binary order. */
    static String checksum(Map<String, String> fingerprint, List<Population> generations) {
        MessageDigest digest = FitIdentity.digest();
        ByteBuffer buffer = ByteBuffer.allocate(8);
        fingerprint.forEach((name, value) -> {
            digest.update((name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        });
        for (Population p : generations) {
            update(digest, buffer, p.generation());
            update(digest, buffer, Double.doubleToLongBits(p.tolerance()));
            if (!Double.isNaN(p.temperature())) {
                update(digest, buffer, Double.doubleToLongBits(p.temperature()));
            }
            update(digest, buffer, p.proposals());
            update(digest, buffer, p.withinTolerance());
            update(digest, buffer, p.size());
            for (int i = 0; i < p.size(); i++) {
                update(digest, buffer, p.hypotheses()[i]);
                update(digest, buffer, Double.doubleToLongBits(p.weights()[i]));
                update(digest, buffer, Double.doubleToLongBits(p.distances()[i]));
                update(digest, buffer, p.seeds()[i]);
                update(digest, buffer, p.parameters()[i].length);
                for (double v : p.parameters()[i]) {
                    update(digest, buffer, Double.doubleToLongBits(v));
                }
                update(digest, buffer, p.simulated()[i].length);
                for (double v : p.simulated()[i]) {
                    update(digest, buffer, Double.doubleToLongBits(v));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, ByteBuffer buffer, long value) {
        buffer.clear();
        buffer.putLong(value);
        digest.update(buffer.array());
    }

    static List<Population> load(Path folder, Map<String, String> fingerprint) {
        Path file = folder.resolve(FILE);
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("there is no saved fit to resume in " + folder + " (no " + FILE + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        String format = root == null ? "" : root.path("format").asText();
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(file + (format.startsWith("corridorsim-fit-state/")
                    ? " was saved by another version of CorridorSim (" + format + "), which this one cannot resume; "
                    + "run the fit afresh without --resume"
                    : " is not a saved fit (format " + root.path("format") + ")"));
        }
        Map<String, String> saved = new LinkedHashMap<>();
        root.path("fingerprint").fields().forEachRemaining(e -> saved.put(e.getKey(), e.getValue().asText()));
        List<Population> generations;
        try {
            generations = generations(root);
        } catch (RuntimeException e) {
            throw damaged(file);
        }
        if (!checksum(saved, generations).equals(root.path("checksum").asText())) {
            throw damaged(file);
        }
        String changes = FitIdentity.changes(saved, fingerprint);
        if (!changes.isEmpty()) {
            throw new IllegalArgumentException(file + " was saved by another fit, so --resume cannot continue it "
                    + "with these inputs: " + changes + ". Resume with the file, --set overrides, plugins and "
                    + "options it was saved with, or start afresh without --resume (in another folder with -o)");
        }
        return generations;
    }

    private static IllegalArgumentException damaged(Path file) {
        return new IllegalArgumentException(file + " has been changed or damaged since CorridorSim wrote it (its "
                + "checksum does not match its content), so it cannot be resumed; start the fit afresh without --resume");
    }

    private static List<Population> generations(JsonNode root) {
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
                    g.path("withinTolerance").asLong(),
                    g.has("temperature") ? number(g.path("temperature")) : Double.NaN));
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
