package org.corridorsim.model;

/** The safe point at the end of a route: persons who reach it count as evacuated. */
final class DestinationRun extends StationRun {

    DestinationRun(RunContext run, CorridorState corridor, int index, int slot, Station.Destination spec) {
        super(run, corridor, index, slot, spec);
    }

    /** The whole group arrives (on foot, by ambulance or by convoy): evacuated, its attempt over. */
    @Override
    void arrive(int g) {
        if (groups.car[g]) {
            int seats = run.populations[groups.population[g]].spec.cars().seats();
            observations.byCar(slot, groups.size[g], (groups.size[g] + seats - 1) / seats);
        }
        evacuate(g, groups.size[g]);
        out(g);
    }

    /** {@code persons} of the group count as evacuated now (a shuttle load may carry part of a group). */
    void evacuate(int g, int persons) {
        lifecycle.move(g, Lifecycle.EVACUATED, persons);
        observations.evacuated(sim.now(), corridor.index, groups.kind(g), groups.medical[g], persons);
        observations.passed(slot, persons);
    }
}
