package org.corridorsim.model;

/** The safe point at the end of a route: persons who reach it count as evacuated. */
final class DestinationRun extends StationRun {

    /** The index of persons by car, cars next; -1 when no population has cars. */
    private final int byCar;

    DestinationRun(Place place, Station.Destination spec) {
        super(place);
        this.byCar = observations.names().stationMetric(slot, "by-car");
    }

    /** The whole group arrives (on foot, by ambulance or by convoy): evacuated, its attempt over. */
    @Override
    void arrive(int g) {
        if (groups.car[g]) {
            int seats = run.populations[groups.population[g]].spec.cars().seats();
            observations.add(byCar, groups.size[g]);
            observations.add(byCar + 1, (groups.size[g] + seats - 1) / seats);
        }
        evacuate(g, groups.size[g]);
        out(g);
    }

    /** {@code persons} of the group count as evacuated now (a shuttle load may carry part of a group). */
    void evacuate(int g, int persons) {
        lifecycle.move(g, Lifecycle.EVACUATED, persons);
        observations.evacuated(sim.now(), corridor.index, groups.population[g], groups.kind(g), groups.medical[g], persons);
        observations.passed(slot, persons);
    }
}
