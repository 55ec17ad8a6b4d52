package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.Sampler;

/**
 * A convoy staging point during a replication. Groups wait (BOARDING); at each authorised time the
 * idle vehicles leave with whole groups in order of arrival (IN_TRANSIT). On the road the policies
 * decide on the whole convoy, then on each group aboard; those let through reach the destination.
 * A closure that holds vehicles keeps a convoy due to leave waiting, loaded, until it ends. Before
 * it leaves, the {@link Stage#AUTHORISATION} policies decide on the convoy as a whole.
 */
final class ConvoyRun extends StationRun {

    private static final int DISPATCHED = 0;
    private static final int HELD = 1;
    private static final int TURNED_BACK = 2;
    private static final int IN_TRANSIT = 3;

    private final int seats;
    /** The index of the first convoy metric: dispatched, held, turned back, in transit follow in that order. */
    private final int convoys;
    private final double[] times;
    private final Sampler road;
    private final Sampler back;
    private final GroupQueue staging;
    /** Groups aboard each convoy on the road, by convoy slot; at most one convoy per vehicle. */
    private final GroupQueue[] aboard;
    private final int[] vehiclesOf;
    private final int[] freeSlots;
    private int freeCount;
    private int idle;
    private boolean due;
    /** A convoy held by a policy at its authorisation is asked again at the end of the hold. */
    private boolean asking;
    private final long authorisationKey;
    private long authorisations;
    /** The indexes of the convoys that reached the destination and of the vehicles dispatched. */
    private final int arrived;
    private final int vehicles;

    private final EventHandler authorised = this::authorised;
    private final EventHandler onTheRoad = this::onTheRoad;
    private final EventHandler returned = this::vehiclesBack;
    private final EventHandler askAgain = this::askAgain;

    ConvoyRun(Place place, Station.Staging spec) {
        super(place);
        Convoy c = spec.convoy();
        this.seats = c.seats();
        this.times = c.times().stream().mapToDouble(Double::doubleValue).toArray();
        this.road = c.road().sampler(place.stream("road"));
        this.back = c.back().sampler(place.stream("back"));
        this.convoys = metric("convoys");
        this.arrived = metric("convoys-arrived");
        this.vehicles = metric("vehicles");
        this.idle = c.vehicles();
        this.staging = new GroupQueue(run.groups);
        this.aboard = new GroupQueue[c.vehicles()];
        this.vehiclesOf = new int[c.vehicles()];
        this.freeSlots = new int[c.vehicles()];
        for (int i = 0; i < aboard.length; i++) {
            aboard[i] = new GroupQueue(run.groups);
            freeSlots[freeCount++] = aboard.length - 1 - i;
        }
        this.gated = true;
        this.authorisationKey = GroupStream.nameKey("convoy-authorisation/" + slot);
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= 0 && times[i] < run.evacuation.horizon()) {
                sim.scheduleAt(times[i], authorised, i);
            }
        }
    }

    @Override
    void arrive(int g) {
        if (byOwnCar(g)) {
            return;
        }
        groups.queuedAt[g] = sim.now();
        lifecycle.move(g, Lifecycle.BOARDING);
        staging.add(g);
    }

    /** An authorised time: a convoy leaves unless a closure holds it. */
    private void authorised(int unused) {
        if (asking) {
            return;   // held by a policy: the end of that hold decides
        }
        if (corridor.vehicleHolds > 0) {
            if (!due && !staging.isEmpty() && idle > 0) {   // a convoy with no vehicle at hand is not held
                observations.add(convoys + HELD, 1);
            }
            due = true;
            return;
        }
        dispatch();
    }

    @Override
    void resume() {
        if (due && corridor.vehicleHolds == 0) {
            dispatch();
        }
    }

    private void askAgain(int unused) {
        asking = false;
        authorised(0);
    }

    private void dispatch() {
        due = false;
        if (idle == 0 || staging.isEmpty() || freeCount == 0 || groups.size[staging.peek()] > (long) idle * seats) {
            return;   // no convoy: no vehicle, nobody waiting, or the first group is larger than the fleet at hand
        }
        Decision.Verdict verdict = Decision.Verdict.PASS;
        if (gate.active() && gate.objectsToConvoy(Stage.AUTHORISATION, staging.peek(),
                GroupStream.attemptKey(authorisationKey, (int) ++authorisations))) {
            Decision d = gate.stoppingDecision;
            verdict = d.verdict();
            if (verdict != Decision.Verdict.DETAIN) {
                observations.add(convoys + (verdict == Decision.Verdict.DELAY ? HELD : TURNED_BACK), 1);
                if (verdict == Decision.Verdict.DELAY) {
                    asking = true;
                    sim.scheduleAfter(d.delay(), askAgain, 0);
                }
                return;   // refused: nobody boards, the groups wait for the next authorised time
            }
        }
        int convoy = freeSlots[--freeCount];
        GroupQueue load = aboard[convoy];
        long room = (long) idle * seats;
        long persons = 0;
        double now = sim.now();
        while (!staging.isEmpty() && persons + groups.size[staging.peek()] <= room) {
            int g = staging.poll();
            persons += groups.size[g];
            observations.stationWait(slot, now - groups.queuedAt[g]);
            lifecycle.move(g, Lifecycle.IN_TRANSIT);
            load.add(g);
        }
        if (verdict == Decision.Verdict.DETAIN) {
            int policy = gate.stoppingPolicy;
            while (!load.isEmpty()) {
                fates.stopBy(policy, load.poll(), true);
            }
            freeSlots[freeCount++] = convoy;
            return;
        }
        int vehicles = (int) ((persons + seats - 1) / seats);
        idle -= vehicles;
        vehiclesOf[convoy] = vehicles;
        observations.add(convoys + DISPATCHED, 1);
        observations.add(this.vehicles, vehicles);
        observations.add(convoys + IN_TRANSIT, persons);
        sim.scheduleAfter(road.sample(), onTheRoad, convoy);
    }

    /** The convoy on the road meets the policies: as a whole, then group by group. */
    private void onTheRoad(int convoy) {
        GroupQueue load = aboard[convoy];
        int first = load.peek();
        if (gate.active() && gate.objects(Stage.CONVOY, first)) {
            Decision d = gate.stoppingDecision;
            if (d.verdict() == Decision.Verdict.DELAY) {
                observations.add(convoys + HELD, 1);
                sim.scheduleAfter(d.delay(), onTheRoad, convoy);
                return;
            }
            boolean detain = d.verdict() == Decision.Verdict.DETAIN;
            if (!detain) {
                observations.add(convoys + TURNED_BACK, 1);
            }
            while (!load.isEmpty()) {
                int g = load.poll();
                observations.add(convoys + IN_TRANSIT, -groups.size[g]);
                fates.stopBy(gate.stoppingPolicy, g, detain);
            }
        } else {
            observations.add(arrived, 1);
            while (!load.isEmpty()) {
                int g = load.poll();
                observations.add(convoys + IN_TRANSIT, -groups.size[g]);
                // a hold of one group aboard is not possible: the convoy goes on, and the group with it
                if (gate.active() && gate.objects(Stage.CHECKPOINT, g)
                        && gate.stoppingDecision.verdict() != Decision.Verdict.DELAY) {
                    fates.stopBy(gate.stoppingPolicy, g,
                            gate.stoppingDecision.verdict() == Decision.Verdict.DETAIN);
                } else {
                    observations.passed(slot, groups.size[g]);
                    corridor.destination.arrive(g);
                }
            }
        }
        freeSlots[freeCount++] = convoy;
        sim.scheduleAfter(back.sample(), returned, vehiclesOf[convoy]);
    }

    private void vehiclesBack(int vehicles) {
        idle += vehicles;
    }

    @Override
    String involved(EventHandler handler) {
        return handler == authorised || handler == onTheRoad || handler == returned || handler == askAgain
                ? "convoys" : null;
    }
}
