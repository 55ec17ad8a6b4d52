package org.corridorsim.policy;

import java.util.Locale;

/** Who a person is, as far as corridors and policies are concerned. */
public enum Kind {
    /** A non-combatant. */
    CIVILIAN,
    /** A combatant; policies and corridors may treat fighters differently. */
    FIGHTER;

    /** {@return the name used in scenario files and metric names} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
