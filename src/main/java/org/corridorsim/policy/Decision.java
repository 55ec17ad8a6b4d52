package org.corridorsim.policy;

/** What a policy decides for a group: let it pass, turn it back, hold it for a while, or detain it. */
public record Decision(Verdict verdict, double delay) {

    /** The kind of decision; {@link #DELAY} comes with a hold time. */
    public enum Verdict { PASS, TURN_BACK, DELAY, DETAIN }

    public static final Decision PASS = new Decision(Verdict.PASS, 0);
    public static final Decision TURN_BACK = new Decision(Verdict.TURN_BACK, 0);
    public static final Decision DETAIN = new Decision(Verdict.DETAIN, 0);

    public Decision {
        if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a decision's delay must be finite and non-negative, got " + delay);
        }
        if (verdict != Verdict.DELAY && delay != 0) {
            throw new IllegalArgumentException("only a DELAY decision has a delay, got " + verdict + " with " + delay);
        }
    }

    /** Holds the group for {@code seconds}, after which it carries on from the same stage. */
    public static Decision delay(double seconds) {
        return new Decision(Verdict.DELAY, seconds);
    }

    public boolean passes() {
        return verdict == Verdict.PASS;
    }
}
