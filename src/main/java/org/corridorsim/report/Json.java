package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorsim.format.JsonTrees;

/** The JSON model that report.js draws from. */
final class Json {

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** JSON has no NaN: a value that does not exist, such as an interval from one replication, is null. */
    static void add(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }

    static ArrayNode numbers(double[] values) {
        ArrayNode array = array();
        for (double value : values) {
            add(array, value);
        }
        return array;
    }

    static String text(ObjectNode root) {
        return JsonTrees.json(root, false);
    }
}
