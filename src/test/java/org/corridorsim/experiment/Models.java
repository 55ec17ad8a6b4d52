package org.corridorsim.experiment;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.model.Checkpoint;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Demand;
import org.corridorsim.model.Discipline;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.OnWindowClose;
import org.corridorsim.model.Population;
import org.corridorsim.model.Retry;
import org.corridorsim.model.Routing;
import org.corridorsim.model.Windows;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.RandomStreams;

/** Small evacuation models for experiment tests: Poisson arrivals at one or more checkpoints. */
public final class Models {

    public static final double HOUR = 3600;

    private Models() {
    }

    /** 40 persons an hour for 24 hours through corridors C1..Ccorridors, each with {@code lanes} lanes. */
    public static EvacuationModel checkpoints(int corridors, int lanes, List<BlockingPolicy> blocking) {
        Map<String, Distribution> travel = new LinkedHashMap<>();
        List<Corridor> list = new java.util.ArrayList<>();
        for (int c = 1; c <= corridors; c++) {
            String id = "C" + c;
            travel.put(id, new Distribution.Exponential(600 * c));
            list.add(new Corridor(id, id, EnumSet.of(Kind.CIVILIAN), Windows.always(),
                    new Checkpoint(lanes, new Distribution.Exponential(150), Discipline.FIFO, Checkpoint.UNLIMITED),
                    Optional.empty(), Optional.empty()));
        }
        Population people = new Population("p", Kind.CIVILIAN, new Demand.Poisson(40 / HOUR),
                new Distribution.Constant(1), 0, Optional.empty(), Retry.NEVER, travel);
        return new EvacuationModel(new Evacuation(24 * HOUR, List.of(people), list, Routing.NEAREST,
                OnWindowClose.STAY, blocking, HOUR));
    }

    public static EvacuationModel checkpoint(int lanes) {
        return checkpoints(1, lanes, List.of());
    }

    /**
     * A model whose replication {@code failing} (under {@code seed}) throws: the policy recognises
     * that replication by the first number of its own stream, so which one fails does not depend
     * on thread scheduling.
     */
    public static EvacuationModel failingAt(long seed, int failing) {
        long mark = new RandomStreams(seed).stream(failing, "policy/probe").nextLong();
        BlockingPolicy probe = new BlockingPolicy() {
            @Override
            public String id() {
                return "probe";
            }

            @Override
            public Enforcement start(PolicyContext context) {
                if (context.stream("probe").nextLong() == mark) {
                    throw new IllegalStateException("probe refuses this replication");
                }
                return (stage, group) -> Decision.PASS;
            }
        };
        return checkpoints(1, 2, List.of(probe));
    }
}
