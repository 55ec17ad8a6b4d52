package org.corridorsim.policy;

import java.util.Locale;

/** Who a person is, as far as corridors and policies are concerned. */
public enum Kind {
    CIVILIAN, FIGHTER;

    /** {@return the name used in scenario files and metric names} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
