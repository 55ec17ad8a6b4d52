package org.corridorsim.policy;

import java.util.Locale;

/** Where along the way out a blocking policy acts. */
public enum Stage {
    /** When the group leaves home, before it heads for a corridor. */
    DEPARTURE,
    /** On the way to the corridor, when the group reaches it. */
    APPROACH,
    /** At the checkpoint, when screening would start. */
    CHECKPOINT,
    /**
     * A convoy on the road, decided as a whole: the group view is the first group aboard, and the
     * decision applies to everyone aboard. If the convoy passes, each group aboard then meets the
     * {@link #CHECKPOINT} policies of the convoy's station.
     */
    CONVOY,
    /**
     * A convoy about to leave its staging point at an authorised time, decided as a whole: the
     * group view is the first group waiting. Passing authorises it; a delay holds it (asked again
     * after the delay); turning back refuses it (nobody boards, the groups wait for the next
     * authorised time); detaining detains everyone who would have boarded.
     */
    AUTHORISATION;

    /** {@return the name used in scenario files} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
