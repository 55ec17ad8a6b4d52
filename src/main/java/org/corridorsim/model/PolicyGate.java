package org.corridorsim.model;

import java.util.Arrays;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.GroupStream;

/**
 * The blocking policies of one replication, asked in order before a group goes on; the first
 * that objects decides. Each decision moves the policies' per-group streams to the group's key
 * and its decision count, so a decision does not depend on the order of events.
 */
final class PolicyGate {

    private final Groups groups;
    Enforcement[] enforcements = new Enforcement[0];
    /** The policies' per-group streams, moved to each group before its policies decide. */
    private GroupStream[] policyStreams = new GroupStream[4];
    private int streamCount;
    /** The policy that objected last, and its decision. */
    int stoppingPolicy;
    Decision stoppingDecision;

    PolicyGate(Groups groups) {
        this.groups = groups;
    }

    /** A policy's per-group stream, from now on moved to each group its policies decide on. */
    void addStream(GroupStream stream) {
        if (streamCount == policyStreams.length) {
            policyStreams = Arrays.copyOf(policyStreams, streamCount * 2);
        }
        policyStreams[streamCount++] = stream;
    }

    boolean active() {
        return enforcements.length > 0;
    }

    /**
     * Asks the policies about a whole convoy, seen as its first group {@code g}, with the draws of
     * {@code convoyKey}; the group's own decision count is left alone, so a convoy nobody decides on
     * changes no group's draws.
     */
    boolean objectsToConvoy(Stage stage, int g, long convoyKey) {
        positionStreams(convoyKey);
        return firstObjecting(stage, g);
    }

    /** Asks the policies about group {@code g} at {@code stage}; true when one objected. */
    boolean objects(Stage stage, int g) {
        positionStreams(groups.key[g] + ++groups.asks[g]);
        return firstObjecting(stage, g);
    }

    /** Moves every policy stream to {@code key}, hashing the key once for all of them. */
    private void positionStreams(long key) {
        int n = streamCount;
        if (n == 0) {
            return;
        }
        long prepared = GroupStream.prepare(key);
        GroupStream[] streams = policyStreams;
        for (int i = 0; i < n; i++) {
            streams[i].atPrepared(prepared);
        }
    }

    private boolean firstObjecting(Stage stage, int g) {
        var view = groups.view(g);
        for (int i = 0; i < enforcements.length; i++) {
            Decision d = enforcements[i].decide(stage, view);
            if (!d.passes()) {
                stoppingPolicy = i;
                stoppingDecision = d;
                return true;
            }
        }
        return false;
    }
}
