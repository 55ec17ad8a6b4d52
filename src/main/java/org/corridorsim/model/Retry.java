package org.corridorsim.model;

import java.util.Objects;
import org.corridorsim.random.Distribution;

/**
 * After being turned back or giving up, a group tries again with this probability, after this delay.
 *
 * @param probability of trying again, in [0, 1]
 * @param after the delay before the next attempt, in seconds
 */
public record Retry(double probability, Distribution after) {

    /** Groups never try again. */
    public static final Retry NEVER = new Retry(0, new Distribution.Constant(0));

    /**
     * Checks the components.
     *
     * @param probability of trying again, in [0, 1]
     * @param after the delay before the next attempt, in seconds
     */
    public Retry {
        Objects.requireNonNull(after, "after");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("retry probability must be between 0 and 1, got " + probability);
        }
    }
}
