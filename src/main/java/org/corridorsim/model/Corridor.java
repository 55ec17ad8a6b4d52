package org.corridorsim.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.Kind;

/** A way out, with the kinds of people it serves, its opening windows and its checkpoint. */
public record Corridor(
        String id,
        String name,
        Set<Kind> serves,
        Windows windows,
        Checkpoint checkpoint,
        Optional<Transport> transport,
        Optional<Ambulances> ambulances) {

    public Corridor {
        if (serves.isEmpty()) {
            throw new IllegalArgumentException("corridor " + id + " must serve at least one kind");
        }
        serves = Set.copyOf(EnumSet.copyOf(serves));
    }
}
