package org.corridorsim.model;

/**
 * The states a group passes through and the persons in each. Every change of a group's state
 * goes through {@link #move}, which refuses edges that are not in the table below, so the
 * persons in all states always add up to the persons who set out: the fates at the horizon are
 * read off the states and sum to the population by construction.
 *
 * <pre>
 *  (set out) -> TRAVELLING -> HELD -> TRAVELLING          a hold at departure or on approach
 *               TRAVELLING -> QUEUED -> SCREENING -> BOARDING -> EVACUATED
 *                                       SCREENING -> EVACUATED (on foot)
 *               TRAVELLING | QUEUED -> DETAINED | RETRYING | GAVE_UP
 *               RETRYING -> TRAVELLING                    the next attempt
 *               SCREENING -> TRAVELLING                   on to a further checkpoint or travel leg
 *               TRAVELLING -> EVACUATED                   on foot from a travel leg (or a rest) to the destination
 * </pre>
 *
 * The states follow the station kinds of a route: a travel leg keeps a group TRAVELLING, a
 * checkpoint has it QUEUED then SCREENING, ambulances, shuttles and convoy staging points have it
 * BOARDING, a convoy on the road has it IN_TRANSIT, and the destination makes it EVACUATED.
 *
 * A hold at the checkpoint keeps the group QUEUED (it keeps its place in the queue and its
 * patience), so it is not a state of its own. Persons in BOARDING leave for EVACUATED one
 * vehicle load at a time.
 */
final class Lifecycle {

    static final byte TRAVELLING = 0;
    static final byte HELD = 1;
    static final byte QUEUED = 2;
    static final byte SCREENING = 3;
    static final byte BOARDING = 4;
    static final byte RETRYING = 5;
    static final byte EVACUATED = 6;
    static final byte DETAINED = 7;
    static final byte GAVE_UP = 8;
    static final byte IN_TRANSIT = 9;
    static final int STATES = 10;

    static final String[] NAMES = {"travelling", "held", "queued", "screening", "boarding", "retrying",
        "evacuated", "detained", "gave-up", "in-transit"};

    /** The allowed edges, indexed from * STATES + to. */
    private static final boolean[] EDGES = new boolean[STATES * STATES];

    static {
        edge(TRAVELLING, HELD, QUEUED, DETAINED, RETRYING, GAVE_UP, BOARDING, EVACUATED);
        edge(HELD, TRAVELLING);
        edge(QUEUED, SCREENING, DETAINED, RETRYING, GAVE_UP);
        edge(SCREENING, BOARDING, EVACUATED, TRAVELLING);
        edge(BOARDING, EVACUATED, IN_TRANSIT);
        edge(IN_TRANSIT, EVACUATED, DETAINED, RETRYING, GAVE_UP);
        edge(RETRYING, TRAVELLING);
    }

    private static void edge(byte from, byte... to) {
        for (byte t : to) {
            EDGES[from * STATES + t] = true;
        }
    }

    static boolean allowed(int from, int to) {
        return EDGES[from * STATES + to];
    }

    static boolean terminal(int state) {
        return state == EVACUATED || state == DETAINED || state == GAVE_UP;
    }

    private final Groups groups;
    /** Persons in each state now; the terminal states only grow. Whole numbers, so counted in longs. */
    private final long[] persons = new long[STATES];
    /** Persons moved along each edge, indexed from * STATES + to, once {@link #countEdges} asked; for tests. */
    private long[] moved;
    private long setOut;

    Lifecycle(Groups groups) {
        this.groups = groups;
    }

    /** A new group sets out for the first time. */
    void setOut(int g) {
        groups.state[g] = TRAVELLING;
        persons[TRAVELLING] += groups.size[g];
        setOut += groups.size[g];
    }

    /** Moves the whole group (all persons not yet evacuated) to {@code to}. */
    void move(int g, byte to) {
        move(g, to, groups.size[g]);
    }

    /**
     * Moves {@code n} persons of the group to {@code to}. Leaving BOARDING, the group takes the
     * new state once {@link Groups#toBoard} (decremented by the caller) reaches 0.
     */
    void move(int g, byte to, int n) {
        byte from = groups.state[g];
        if (!EDGES[from * STATES + to]) {
            throw new IllegalStateException("group " + g + " cannot go from " + NAMES[from] + " to " + NAMES[to]);
        }
        persons[from] -= n;
        persons[to] += n;
        if (moved != null) {
            moved[from * STATES + to] += n;
        }
        if (from != BOARDING || groups.toBoard[g] == 0) {
            groups.state[g] = to;
        }
    }

    double in(int state) {
        return persons[state];
    }

    /** Persons who set out at least once. */
    double setOut() {
        return setOut;
    }

    /** From now on, counts the persons moved along each edge, for {@link #moved}; tests ask for it. */
    Lifecycle countEdges() {
        moved = new long[STATES * STATES];
        return this;
    }

    /** Persons moved along an edge since {@link #countEdges}. */
    double moved(int from, int to) {
        return moved[from * STATES + to];
    }
}
