package org.corridorsim.policy.builtin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corridorsim.format.Format;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;

/**
 * The words the built-in policies describe themselves with ({@code describe()}): numbers,
 * durations and distributions through {@link Format}, the report's formatter, so that a policy
 * reads the same in both.
 */
final class Wording {

    /** Between the parts of a built-in policy's {@code describe()}. */
    static final String SEPARATOR = " · ";

    static final String EVERYONE = "everyone";

    private Wording() {
    }

    static String number(double value) {
        return Format.number(value);
    }

    static String duration(double seconds) {
        return Format.duration(seconds);
    }

    /** A distribution of durations, e.g. "lognormal, mean 45 min, sd 20 min" or "fixed 5 min". */
    static String durations(Distribution distribution) {
        return Format.distribution(distribution, Format::duration);
    }

    /** A scheduled distribution in words: one, or each piece joined by "then". */
    static String durations(org.corridorsim.policy.DistributionSchedule schedule) {
        if (!schedule.varies()) {
            return durations(schedule.piece(0));
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < schedule.pieces(); i++) {
            words.append(i == 0 ? "" : " then ").append(durations(schedule.piece(i)));
        }
        return words.toString();
    }

    static String describe(List<String> words) {
        return String.join(SEPARATOR, words);
    }

    /** A part of a composite: "type (who, where, how)", or its own description if not built in. */
    static String part(BlockingPolicy policy) {
        if (policy instanceof Worded worded) {
            List<String> w = worded.words();
            return w.get(0) + " (" + w.get(1) + ", " + w.get(2) + ", " + w.get(3) + ")";
        }
        return policy.describe();
    }

    static String kinds(Collection<Kind> kinds) {
        return kinds.stream().sorted().map(Kind::id).collect(Collectors.joining(", "));
    }

    static String corridors(Optional<List<String>> corridors) {
        return corridors.map(c -> String.join(", ", c)).orElse("all corridors");
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case TURN_BACK -> "turned back";
            case DETAIN -> "detained";
            case DELAY -> "held";
            case PASS -> "let pass";
        };
    }

    /** A scheduled number: its one value, or its values in order, "0.2 then 0.5". */
    static String pieces(org.corridorsim.policy.Schedule schedule) {
        if (!schedule.varies()) {
            return number(schedule.value(0));
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < schedule.pieces(); i++) {
            words.append(i == 0 ? "" : " then ").append(number(schedule.value(i)));
        }
        return words.toString();
    }

    /** What a closure or disruption that holds does. */
    static final String HOLDS = "groups and loaded vehicles wait until it ends";

    static String queued(boolean disperse) {
        return disperse ? "queued groups disperse" : "queued groups wait";
    }
}
