package org.corridorsim.policy.builtin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corridorsim.policy.PolicyContext;

/**
 * The corridors a policy acts on, resolved to indexes for one replication. Without a list it
 * holds every corridor and also matches groups that have not chosen one yet.
 */
final class CorridorSet {

    private final boolean all;
    private final boolean[] member;
    private final int[] indexes;

    private CorridorSet(boolean all, boolean[] member, int[] indexes) {
        this.all = all;
        this.member = member;
        this.indexes = indexes;
    }

    static CorridorSet resolve(Optional<List<String>> ids, PolicyContext context) {
        boolean[] member = new boolean[context.corridorCount()];
        if (ids.isEmpty()) {
            Arrays.fill(member, true);
        } else {
            for (String id : ids.get()) {
                member[context.corridorIndex(id)] = true;
            }
        }
        int count = 0;
        for (boolean m : member) {
            count += m ? 1 : 0;
        }
        int[] indexes = new int[count];
        for (int i = 0, next = 0; i < member.length; i++) {
            if (member[i]) {
                indexes[next++] = i;
            }
        }
        return new CorridorSet(ids.isEmpty(), member, indexes);
    }

    boolean contains(int corridor) {
        return all || (corridor >= 0 && corridor < member.length && member[corridor]);
    }

    /** Closes every corridor of the set; see {@link PolicyContext#closeCorridor}. */
    void close(PolicyContext context, boolean disperseQueued) {
        close(context, disperseQueued, false);
    }

    /** Closes every corridor of the set, holding vehicles there if asked; see {@link PolicyContext#holdVehicles}. */
    void close(PolicyContext context, boolean disperseQueued, boolean holdVehicles) {
        for (int corridor : indexes) {
            context.closeCorridor(corridor, disperseQueued);
            if (holdVehicles) {
                context.holdVehicles(corridor, true);
            }
        }
    }

    /** Lifts the closures made by {@link #close}. */
    void reopen(PolicyContext context) {
        reopen(context, false);
    }

    void reopen(PolicyContext context, boolean heldVehicles) {
        for (int corridor : indexes) {
            if (heldVehicles) {
                context.holdVehicles(corridor, false);
            }
            context.reopenCorridor(corridor);
        }
    }

    /** Indexes of the corridors in the set, ascending; callers must not change the array. */
    int[] indexes() {
        return indexes;
    }
}
