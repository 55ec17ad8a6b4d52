package org.corridorsim.policy;

import java.util.Locale;

/** Where along the way out a blocking policy acts. */
public enum Stage {
    /** When the group leaves home, before it heads for a corridor. */
    DEPARTURE,
    /** On the way to the corridor, when the group reaches it. */
    APPROACH,
    /** At the checkpoint, when screening would start. */
    CHECKPOINT;

    /** {@return the name used in scenario files} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
