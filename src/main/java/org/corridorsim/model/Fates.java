package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Stage;

/** What happens to a group a policy stops or holds, or that gives up an attempt: the edges out of the route. */
final class Fates {

    private final org.corridorsim.kernel.Simulator sim;
    private final Lifecycle lifecycle;
    private final Observations observations;

    private final RunContext run;
    private final Groups groups;
    private final EventHandler retry;

    Fates(RunContext run, EventHandler retry) {
        this.run = run;
        this.sim = run.sim;
        this.lifecycle = run.lifecycle;
        this.observations = run.observations;
        this.groups = run.groups;
        this.retry = retry;
    }

    /** Applies the policies at {@code stage} on the road; true when one stopped or held the group. */
    boolean stoppedOnTheWay(Stage stage, int g, EventHandler resume) {
        PolicyGate gate = run.gate;
        if (!gate.active() || !gate.objects(stage, g)) {
            return false;
        }
        switch (gate.stoppingDecision.verdict()) {
            case DELAY:
                startHold(g);
                lifecycle.move(g, Lifecycle.HELD);
                groups.holdHandle[g] = sim.scheduleAfter(gate.stoppingDecision.delay(), resume, g);
                break;
            case DETAIN:
                stopBy(gate.stoppingPolicy, g, true);
                break;
            default:
                stopBy(gate.stoppingPolicy, g, false);
                break;
        }
        return true;
    }

    /** The policy that objected last starts holding the group. */
    void startHold(int g) {
        int policy = run.gate.stoppingPolicy;
        groups.holdPolicy[g] = policy;
        groups.holdStart[g] = sim.now();
        observations.delayed(policy, groups.size[g]);
    }

    void endHold(int g) {
        observations.delayTime(groups.holdPolicy[g], groups.size[g], sim.now() - groups.holdStart[g]);
        groups.holdPolicy[g] = Groups.NONE;
        groups.holdHandle[g] = Groups.NONE;
    }

    /** The policy that objected last turns back or detains the group. */
    void stop(int g) {
        stopBy(run.gate.stoppingPolicy, g, run.gate.stoppingDecision.verdict() == Decision.Verdict.DETAIN);
    }

    void stopBy(int policy, int g, boolean detain) {
        long bit = 1L << policy;
        boolean first = (groups.stoppedBy[g] & bit) == 0;
        groups.stoppedBy[g] |= bit;
        observations.blocked(policy, groups.size[g], detain, first);
        if (detain) {
            lifecycle.move(g, Lifecycle.DETAINED);
            groups.release(g);
        } else {
            retryOrGiveUp(g);
        }
    }

    /** After being turned back or giving up an attempt: try again later, or give up for good. */
    void retryOrGiveUp(int g) {
        PopulationState population = run.populations[groups.population[g]];
        if (population.drawRetry(groups.streamKey[g])) {
            lifecycle.move(g, Lifecycle.RETRYING);
            double delay = population.drawRetryDelay();
            if (sim.now() + delay <= run.evacuation.horizon()) {
                sim.scheduleAfter(delay, retry, g);
            } else {
                // it would run after the horizon: the group ends as retrying without an event,
                // which keeps the pending set small (most retries come hours later)
                groups.release(g);
            }
        } else {
            lifecycle.move(g, Lifecycle.GAVE_UP);
            groups.release(g);
        }
    }

    /** Holds still running at the horizon count in delay-time up to it. */
    void endHoldsAtTheHorizon() {
        for (int g = 0; g < groups.slots(); g++) {
            if (groups.holdPolicy[g] != Groups.NONE && !Lifecycle.terminal(groups.state[g])) {
                endHold(g);
            }
        }
    }
}
