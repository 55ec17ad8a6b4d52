package org.corridorsim.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.ReplicationStreams;

/** What one policy sees of a run; queues it disperses are counted against it. */
final class PolicyAccess implements PolicyContext {

    private final ModelRun run;
    private final int policy;
    private final Simulator sim;
    private final ReplicationStreams streams;
    private final CorridorState[] corridors;
    /** Moves the per-group policy streams to each group before the policies decide. */
    private final PolicyGate gate;

    PolicyAccess(ModelRun run, int policy, Simulator sim, ReplicationStreams streams, CorridorState[] corridors,
            PolicyGate gate) {
        this.run = run;
        this.policy = policy;
        this.sim = sim;
        this.streams = streams;
        this.corridors = corridors;
        this.gate = gate;
    }

    @Override
    public Simulator simulator() {
        return sim;
    }

    @Override
    public UniformRandomProvider stream(String purpose) {
        return streams.stream("policy/" + purpose);
    }

    @Override
    public GroupStream groupStream(String purpose) {
        GroupStream stream = streams.groupStream("policy/" + purpose);
        gate.addStream(stream);
        return stream;
    }

    @Override
    public int corridorIndex(String corridorId) {
        for (CorridorState c : corridors) {
            if (c.spec.id().equals(corridorId)) {
                return c.index;
            }
        }
        throw new IllegalArgumentException("unknown corridor '" + corridorId + "'");
    }

    @Override
    public int corridorCount() {
        return corridors.length;
    }

    @Override
    public void closeCorridor(int corridor, boolean disperseQueued) {
        corridors[corridor].close(policy, disperseQueued);
    }

    @Override
    public void reopenCorridor(int corridor) {
        corridors[corridor].reopen();
    }

    @Override
    public void holdVehicles(int corridor, boolean hold) {
        CorridorState c = corridors[corridor];
        c.vehicleHolds = Math.max(0, c.vehicleHolds + (hold ? 1 : -1));
        if (!hold) {
            c.resumeAll();
        }
    }

    @Override
    public int populationCount() {
        return run.demand().populations.length;
    }

    @Override
    public int attributeIndex(String name) {
        int index = PopulationState.attributeNames(java.util.Arrays.stream(run.demand().populations)
                .map(state -> state.spec).toList()).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("unknown attribute '" + name + "'");
        }
        return index;
    }

    @Override
    public int populationIndex(String populationId) {
        PopulationState[] populations = run.demand().populations;
        for (int p = 0; p < populations.length; p++) {
            if (populations[p].spec.id().equals(populationId)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown population '" + populationId + "'");
    }

    @Override
    public int stationCount(int corridor) {
        return corridors[corridor].stations.length;
    }

    @Override
    public boolean stationIs(int corridor, int station, String idOrKind) {
        Station s = corridors[corridor].spec.route().get(station);
        return s.id().equals(idOrKind) || s.kind().equals(idOrKind);
    }

    @Override
    public void changeIntent(int population, double intent, double over) {
        run.demand().changeIntent(population, intent, over);
    }

    @Override
    public void changeCorridors(int population, int[] chosen) {
        run.demand().changeCorridors(population, chosen);
    }
}
