package org.corridorsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Kind;

/**
 * The metrics of a scenario, in a fixed order, and the throughput series (one per corridor and
 * kind, plus totals). Counts are persons, durations seconds, the checkpoint's unit the group.
 */
public final class MetricNames {

    public static final String ALL = "all";

    static final int EVACUATED = 0;
    static final int EVACUATED_CIVILIAN = 1;
    static final int EVACUATED_FIGHTER = 2;
    static final int EVACUATED_MEDICAL = 3;
    static final int ATTEMPTED = 4;
    static final int BLOCKED = 5;
    static final int DETAINED = 6;
    static final int BALKED = 7;
    static final int RENEGED = 8;
    static final int DISPERSED = 9;
    static final int REMAINING = 10;
    static final int TIME_IN_SYSTEM = 11;
    static final int TIME_IN_SYSTEM_P50 = 12;
    static final int TIME_IN_SYSTEM_P90 = 13;
    static final int FIXED = 14;
    static final int PER_CORRIDOR = 6;

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> seriesCorridors = new ArrayList<>();
    private final List<String> seriesKinds = new ArrayList<>();
    private final int policies;

    public MetricNames(Evacuation evacuation) {
        for (String n : List.of("evacuated", "evacuated.civilian", "evacuated.fighter", "evacuated.medical",
                "attempted", "blocked", "detained", "balked", "reneged", "dispersed", "remaining",
                "time-in-system", "time-in-system.p50", "time-in-system.p90")) {
            add(n);
        }
        for (BlockingPolicy policy : evacuation.blocking()) {
            add("blocked." + policy.id());
        }
        policies = evacuation.blocking().size();
        for (Corridor c : evacuation.corridors()) {
            String p = "corridor." + c.id() + ".";
            for (String n : List.of("evacuated", "checkpoint.wait", "checkpoint.queue", "checkpoint.utilization",
                    "transport.wait", "time-in-system")) {
                add(p + n);
            }
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
    }

    private void add(String name) {
        if (index.putIfAbsent(name, names.size()) != null) {
            throw new IllegalArgumentException("duplicate metric name " + name);
        }
        names.add(name);
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    public int size() {
        return names.size();
    }

    public int index(String metric) {
        Integer i = index.get(metric);
        if (i == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'");
        }
        return i;
    }

    public boolean contains(String metric) {
        return index.containsKey(metric);
    }

    /** Number of throughput series: (corridors + 1) x (kinds + 1). */
    public int seriesCount() {
        return seriesCorridors.size();
    }

    public String seriesCorridor(int series) {
        return seriesCorridors.get(series);
    }

    public String seriesKind(int series) {
        return seriesKinds.get(series);
    }

    static int blocked(int policy) {
        return FIXED + policy;
    }

    int corridorBase(int corridor) {
        return FIXED + policies + corridor * PER_CORRIDOR;
    }

    static int series(int corridor, Kind kind) {
        return corridor * (Kind.values().length + 1) + kind.ordinal();
    }

    static int seriesAllKinds(int corridor) {
        return corridor * (Kind.values().length + 1) + Kind.values().length;
    }
}
