package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

class EvacuationModelTest {

    private static final double HOUR = 3600;

    static Corridor corridor(String id, int lanes, Distribution screening, Windows windows) {
        return new Corridor(id, id, EnumSet.of(Kind.CIVILIAN), windows,
                new Checkpoint(lanes, screening, Discipline.FIFO, Checkpoint.UNLIMITED), Optional.empty(), Optional.empty());
    }

    static Population poisson(double perHour, Map<String, Distribution> travel) {
        return new Population("p", Kind.CIVILIAN, new Demand.Poisson(perHour / HOUR), new Distribution.Constant(1), 0,
                Optional.empty(), Retry.NEVER, travel);
    }

    static Evacuation evacuation(double horizon, List<Population> populations, List<Corridor> corridors,
            List<BlockingPolicy> blocking) {
        return new Evacuation(horizon, populations, corridors, Routing.NEAREST, OnWindowClose.STAY, blocking, HOUR);
    }

    private static double erlangCWait(double lambda, double mu, int c) {
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double tail = term / (1 - rho);
        double probabilityOfWaiting = tail / (sum + tail);
        return probabilityOfWaiting / (c * mu - lambda);
    }

    /** M/M/3 through the model: Poisson arrivals of 50 an hour, three lanes screening 3 minutes on average. */
    private static EvacuationModel mm3(double hours, double travelSeconds) {
        return new EvacuationModel(evacuation(hours * HOUR,
                List.of(poisson(50, Map.of("C1", new Distribution.Constant(travelSeconds)))),
                List.of(corridor("C1", 3, new Distribution.Exponential(180), Windows.always())), List.of()));
    }

    /**
     * A group with no travel time reaches its checkpoint in the departure's own event, so each group
     * costs two events (departure, end of screening) as in a bare M/M/c, not three.
     */
    @Test
    void aZeroTravelTimeIsNotAnEventOfItsOwn() {
        EvacuationModel model = mm3(200, 0);
        Outcome o = model.replicate(new RandomStreams(7L), 0);
        double attempted = o.value(model.metricNames(), "attempted");
        double evacuated = o.value(model.metricNames(), "evacuated");
        assertTrue(attempted > 9000, "departures " + attempted);
        assertEquals(attempted + evacuated, o.events(), "events: one departure per group, one end of screening per evacuee");
    }

    @Test
    void aCheckpointWithPoissonArrivalsMatchesErlangC() {
        EvacuationModel model = mm3(2000, 60);
        RandomStreams streams = new RandomStreams(20161020L);
        int replications = 10;
        double[] waits = new double[replications];
        double[] utilization = new double[replications];
        for (int r = 0; r < replications; r++) {
            Outcome o = model.replicate(streams, r);
            waits[r] = o.value(model.metricNames(), "corridor.C1.checkpoint.wait");
            utilization[r] = o.value(model.metricNames(), "corridor.C1.checkpoint.utilization");
        }
        double exactWait = erlangCWait(50 / HOUR, 1 / 180.0, 3);
        Summary wait = Summary.of(waits, 0.99);
        assertTrue(wait.contains(exactWait), "Erlang C Wq " + exactWait + " outside " + wait);
        Summary busy = Summary.of(utilization, 0.99);
        assertTrue(busy.contains(50.0 / 60.0), "utilisation 5/6 outside " + busy);
    }

    @Test
    void personsAreConservedAndEveryoneLeavesWhenNothingBlocks() {
        Population finite = new Population("east", Kind.CIVILIAN,
                new Demand.Finite(10_000, 0.5, DepartureProfile.uniform(new Interval(0, 10 * HOUR))),
                new Distribution.Geometric(4.5), 0.01, Optional.empty(), Retry.NEVER,
                Map.of("C1", new Distribution.Exponential(1800), "C2", new Distribution.Exponential(900)));
        Evacuation e = evacuation(48 * HOUR, List.of(finite),
                List.of(corridor("C1", 2, new Distribution.Exponential(60), Windows.always()),
                        corridor("C2", 2, new Distribution.Exponential(60), Windows.always())), List.of());
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(1), 0);
        MetricNames n = model.metricNames();
        assertEquals(5_000, o.value(n, "attempted"));
        assertEquals(5_000, o.value(n, "evacuated"));
        assertEquals(0, o.value(n, "remaining"));
        assertEquals(5_000, o.value(n, "corridor.C2.evacuated"), "nearest routing sends everyone to C2");
        double binned = 0;
        for (double v : o.throughput()[MetricNames.seriesAllKinds(e.corridors().size())]) {
            binned += v;
        }
        assertEquals(5_000, binned, "throughput bins add up to the evacuated count");
    }

    @Test
    void nobodyIsScreenedOutsideTheWindows() {
        Windows daily = new Windows(List.of(new Interval(8 * HOUR, 19 * HOUR), new Interval(32 * HOUR, 43 * HOUR)));
        Evacuation e = evacuation(48 * HOUR,
                List.of(poisson(20, Map.of("C1", new Distribution.Constant(60)))),
                List.of(corridor("C1", 1, new Distribution.Exponential(60), daily)), List.of());
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(3), 0);
        double[] all = o.throughput()[MetricNames.seriesAllKinds(1)];
        for (int hour = 0; hour < all.length; hour++) {
            boolean open = (hour >= 8 && hour < 19) || (hour >= 32 && hour < 43);
            // a screening that started just before closing may finish in the next bin
            boolean justClosed = hour == 19 || hour == 43;
            if (!open && !justClosed) {
                assertEquals(0, all[hour], "evacuated in closed hour " + hour);
            }
        }
        assertTrue(all[8] > 0, "the queue that built up overnight is screened at opening");
    }

    @Test
    void aPolicyThatTurnsEveryoneBackBlocksAllAndCountsItUnderItsId() {
        BlockingPolicy wall = new BlockingPolicy() {
            @Override public String id() { return "wall"; }
            @Override public org.corridorsim.policy.Enforcement start(org.corridorsim.policy.PolicyContext c) {
                return (stage, group) -> stage == Stage.DEPARTURE ? Decision.TURN_BACK : Decision.PASS;
            }
        };
        Evacuation e = evacuation(10 * HOUR,
                List.of(poisson(30, Map.of("C1", new Distribution.Constant(60)))),
                List.of(corridor("C1", 1, new Distribution.Exponential(60), Windows.always())), List.of(wall));
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(5), 0);
        MetricNames n = model.metricNames();
        assertEquals(0, o.value(n, "evacuated"));
        assertTrue(o.value(n, "attempted") > 200);
        assertEquals(o.value(n, "attempted"), o.value(n, "blocked.wall"));
        assertEquals(o.value(n, "attempted"), o.value(n, "remaining"));
    }

    @Test
    void theSameSeedAndReplicationGiveIdenticalResults() {
        Evacuation e = evacuation(100 * HOUR,
                List.of(poisson(40, Map.of("C1", new Distribution.LogNormal(1800, 600)))),
                List.of(corridor("C1", 2, new Distribution.Exponential(150), Windows.always())), List.of());
        EvacuationModel model = new EvacuationModel(e);
        Outcome a = model.replicate(new RandomStreams(9), 4);
        Outcome b = model.replicate(new RandomStreams(9), 4);
        Outcome c = model.replicate(new RandomStreams(9), 5);
        assertArrayEquals(a.values(), b.values());
        assertTrue(a.values()[0] != c.values()[0] || a.values()[MetricNames.TIME_IN_SYSTEM] != c.values()[MetricNames.TIME_IN_SYSTEM]);
    }

    @Test
    void retriesCountAsAttemptsButPeopleRemainOnce() {
        BlockingPolicy wall = new BlockingPolicy() {
            @Override public String id() { return "wall"; }
            @Override public org.corridorsim.policy.Enforcement start(org.corridorsim.policy.PolicyContext c) {
                return (stage, group) -> stage == Stage.DEPARTURE ? Decision.TURN_BACK : Decision.PASS;
            }
        };
        Population persistent = new Population("p", Kind.CIVILIAN,
                new Demand.Finite(100, 1.0, DepartureProfile.uniform(new Interval(0, HOUR))),
                new Distribution.Constant(1), 0, Optional.empty(), new Retry(1.0, new Distribution.Constant(HOUR)),
                Map.of("C1", new Distribution.Constant(60)));
        Evacuation e = evacuation(10 * HOUR + 1, List.of(persistent),
                List.of(corridor("C1", 1, new Distribution.Exponential(60), Windows.always())), List.of(wall));
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(5), 0);
        MetricNames n = model.metricNames();
        assertEquals(1000, o.value(n, "attempted"), "100 people try once an hour for 10 hours");
        assertEquals(1000, o.value(n, "blocked"));
        assertEquals(100, o.value(n, "remaining"));
    }
}
