package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorsim.format.JsonTrees;
import java.io.IOException;
import java.nio.file.Path;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.stats.Summary;

/** The JSON shapes shared by the result files. */
final class Json {

    private Json() {
    }

    /** Reads result files back (resume, provenance); built on first use, as writing needs no mapper. */
    static ObjectMapper reader() {
        return Reader.MAPPER;
    }

    private static final class Reader {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The header fields of every result file, in contract order. */
    static ObjectNode header(String format, ExperimentResult result) {
        ObjectNode root = object();
        root.put("format", format);
        root.put("scenario", result.scenarioId());
        root.put("replications", result.replications());
        root.put("seed", result.seed());
        number(root, "confidence", result.confidence());
        return root;
    }

    /** Whether the run completed, how many replications were asked for and done, and why it stopped early. */
    static void completion(ObjectNode root, ExperimentResult result) {
        root.put("complete", result.complete());
        root.put("requested", result.requested());
        root.put("completed", result.replications());
        var failure = result.failure();
        if (failure.isEmpty()) {
            root.putNull("failure");
        } else {
            ObjectNode node = root.putObject("failure");
            if (failure.get().replication() < 0) {
                node.putNull("replication");
            } else {
                node.put("replication", failure.get().replication());
            }
            node.put("message", failure.get().message());
        }
    }

    static ObjectNode summary(Summary summary) {
        ObjectNode node = object();
        number(node, "mean", summary.mean());
        number(node, "halfWidth", summary.halfWidth());
        number(node, "stdDev", summary.stdDev());
        number(node, "min", summary.min());
        number(node, "max", summary.max());
        node.put("n", summary.n());
        return node;
    }

    /** JSON has no NaN: a value that does not exist, such as a spread from one replication, is null. */
    static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    static void write(Path target, ObjectNode root) throws IOException {
        String text = JsonTrees.json(root, true) + "\n";
        AtomicFiles.write(target, text);
    }
}
