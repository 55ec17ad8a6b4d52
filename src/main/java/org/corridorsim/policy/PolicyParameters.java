package org.corridorsim.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.random.Distribution;

/**
 * The parameters of one policy entry in a scenario, already converted to model units: durations
 * in seconds, date-times in seconds from the scenario start, rates per second. Every getter
 * validates its value and throws a located error when it is missing or wrong; keys that no
 * getter reads are reported as unknown.
 */
public interface PolicyParameters {

    /** A number in [0, 1]. */
    double probability(String key);

    /** A non-negative number. */
    double number(String key);

    /** A whole number of at least {@code min}. */
    long integer(String key, long min);

    /** A duration such as {@code 45m}, in seconds. */
    double duration(String key);

    /** A local date-time in the scenario's time zone, in seconds from the scenario start. */
    double time(String key);

    /**
     * The local date-time of {@link #time(String)} as a reader would write it, such as
     * {@code Thu 20 Oct 08:00}, for a policy's description. By default the time after the start.
     */
    default String timeText(String key) {
        double hours = time(key) / 3600;
        return (hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours)) + " h after the start";
    }

    Distribution distribution(String key);

    /** Ids of existing corridors; {@code Optional.empty()} when the key is absent (all corridors). */
    Optional<List<String>> corridors(String key);

    /** Kinds named by the key, or all kinds when the key is absent. */
    Set<Kind> kinds(String key);

    /** One of the allowed words, or {@code fallback} when the key is absent. */
    String choice(String key, List<String> allowed, String fallback);

    boolean has(String key);

    /**
     * A list of nested policy entries, each written like an entry of {@code blocking} (its
     * {@code id} may be left out), created by their own providers; used by composite policies.
     * Readers that cannot nest entries report the key as an error.
     */
    default List<BlockingPolicy> policies(String key) {
        throw error(key, "nested policies are not supported here");
    }

    /** An exception that points at {@code key} in the scenario file, for the policy to throw. */
    RuntimeException error(String key, String message);
}
