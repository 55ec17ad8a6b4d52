package org.corridorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level {@code assumptions:} list: each item {@code {path, note}}, where the path must
 * name a value that is in the file (a key, a list item by id or index), so that a renamed or
 * removed value cannot leave a stale assumption behind.
 */
final class AssumptionsReader {

    static final List<String> KEYS = List.of("path", "note");
    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]+)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private AssumptionsReader() {
    }

    static Optional<List<Assumption>> read(Node list, Node root) {
        if (list.isMissing() || list.isNull()) {
            return Optional.of(List.of());
        }
        return Scalars.list(list, false).flatMap(items -> Scalars.all(items, item -> item(item, root)));
    }

    private static Optional<Assumption> item(Node item, Node root) {
        if (!item.expectMapping(KEYS, "{path: populations.east-civilians.intent, note: no source gives it}")) {
            return Optional.empty();
        }
        Optional<String> path = Scalars.text(item.required("path", "where the value is, as for --set"));
        Optional<String> note = Scalars.text(item.required("note", "why the value was chosen"));
        if (path.isEmpty() || note.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> problem = find(root.json(), path.get());
        if (problem.isPresent()) {
            item.child("path").error("'" + path.get() + "' names no value of the scenario: " + problem.get()
                    + "; use the path of a value in this file, as for --set");
            return Optional.empty();
        }
        return Optional.of(new Assumption(path.get(), note.get()));
    }

    /** Empty when {@code path} names a value; otherwise what is missing. */
    static Optional<String> find(JsonNode root, String path) {
        JsonNode at = root;
        String where = "the scenario";
        for (String segment : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                return Optional.of("'" + segment + "' is not a key, an id or key[index]");
            }
            at = member(at, matcher.group(1));
            if (at == null) {
                return Optional.of("there is no '" + matcher.group(1) + "' in " + where);
            }
            where = matcher.group(1);
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                int i = Integer.parseInt(index.group(1));
                if (!at.isArray() || i >= at.size()) {
                    return Optional.of(where + " has no item " + i);
                }
                at = at.get(i);
                where = where + "[" + i + "]";
            }
        }
        return Optional.empty();
    }

    /** A key of a mapping, or the item of a list with that id or index; null when absent. */
    private static JsonNode member(JsonNode container, String key) {
        if (container.isObject()) {
            JsonNode child = container.get(key);
            return child == null || child.isNull() ? null : child;
        }
        if (container.isArray()) {
            for (JsonNode item : container) {
                if (item.path("id").asText("").equals(key)) {
                    return item;
                }
            }
            if (key.chars().allMatch(Character::isDigit) && key.length() < 9 && Integer.parseInt(key) < container.size()) {
                return container.get(Integer.parseInt(key));
            }
        }
        return null;
    }
}
