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

    /**
     * A probability.
     *
     * @param key the parameter's name
     * @return a number in [0, 1]
     */
    double probability(String key);

    /**
     * A probability that may change over time: one number, or a list of numbers with the entry's
     * {@code schedule:} (a list of as many increasing local date-times, where each piece starts).
     *
     * @param key the parameter's name
     * @return the schedule, of one piece for a single number
     */
    default Schedule probabilitySchedule(String key) {
        return Schedule.constant(probability(key));
    }

    /**
     * A non-negative number that may change over time, as {@link #probabilitySchedule}.
     *
     * @param key the parameter's name
     * @return the schedule, of one piece for a single number
     */
    default Schedule numberSchedule(String key) {
        return Schedule.constant(number(key));
    }

    /**
     * A whole number that may change over time, as {@link #probabilitySchedule}.
     *
     * @param key the parameter's name
     * @param min the smallest value allowed in every piece
     * @return the schedule, of one piece for a single number
     */
    default Schedule integerSchedule(String key, long min) {
        return Schedule.constant(integer(key, min));
    }

    /**
     * A duration that may change over time, as {@link #probabilitySchedule}.
     *
     * @param key the parameter's name
     * @return the schedule in seconds, of one piece for a single duration
     */
    default Schedule durationSchedule(String key) {
        return Schedule.constant(duration(key));
    }

    /**
     * A non-negative number.
     *
     * @param key the parameter's name
     * @return its value, finite and not negative
     */
    double number(String key);

    /**
     * A whole number.
     *
     * @param key the parameter's name
     * @param min the smallest value allowed
     * @return its value, at least {@code min}
     */
    long integer(String key, long min);

    /**
     * A duration such as {@code 45m}.
     *
     * @param key the parameter's name
     * @return the duration in seconds
     */
    double duration(String key);

    /**
     * A local date-time in the scenario's time zone.
     *
     * @param key the parameter's name
     * @return seconds from the scenario start; negative before it
     */
    double time(String key);

    /**
     * The local date-time of {@link #time(String)} as a reader would write it, such as
     * {@code Thu 20 Oct 08:00}, for a policy's description. By default the time after the start.
     *
     * @param key the parameter's name
     * @return the time as text
     */
    default String timeText(String key) {
        double hours = time(key) / 3600;
        return (hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours)) + " h after the start";
    }

    /**
     * A distribution written as in the scenario file, such as {@code exponential(20m)}.
     *
     * @param key the parameter's name
     * @return the distribution, in seconds for durations
     */
    Distribution distribution(String key);

    /**
     * A distribution that may change over time: one distribution, or a list of distributions with
     * the entry's {@code schedule:} (as {@link #probabilitySchedule}). Draw with
     * {@link DistributionSchedule#sampler}, which uses the piece in force at each draw.
     *
     * @param key the parameter's name
     * @return the schedule, of one piece for a single distribution
     */
    default DistributionSchedule distributionSchedule(String key) {
        return DistributionSchedule.constant(distribution(key));
    }

    /**
     * Corridors the policy applies to.
     *
     * @param key the parameter's name
     * @return ids of existing corridors, or {@code Optional.empty()} when the key is absent (all corridors)
     */
    Optional<List<String>> corridors(String key);

    /**
     * Group attributes a group must all have for the policy to apply to it, by name, as the
     * scenario's populations define them.
     *
     * @param key the parameter's name
     * @return names of defined attributes, or {@code Optional.empty()} when the key is absent (every group)
     */
    default Optional<List<String>> attributes(String key) {
        if (has(key)) {
            throw error(key, "attributes cannot be named here");
        }
        return Optional.empty();
    }

    /**
     * Populations the policy applies to, by id.
     *
     * @param key the parameter's name
     * @return ids of existing populations, or {@code Optional.empty()} when the key is absent (all populations)
     */
    default Optional<List<String>> populations(String key) {
        if (has(key)) {
            throw error(key, "populations cannot be named here");
        }
        return Optional.empty();
    }

    /**
     * Stations the policy acts at, by station id or station kind (such as {@code checkpoint}).
     *
     * @param key the parameter's name
     * @return ids or kinds of stations of the scenario's routes, or {@code Optional.empty()} when the key is absent
     */
    default Optional<List<String>> stations(String key) {
        if (has(key)) {
            throw error(key, "stations cannot be named here");
        }
        return Optional.empty();
    }

    /**
     * Kinds of persons the policy applies to.
     *
     * @param key the parameter's name
     * @return the kinds named, or all kinds when the key is absent
     */
    Set<Kind> kinds(String key);

    /**
     * One word out of a fixed set.
     *
     * @param key the parameter's name
     * @param allowed the words accepted
     * @param fallback returned when the key is absent
     * @return one of {@code allowed}, or {@code fallback}
     */
    String choice(String key, List<String> allowed, String fallback);

    /**
     * Whether the key is present, for optional parameters that have no fallback.
     *
     * @param key the parameter's name
     * @return true if the scenario gives it
     */
    boolean has(String key);

    /**
     * A list of nested policy entries, each written like an entry of {@code blocking} (its
     * {@code id} may be left out), created by their own providers; used by composite policies.
     *
     * @param key the parameter's name
     * @return the nested policies, in file order
     * @throws RuntimeException the located error from {@link #error} where entries cannot nest
     */
    default List<BlockingPolicy> policies(String key) {
        throw error(key, "nested policies are not supported here");
    }

    /**
     * An exception that points at {@code key} in the scenario file, for the policy to throw.
     *
     * @param key the parameter at fault
     * @param message what is wrong and what is allowed, e.g. {@code "must be at most 1, got 2"}
     * @return the exception; the caller throws it
     */
    RuntimeException error(String key, String message);
}
