package org.corridorsim.model;

import java.util.Arrays;
import java.util.Comparator;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.ReplicationStreams;
import org.corridorsim.random.Sampler;

/**
 * The populations' departures during a replication, and the demand events that change them: a
 * population's intent to leave (a new wave of departures, or fewer of those still to come) and the
 * corridors it may choose. Each wave is a {@link Departures} generated one group at a time.
 */
final class DemandRun {

    private final org.corridorsim.kernel.Simulator sim;
    private final Lifecycle lifecycle;
    private final Observations observations;

    final PopulationState[] populations;
    private final RunContext run;
    private final ModelRun dispatcher;
    private final ReplicationStreams streams;
    private Departures[] waves = new Departures[4];
    private int[] wavePopulation = new int[4];
    private int waveCount;
    private final EventHandler departure = this::departure;

    DemandRun(RunContext run, ModelRun dispatcher, PopulationState[] populations, ReplicationStreams streams) {
        this.run = run;
        this.sim = run.sim;
        this.lifecycle = run.lifecycle;
        this.observations = run.observations;
        this.dispatcher = dispatcher;
        this.populations = populations;
        this.streams = streams;
    }

    /** Schedules every population's first departure. */
    void start() {
        for (int p = 0; p < populations.length; p++) {
            addWave(p, populations[p].departures);
        }
    }

    boolean handles(EventHandler handler) {
        return handler == departure;
    }

    private void addWave(int p, Departures departures) {
        if (waveCount == waves.length) {
            waves = Arrays.copyOf(waves, waveCount * 2);
            wavePopulation = Arrays.copyOf(wavePopulation, waveCount * 2);
        }
        waves[waveCount] = departures;
        wavePopulation[waveCount] = p;
        scheduleNext(waveCount++);
    }

    private void scheduleNext(int wave) {
        double t = waves[wave].advance();
        if (t < run.evacuation.horizon()) {
            sim.scheduleSourceEvent(t, departure, wave);
        }
    }

    private void departure(int wave) {
        int p = wavePopulation[wave];
        PopulationState population = populations[p];
        int persons = waves[wave].size();
        long ordinal = population.groupsSent++;
        long identity = GroupStream.groupIdentity(population.key, ordinal);
        long key = GroupStream.attemptKey(identity, 1);
        long streamKey = GroupStream.prepare(key);
        if (population.keep < 1 && !population.drawKeep(streamKey)) {
            scheduleNext(wave);   // the group stays home: it counts as stayed
            return;
        }
        Groups groups = run.groups;
        int g = groups.allocate(p, ordinal, persons, population.drawMedical(streamKey), sim.now());
        groups.key[g] = key;
        groups.streamKey[g] = streamKey;
        groups.identity[g] = identity;
        groups.car[g] = population.drawCar(streamKey);
        groups.attributes[g] = population.drawAttributes(streamKey);
        population.personsSetOut += persons;
        lifecycle.setOut(g);
        observations.attempted(persons);
        dispatcher.setOut(g);
        scheduleNext(wave);
    }

    /** See {@link org.corridorsim.policy.PolicyContext#changeIntent}. */
    void changeIntent(int p, double intent, double over) {
        if (!(intent >= 0 && intent <= 1) || !(over > 0) || Double.isInfinite(over)) {
            throw new IllegalArgumentException("intent must be in [0, 1] and the spread positive, got " + intent
                    + " over " + over + " s");
        }
        PopulationState population = populations[p];
        double previous = population.intent;
        if (intent > previous && population.spec.demand() instanceof Demand.Finite finite) {
            long extra = Math.round(finite.size() * (intent - previous));
            if (extra > 0) {
                double now = sim.now();
                String prefix = "population/" + population.spec.id() + "/wave/" + waveCount + "/";
                var groupSize = population.spec.groupSize();
                Sampler sizes = groupSize.sampler(streams.stream(prefix + "group-size"));
                addWave(p, new Departures.Finite(extra, DepartureProfile.uniform(new Interval(now, now + over)),
                        sizes, streams.stream(prefix + "departures")));
            }
        } else if (intent < previous) {
            population.keep *= intent / previous;
        }
        population.intent = intent;
    }

    /** See {@link org.corridorsim.policy.PolicyContext#changeCorridors}. */
    void changeCorridors(int p, int[] chosen) {
        PopulationState population = populations[p];
        Integer[] sorted = new Integer[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            int c = chosen[i];
            if (c < 0 || c >= population.travel.length || population.travel[c] == null) {
                throw new IllegalArgumentException("population '" + population.spec.id()
                        + "' cannot reach corridor " + c + " or it does not serve its kind");
            }
            sorted[i] = c;
        }
        if (sorted.length == 0) {
            throw new IllegalArgumentException("population '" + population.spec.id() + "' needs at least one corridor");
        }
        var corridors = run.evacuation.corridors();
        Arrays.sort(sorted, Comparator.comparingDouble(c -> population.spec.travel().get(corridors.get(c).id()).mean()));
        population.candidates = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
    }
}
