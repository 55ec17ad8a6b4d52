package org.corridorsim.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Kind;

/**
 * The metrics of a scenario, in a fixed order, and the throughput series (one per corridor and
 * kind, plus totals). Counts are persons, durations seconds, the checkpoint's unit the group.
 * Each station of a route has its own metrics after the corridors', those its kind lists
 * ({@link Station#metrics}): {@code corridor.<id>.station.<id>.wait} (mean seconds a group waited
 * there; not for travel legs and destinations), {@code .queue} (time-average groups waiting;
 * checkpoints) and {@code .passed} (persons who went on from it; not for shuttles and ambulances,
 * whose passengers count at the destination). A convoy station also has {@code .convoys}
 * (dispatched), {@code .convoys-held}, {@code .convoys-turned-back} and {@code .in-transit}
 * (persons on the road at the horizon). When a population has its own cars, each destination has
 * {@code .by-car} (persons) and {@code .cars}.
 */
public final class MetricNames {

    /** {@code Kind.values().length}, read once: {@code values()} copies its array at every call. */
    private static final int KINDS = Kind.values().length;

    /** The corridor and kind of the total throughput series. */
    public static final String ALL = "all";

    static final int EVACUATED = 0;
    static final int EVACUATED_CIVILIAN = 1;
    static final int EVACUATED_FIGHTER = 2;
    static final int EVACUATED_MEDICAL = 3;
    static final int ATTEMPTED = 4;
    static final int BLOCKED = 5;
    static final int DETAINED = 6;
    static final int BALKED = 7;
    static final int BALKED_FULL = 8;
    static final int BALKED_CLOSED = 9;
    static final int RENEGED = 10;
    static final int DISPERSED = 11;
    static final int SENT_HOME = 12;
    static final int DELAYED = 13;
    static final int DELAY_TIME = 14;
    static final int REMAINING = 15;
    static final int FATE_STAYED = 16;
    static final int FATE_EVACUATED = 17;
    static final int FATE_DETAINED = 18;
    static final int FATE_GAVE_UP = 19;
    static final int FATE_RETRYING = 20;
    static final int FATE_EN_ROUTE = 21;
    static final int TIME_IN_SYSTEM = 22;
    static final int TIME_IN_SYSTEM_P50 = 23;
    static final int TIME_IN_SYSTEM_P90 = 24;
    static final int FIXED = 25;
    static final int PER_POLICY = 4;
    static final int PER_CORRIDOR = 7;

    /** The station metrics that are not running counts ({@link Station#metrics}). */
    private static final java.util.Set<String> STATION_LEVELS = java.util.Set.of("wait", "queue", "in-transit");

    /** The fates in the order the report stacks them; every person ends the horizon in exactly one. */
    public static final List<String> FATES = List.of("fate.evacuated", "fate.detained", "fate.gave-up",
            "fate.retrying", "fate.en-route", "fate.stayed");

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> seriesCorridors = new ArrayList<>();
    private final List<String> seriesKinds = new ArrayList<>();
    private final int policies;
    private final List<String> policyIds = new ArrayList<>();
    private final List<String> corridorOrder = new ArrayList<>();
    /** Per station, numbered across corridors: the index of its first metric, and the names of its metrics. */
    private final List<Integer> stationBase = new ArrayList<>();
    private final List<List<String>> stationMetrics = new ArrayList<>();
    /** The metrics that are counts kept up to date as the replication runs, and never decrease. */
    private final BitSet running = new BitSet();
    private final CountRecording recording;
    /** The index of the first population's {@code population.<id>.evacuated}; the others follow. */
    private final int populationBase;
    private final List<String> populationIds = new ArrayList<>();
    /** Per recorded metric, its index, or -1 when it is not a running count of this model. */
    private final int[] recordedIndex;

    /**
     * The metrics and throughput series of an evacuation.
     *
     * @param evacuation the evacuation the names describe
     */
    public MetricNames(Evacuation evacuation) {
        for (String n : List.of("evacuated", "evacuated.civilian", "evacuated.fighter", "evacuated.medical",
                "attempted", "blocked", "detained", "balked", "balked.full", "balked.closed", "reneged", "dispersed",
                "sent-home", "delayed", "delay-time", "remaining", "fate.stayed", "fate.evacuated", "fate.detained",
                "fate.gave-up", "fate.retrying", "fate.en-route",
                "time-in-system", "time-in-system.p50", "time-in-system.p90")) {
            add(n);
        }
        if (names.size() != FIXED) {
            throw new IllegalStateException("fixed metrics out of step with their indexes");
        }
        running.set(EVACUATED, BALKED_CLOSED + 1);
        for (int i : new int[] {RENEGED, DISPERSED, SENT_HOME, DELAYED}) {
            running.set(i);
        }
        for (BlockingPolicy policy : evacuation.blocking()) {
            for (String n : List.of("blocked.", "persons-stopped.", "delayed.")) {
                running.set(add(n + policy.id()));
            }
            add("delay-time." + policy.id());
        }
        policies = evacuation.blocking().size();
        evacuation.blocking().forEach(p -> policyIds.add(p.id()));
        evacuation.corridors().forEach(c -> corridorOrder.add(c.id()));
        for (Corridor c : evacuation.corridors()) {
            String p = "corridor." + c.id() + ".";
            running.set(add(p + "evacuated"));
            for (String n : List.of("checkpoint.wait", "checkpoint.queue", "checkpoint.utilization",
                    "transport.wait", "time-in-system", "checkpoint.wait.medical")) {
                add(p + n);
            }
        }
        for (Corridor c : evacuation.corridors()) {
            for (Station s : c.route()) {
                String p = "corridor." + c.id() + ".station." + s.id() + ".";
                List<String> metrics = List.copyOf(s.metrics(evacuation));
                stationBase.add(names.size());
                stationMetrics.add(metrics);
                for (String n : metrics) {
                    int i = add(p + n);
                    // wait and queue are means, persons in transit go up and down; every other one only grows
                    running.set(i, !STATION_LEVELS.contains(n));
                }
            }
        }
        populationBase = names.size();
        for (Population population : evacuation.populations()) {
            running.set(add("population." + population.id() + ".evacuated"));
            populationIds.add(population.id());
        }
        List<String> corridorIds = new ArrayList<>(evacuation.corridors().stream().map(Corridor::id).toList());
        corridorIds.add(ALL);
        for (String corridor : corridorIds) {
            for (Kind kind : Kind.values()) {
                seriesCorridors.add(corridor);
                seriesKinds.add(kind.id());
            }
            seriesCorridors.add(corridor);
            seriesKinds.add(ALL);
        }
        recording = evacuation.recording();
        recordedIndex = new int[recording.metrics().size()];
        for (int k = 0; k < recordedIndex.length; k++) {
            Integer i = index.get(recording.metrics().get(k));
            recordedIndex[k] = i != null && running.get(i) ? i : -1;
        }
    }

    private int add(String name) {
        if (index.putIfAbsent(name, names.size()) != null) {
            throw new IllegalArgumentException("duplicate metric name " + name);
        }
        names.add(name);
        return names.size() - 1;
    }

    /** The index of one of a station's own metrics, or -1 when it has none by that name; stations numbered across corridors. */
    int stationMetric(int slot, String name) {
        int i = stationMetrics.get(slot).indexOf(name);
        return i < 0 ? -1 : stationBase.get(slot) + i;
    }

    /** The index of a station's mean wait, or -1 when it has none. */
    int stationWait(int slot) {
        return stationMetric(slot, "wait");
    }

    /** The index of a station's mean queue, or -1 when it has none. */
    int stationQueue(int slot) {
        return stationMetric(slot, "queue");
    }

    /** The index of the persons who passed a station, or -1 when it has none. */
    int stationPassed(int slot) {
        return stationMetric(slot, "passed");
    }

    /** {@return the number of stations of all corridors} */
    int stations() {
        return stationBase.size();
    }

    /** Whether {@code other} has these names: the same policies and corridors, in the same order. */
    boolean sameShape(Evacuation other) {
        if (other.blocking().size() != policyIds.size() || other.corridors().size() != corridorOrder.size()
                || !other.recording().equals(recording)) {
            return false;
        }
        if (other.populations().size() != populationIds.size()) {
            return false;
        }
        for (int i = 0; i < populationIds.size(); i++) {
            if (!populationIds.get(i).equals(other.populations().get(i).id())) {
                return false;
            }
        }
        for (int i = 0; i < policyIds.size(); i++) {
            if (!policyIds.get(i).equals(other.blocking().get(i).id())) {
                return false;
            }
        }
        for (int i = 0; i < corridorOrder.size(); i++) {
            if (!corridorOrder.get(i).equals(other.corridors().get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a metric is a count kept up to date as the replication runs, and never decreases:
     * persons evacuated (in all, by kind, medical, by corridor), attempts, persons blocked,
     * detained, balked, reneged, dispersed, sent home and delayed (in all and per policy),
     * persons stopped per policy, and per station the persons who passed, the convoys dispatched,
     * held and turned back, and the persons and cars that arrived by car. Its value while the
     * replication runs ({@link RunningCheck.RunningCounts#count}) is a lower bound of its final
     * value, and its value at any time before the horizon can be recorded
     * ({@link CountRecording}). Fates, durations, person-hours, queues, utilisations and persons
     * in transit are worked out at the horizon or go up and down.
     *
     * @param metric a metric name
     * @return true for a running count
     */
    public boolean isRunningCount(String metric) {
        Integer i = index.get(metric);
        return i != null && running.get(i);
    }

    /**
     * Where an outcome holds the count of {@code metric} recorded at {@code seconds}
     * ({@link Outcome#recorded(int)}), when the model's {@link CountRecording} records it.
     *
     * @param metric a metric name
     * @param seconds a time in simulation seconds
     * @return the position, or -1 when that count is not recorded
     */
    public int recorded(String metric, double seconds) {
        int m = recording.metrics().indexOf(metric);
        int t = recording.times().indexOf(seconds);
        return m < 0 || t < 0 || recordedIndex[m] < 0 ? -1 : t * recordedIndex.length + m;
    }

    /** The metric index of each recorded metric, -1 for one that is not recorded; a copy. */
    int[] recordedIndexes() {
        return recordedIndex.clone();
    }

    /** {@return every metric name, in outcome order} */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** {@return the number of metrics} */
    public int size() {
        return names.size();
    }

    /**
     * The position of a metric in every outcome.
     *
     * @param metric a metric name
     * @return its index
     * @throws IllegalArgumentException if there is no such metric
     */
    public int index(String metric) {
        Integer i = index.get(metric);
        if (i == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'");
        }
        return i;
    }

    /**
     * Whether a metric exists.
     *
     * @param metric a metric name
     * @return true if this model produces it
     */
    public boolean contains(String metric) {
        return index.containsKey(metric);
    }

    /** {@return number of throughput series: (corridors + 1) x (kinds + 1)} */
    public int seriesCount() {
        return seriesCorridors.size();
    }

    /**
     * The corridor of a throughput series.
     *
     * @param series from 0 to {@link #seriesCount()} minus one
     * @return the corridor id, or {@link #ALL} for the total over corridors
     */
    public String seriesCorridor(int series) {
        return seriesCorridors.get(series);
    }

    /**
     * The kind of a throughput series.
     *
     * @param series from 0 to {@link #seriesCount()} minus one
     * @return the kind id, or {@link #ALL} for the total over kinds
     */
    public String seriesKind(int series) {
        return seriesKinds.get(series);
    }

    static int blocked(int policy) {
        return FIXED + policy * PER_POLICY;
    }

    static int personsStopped(int policy) {
        return FIXED + policy * PER_POLICY + 1;
    }

    static int delayed(int policy) {
        return FIXED + policy * PER_POLICY + 2;
    }

    static int delayTime(int policy) {
        return FIXED + policy * PER_POLICY + 3;
    }

    /** The index of {@code population.<id>.evacuated} of the population at {@code population}. */
    int populationEvacuated(int population) {
        return populationBase + population;
    }

    int corridorBase(int corridor) {
        return FIXED + policies * PER_POLICY + corridor * PER_CORRIDOR;
    }

    static int series(int corridor, Kind kind) {
        return corridor * (KINDS + 1) + kind.ordinal();
    }

    /** Series per corridor (and for all corridors): one per kind, then all kinds. */
    static final int SERIES_PER_CORRIDOR = KINDS + 1;

    static int seriesAllKinds(int corridor) {
        return corridor * (KINDS + 1) + KINDS;
    }
}
