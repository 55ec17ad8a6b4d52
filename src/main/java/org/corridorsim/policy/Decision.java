package org.corridorsim.policy;

/** What a policy decides for a group: let it pass, turn it back, hold it for a while, or detain it. */
public record Decision(Verdict verdict, double delay) {

    /** The kind of decision; {@link #DELAY} comes with a hold time. */
    public enum Verdict {
        /** The group carries on. */
        PASS,
        /** The group goes back home; whether it tries again is up to the population's retry settings. */
        TURN_BACK,
        /** The group waits for the decision's delay, then carries on from the same stage. */
        DELAY,
        /** The group is held and leaves the evacuation: it counts as detained. */
        DETAIN
    }

    /** Let the group carry on. */
    public static final Decision PASS = new Decision(Verdict.PASS, 0);
    /** Send the group back home. */
    public static final Decision TURN_BACK = new Decision(Verdict.TURN_BACK, 0);
    /** Detain the group. */
    public static final Decision DETAIN = new Decision(Verdict.DETAIN, 0);

    /**
     * Checks the components.
     *
     * @param verdict what happens to the group
     * @param delay the hold time in seconds for {@link Verdict#DELAY}; 0 otherwise
     * @throws IllegalArgumentException if {@code delay} is negative or not finite, or non-zero for another verdict
     */
    public Decision {
        if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a decision's delay must be finite and non-negative, got " + delay);
        }
        if (verdict != Verdict.DELAY && delay != 0) {
            throw new IllegalArgumentException("only a DELAY decision has a delay, got " + verdict + " with " + delay);
        }
    }

    /**
     * Holds the group, after which it carries on from the same stage.
     *
     * @param seconds the hold time, finite and not negative
     * @return a {@link Verdict#DELAY} decision
     * @throws IllegalArgumentException if {@code seconds} is negative or not finite
     */
    public static Decision delay(double seconds) {
        return new Decision(Verdict.DELAY, seconds);
    }

    /** {@return whether the group carries on at once} */
    public boolean passes() {
        return verdict == Verdict.PASS;
    }
}
