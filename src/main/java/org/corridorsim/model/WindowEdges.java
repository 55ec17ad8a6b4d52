package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.Simulator;

/**
 * The corridors' opening windows during a replication: at each edge a corridor opens (its held
 * groups resume) or closes (its queues go home, if the scenario says so), and the next edge is
 * scheduled.
 */
final class WindowEdges {

    private final Evacuation evacuation;
    private final Simulator sim;
    private final CorridorState[] corridors;
    private final EventHandler edge = this::edge;

    WindowEdges(Evacuation evacuation, Simulator sim, CorridorState[] corridors) {
        this.evacuation = evacuation;
        this.sim = sim;
        this.corridors = corridors;
    }

    /** Opens the corridors whose window is open at the start, and schedules each one's first edge. */
    void start() {
        for (CorridorState c : corridors) {
            c.windowOpen = c.spec.windows().isOpen(0);
            scheduleNextEdge(c);
        }
    }

    boolean handles(EventHandler handler) {
        return handler == edge;
    }

    private void scheduleNextEdge(CorridorState c) {
        double now = sim.now();
        Windows windows = c.spec.windows();
        double next = c.windowOpen ? windows.closingAfter(now) : windows.nextOpening(now);
        if (next > now && next < evacuation.horizon()) {
            sim.scheduleAt(next, edge, c.index);
        }
    }

    private void edge(int corridor) {
        CorridorState c = corridors[corridor];
        c.windowOpen = c.spec.windows().isOpen(sim.now());
        if (c.windowOpen) {
            c.resumeAll();
        } else if (evacuation.onWindowClose() == OnWindowClose.GO_HOME) {
            c.sendHome(Groups.NONE);
        }
        scheduleNextEdge(c);
    }
}
