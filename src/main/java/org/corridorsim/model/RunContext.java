package org.corridorsim.model;

import org.corridorsim.kernel.Simulator;

/** What the stations of one replication share: the clock, the groups, their states and statistics. */
final class RunContext {

    final Evacuation evacuation;
    final Simulator sim;
    final Groups groups;
    final Lifecycle lifecycle;
    final Observations observations;
    final PolicyGate gate;
    final boolean goHomeAtClose;
    /** Set once the dispatcher is built; stations pass groups on through it. */
    ModelRun dispatcher;
    Fates fates;
    PopulationState[] populations;

    RunContext(Evacuation evacuation, Simulator sim, Groups groups, Lifecycle lifecycle, Observations observations,
            PolicyGate gate) {
        this.evacuation = evacuation;
        this.sim = sim;
        this.groups = groups;
        this.lifecycle = lifecycle;
        this.observations = observations;
        this.gate = gate;
        this.goHomeAtClose = evacuation.onWindowClose() == OnWindowClose.GO_HOME;
    }
}
