package org.corridorsim.model;

/** How a group picks among the corridors it can reach and may use. */
public enum Routing {
    /** Smallest mean travel time. */
    NEAREST,
    /** Fewest groups waiting at the checkpoint when the group sets out. */
    LEAST_QUEUE,
    /** Uniformly at random. */
    RANDOM
}
