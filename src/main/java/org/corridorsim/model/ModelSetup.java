package org.corridorsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.ReplicationStreams;
import org.corridorsim.random.Sampler;

/**
 * Builds the per-replication state from the configuration. Every random input draws from its
 * own named stream, so that scenario variants share streams by name (common random numbers).
 * What is drawn per group uses {@link GroupStream}s keyed by the group; departures (times and
 * sizes) and vehicle trips use ordinary streams, drawn in an order no policy can change.
 */
final class ModelSetup {

    private final Evacuation evacuation;
    private final ReplicationStreams streams;

    ModelSetup(Evacuation evacuation, ReplicationStreams streams) {
        this.evacuation = evacuation;
        this.streams = streams;
    }

    Kind[] populationKinds() {
        return evacuation.populations().stream().map(Population::kind).toArray(Kind[]::new);
    }

    /** The corridors and their stations; stations of the shorthand route keep the streams they had before routes. */
    CorridorState[] corridors(RunContext run) {
        List<Corridor> specs = evacuation.corridors();
        CorridorState[] states = new CorridorState[specs.size()];
        int slot = 0;
        for (int c = 0; c < states.length; c++) {
            Corridor spec = specs.get(c);
            CorridorState corridor = new CorridorState(c, spec);
            states[c] = corridor;
            List<Station> route = spec.route();
            corridor.stations = new StationRun[route.size()];
            for (int i = 0; i < route.size(); i++) {
                Station station = route.get(i);
                corridor.stations[i] = station.start(new StationRun.Place(run, corridor, i, slot++, station, streams));
            }
            for (StationRun s : corridor.stations) {
                if (s instanceof CheckpointRun checkpoint && corridor.checkpoint == null) {
                    corridor.checkpoint = checkpoint;
                }
            }
            corridor.destination = (DestinationRun) corridor.stations[route.size() - 1];
        }
        return states;
    }

    /** Starts the blocking policies, in order; each may schedule its own events. */
    Enforcement[] enforcements(ModelRun run, Simulator sim, CorridorState[] corridors, PolicyGate gate) {
        Enforcement[] enforcements = new Enforcement[evacuation.blocking().size()];
        for (int i = 0; i < enforcements.length; i++) {
            enforcements[i] = evacuation.blocking().get(i).start(
                    new PolicyAccess(run, i, sim, streams, corridors, gate));
        }
        return enforcements;
    }

    /** Only a population that defines attributes gets their streams, so others draw exactly as before. */
    private void useAttributes(PopulationState state, Population spec, String prefix, List<String> names) {
        int n = spec.attributes().size();
        if (n == 0) {
            return;
        }
        int[] bits = new int[n];
        double[] shares = new double[n];
        GroupStream[] attributeStreams = new GroupStream[n];
        int i = 0;
        for (Map.Entry<String, Double> attribute : spec.attributes().entrySet()) {
            bits[i] = names.indexOf(attribute.getKey());
            shares[i] = attribute.getValue();
            attributeStreams[i++] = streams.groupStream(prefix + "attribute/" + attribute.getKey());
        }
        state.useAttributes(bits, shares, attributeStreams);
    }

    PopulationState[] populations(CorridorState[] corridors) {
        List<Population> specs = evacuation.populations();
        PopulationState[] states = new PopulationState[specs.size()];
        List<String> attributeNames = PopulationState.attributeNames(specs);
        for (int p = 0; p < states.length; p++) {
            Population spec = specs.get(p);
            String prefix = "population/" + spec.id() + "/";
            Sampler[] travel = new Sampler[corridors.length];
            GroupStream[] travelStreams = new GroupStream[corridors.length];
            List<Integer> candidates = new ArrayList<>();
            for (Map.Entry<String, Distribution> route : spec.travel().entrySet()) {
                int c = indexOf(corridors, route.getKey());
                if (corridors[c].spec.serves().contains(spec.kind())) {
                    travelStreams[c] = streams.groupStream(prefix + "travel/" + route.getKey());
                    travel[c] = route.getValue().sampler(travelStreams[c]);
                    candidates.add(c);
                }
            }
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("population " + spec.id()
                        + " can reach no corridor that serves " + spec.kind().id());
            }
            // stable sort: among equally near corridors, the order of the travel map decides
            candidates.sort(Comparator.comparingDouble(c -> spec.travel().get(corridors[c].spec.id()).mean()));
            GroupStream patienceStream = streams.groupStream(prefix + "patience");
            Sampler patience = spec.patience().map(d -> d.sampler(patienceStream)).orElse(null);
            // the retry decision and its delay are consecutive draws of one group stream
            GroupStream retryStream = streams.groupStream(prefix + "retry");
            Sampler retryDelay = spec.retry().after().sampler(retryStream);
            states[p] = new PopulationState(spec, departures(spec, prefix), streams.groupStream(prefix + "medical"),
                    patienceStream, patience, retryStream, retryDelay,
                    candidates.stream().mapToInt(Integer::intValue).toArray(), travel, travelStreams,
                    streams.groupStream(prefix + "intent"), streams.groupStream(prefix + "car"));
            useAttributes(states[p], spec, prefix, attributeNames);
        }
        return states;
    }

    private Departures departures(Population spec, String prefix) {
        Distribution groupSize = spec.groupSize();
        Sampler sizes = groupSize.sampler(streams.stream(prefix + "group-size"));
        if (spec.demand() instanceof Demand.Finite finite) {
            return new Departures.Finite(finite.leaving(), finite.departures(), sizes,
                    streams.stream(prefix + "departures"));
        }
        Demand.Poisson poisson = (Demand.Poisson) spec.demand();
        Sampler gaps = new Distribution.Exponential(1 / poisson.ratePerSecond())
                .sampler(streams.stream(prefix + "arrivals"));
        return new Departures.Poisson(gaps, sizes);
    }

    private static int indexOf(CorridorState[] corridors, String id) {
        for (CorridorState c : corridors) {
            if (c.spec.id().equals(id)) {
                return c.index;
            }
        }
        throw new IllegalArgumentException("travel names unknown corridor '" + id + "'");
    }
}
