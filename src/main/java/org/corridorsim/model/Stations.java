package org.corridorsim.model;

import org.corridorsim.random.GroupStream;
import org.corridorsim.random.ReplicationStreams;

/**
 * Starts the runtime class of each station kind. Random streams are named after the corridor
 * and station; the first checkpoint, shuttle and ambulances of a corridor keep the names they
 * had before routes ({@code corridor/<id>/screening}, {@code /transport}, {@code /ambulances}),
 * so the shorthand route draws exactly what the fixed route did.
 */
final class Stations {

    private Stations() {
    }

    static StationRun start(RunContext run, CorridorState corridor, int index, int slot, Station spec,
            ReplicationStreams streams) {
        Corridor c = corridor.spec;
        String prefix = "corridor/" + c.id() + "/";
        String own = firstOfKind(c, index) ? prefix : prefix + "station/" + spec.id() + "/";
        if (spec instanceof Station.Staging staging) {
            return convoy(run, corridor, index, slot, staging, streams, prefix + "station/" + spec.id() + "/");
        }
        if (spec instanceof Station.AtCheckpoint checkpoint) {
            GroupStream screening = streams.groupStream(own + "screening");
            return new CheckpointRun(run, corridor, index, slot, checkpoint,
                    screening, checkpoint.checkpoint().screening().sampler(screening), firstOfKind(c, index));
        }
        if (spec instanceof Station.Shuttle shuttle) {
            return new ShuttleRun(run, corridor, index, slot, shuttle,
                    shuttle.transport().trip().sampler(streams.stream(own + "transport")));
        }
        if (spec instanceof Station.AmbulancePool ambulances) {
            return new AmbulanceRun(run, corridor, index, slot, ambulances,
                    ambulances.ambulances().trip().sampler(streams.stream(own + "ambulances")));
        }
        if (spec instanceof Station.Leg leg) {
            GroupStream time = streams.groupStream(prefix + "station/" + spec.id() + "/travel");
            return new LegRun(run, corridor, index, slot, leg, time, leg.time().sampler(time));
        }
        return new DestinationRun(run, corridor, index, slot, (Station.Destination) spec);
    }

    private static StationRun convoy(RunContext run, CorridorState corridor, int index, int slot, Station.Staging staging,
            ReplicationStreams streams, String own) {
        Convoy convoy = staging.convoy();
        return new ConvoyRun(run, corridor, index, slot, staging, convoy.road().sampler(streams.stream(own + "road")),
                convoy.back().sampler(streams.stream(own + "back")));
    }

    /** Whether the station at {@code index} is the first of its kind in the route. */
    private static boolean firstOfKind(Corridor corridor, int index) {
        Class<?> kind = corridor.route().get(index).getClass();
        for (int i = 0; i < index; i++) {
            if (corridor.route().get(i).getClass() == kind) {
                return false;
            }
        }
        return true;
    }
}
