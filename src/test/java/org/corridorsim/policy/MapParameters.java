package org.corridorsim.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.corridorsim.random.Distribution;

/**
 * Policy parameters from a map, already in model units, as the scenario loader would hand them
 * over. Like the loader it remembers which keys were read, so tests can check that a provider
 * reads every key it is given. Errors are IllegalArgumentExceptions starting with the key.
 */
public final class MapParameters implements PolicyParameters {

    private final Map<String, Object> values;
    private final Set<String> read = new HashSet<>();

    public MapParameters(Map<String, ?> values) {
        this.values = new HashMap<>(values);
    }

    /** Builds from alternating keys and values. */
    public static MapParameters of(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new MapParameters(values);
    }

    /** Keys given but never read. */
    public Set<String> unread() {
        Set<String> unread = new TreeSet<>(values.keySet());
        unread.removeAll(read);
        return unread;
    }

    private <T> T get(String key, Class<T> type) {
        read.add(key);
        Object value = values.get(key);
        if (value == null) {
            throw error(key, "is required");
        }
        if (!type.isInstance(value)) {
            throw error(key, "must be a " + type.getSimpleName() + ", got " + value);
        }
        return type.cast(value);
    }

    @Override
    public double probability(String key) {
        double p = get(key, Number.class).doubleValue();
        if (!(p >= 0 && p <= 1)) {
            throw error(key, "must be a probability between 0 and 1, got " + p);
        }
        return p;
    }

    @Override
    public double number(String key) {
        double x = get(key, Number.class).doubleValue();
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw error(key, "must be a non-negative number, got " + x);
        }
        return x;
    }

    @Override
    public long integer(String key, long min) {
        Number x = get(key, Number.class);
        if (x.doubleValue() != x.longValue() || x.longValue() < min) {
            throw error(key, "must be a whole number of at least " + min + ", got " + x);
        }
        return x.longValue();
    }

    @Override
    public double duration(String key) {
        return number(key);
    }

    @Override
    public double time(String key) {
        return get(key, Number.class).doubleValue();
    }

    @Override
    public Distribution distribution(String key) {
        return get(key, Distribution.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<List<String>> corridors(String key) {
        read.add(key);
        return values.containsKey(key) ? Optional.of(List.copyOf(get(key, List.class))) : Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Kind> kinds(String key) {
        read.add(key);
        return values.containsKey(key) ? Set.copyOf(get(key, Set.class)) : Set.of(Kind.values());
    }

    @Override
    public String choice(String key, List<String> allowed, String fallback) {
        read.add(key);
        if (!values.containsKey(key)) {
            return fallback;
        }
        String word = get(key, String.class);
        if (!allowed.contains(word)) {
            throw error(key, "must be one of " + allowed + ", got " + word);
        }
        return word;
    }

    @Override
    public boolean has(String key) {
        return values.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BlockingPolicy> policies(String key) {
        return List.copyOf(get(key, List.class));
    }

    @Override
    public RuntimeException error(String key, String message) {
        return new IllegalArgumentException(key + ": " + message);
    }
}
