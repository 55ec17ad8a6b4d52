package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.policy.Decision;

/** Names the component behind a runaway event (too many events at one instant), in the scenario's terms. */
final class Runaway {

    static final String RETRY = "retry";

    private Runaway() {
    }

    /**
     * @param own what the dispatcher's own handler is about, {@link #RETRY}, or null when the
     *            handler is not the dispatcher's
     */
    static String involved(Evacuation evacuation, PolicyGate gate, CorridorState[] corridors, EventHandler handler,
            String own) {
        String policy = evacuation.blocking().isEmpty() ? "none"
                : "'" + evacuation.blocking().get(gate.stoppingPolicy).id() + "'";
        Decision stopping = gate.stoppingDecision;
        if (stopping != null && stopping.verdict() == Decision.Verdict.DELAY) {
            return "blocking policy " + policy + ", which delays groups by " + stopping.delay()
                    + " s and is asked again when the delay ends";
        }
        if (RETRY.equals(own)) {
            return "groups retrying after being turned back (retry.after), last stopped by blocking policy " + policy;
        }
        if (own != null) {
            return own;
        }
        for (CorridorState c : corridors) {
            for (StationRun s : c.stations) {
                String what = s.involved(handler);
                if (what != null) {
                    return what + " of corridor '" + c.spec.id() + "'";
                }
            }
        }
        return "blocking policy " + policy + " (a delay, or an event the policy scheduled)";
    }
}
