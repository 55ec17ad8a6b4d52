package org.corridorsim.model;

import org.corridorsim.policy.Kind;
import org.corridorsim.stats.BinnedSeries;
import org.corridorsim.stats.DurationHistogram;
import org.corridorsim.stats.Tally;
import org.corridorsim.stats.TimeWeighted;

/** The per-replication statistics of the evacuation model, updated on the event path. */
final class Observations implements RunningCheck.RunningCounts {

    private final MetricNames names;
    private final Evacuation evacuation;
    private final double[] counts;
    private final Tally timeInSystem = new Tally();
    private final DurationHistogram timeInSystemHistogram = new DurationHistogram();
    private final Tally[] corridorTimeInSystem;
    private final Tally[] checkpointWait;
    private final Tally[] checkpointWaitMedical;
    private final Tally[] transportWait;
    private final TimeWeighted[] queue;
    private final TimeWeighted[] busyLanes;
    /** Persons out per bin, per corridor and kind; null for the totals, which are their sums. */
    private final BinnedSeries[] throughput;
    private final int corridorCount;
    private final double lastInstant;
    /** Per station, numbered across corridors; null where the station has no such metric. */
    private final Tally[] stationWait;
    private final TimeWeighted[] stationQueue;
    private final int[] stationPassed;
    /** The corridor of a station that is its corridor's first checkpoint, else -1. */
    private final int[] firstCheckpointOf;
    /** The metric indexes of {@link CountRecording#metrics()} (-1: not recorded), and their counts per time. */
    private final int[] recordedIndex;
    private final double[] recorded;

    Observations(MetricNames names, Evacuation evacuation) {
        this.names = names;
        this.evacuation = evacuation;
        counts = new double[names.size()];
        int n = evacuation.corridors().size();
        corridorTimeInSystem = new Tally[n];
        checkpointWait = new Tally[n];
        checkpointWaitMedical = new Tally[n];
        transportWait = new Tally[n];
        queue = new TimeWeighted[n];
        busyLanes = new TimeWeighted[n];
        for (int c = 0; c < n; c++) {
            corridorTimeInSystem[c] = new Tally();
            checkpointWait[c] = new Tally();
            checkpointWaitMedical[c] = new Tally();
            transportWait[c] = new Tally();
            queue[c] = new TimeWeighted(0, 0);
            busyLanes[c] = new TimeWeighted(0, 0);
        }
        int stations = names.stations();
        firstCheckpointOf = new int[stations];
        int slot = 0;
        for (int c = 0; c < n; c++) {
            boolean first = true;
            for (Station station : evacuation.corridors().get(c).route()) {
                firstCheckpointOf[slot++] = first && station instanceof Station.AtCheckpoint ? c : -1;
                first &= !(station instanceof Station.AtCheckpoint);
            }
        }
        stationWait = new Tally[stations];
        stationQueue = new TimeWeighted[stations];
        stationPassed = new int[stations];
        for (int s = 0; s < stations; s++) {
            stationWait[s] = names.stationWait(s) >= 0 ? new Tally() : null;
            stationQueue[s] = names.stationQueue(s) >= 0 ? new TimeWeighted(0, 0) : null;
            stationPassed[s] = names.stationPassed(s);
        }
        int bins = (int) Math.ceil(evacuation.horizon() / evacuation.binWidth());
        lastInstant = Math.nextDown(evacuation.horizon());
        corridorCount = evacuation.corridors().size();
        throughput = new BinnedSeries[names.seriesCount()];
        for (int s = 0; s < throughput.length; s++) {
            // only the series of one corridor and one kind are kept; the others are their sums
            throughput[s] = s / MetricNames.SERIES_PER_CORRIDOR < corridorCount
                    && s % MetricNames.SERIES_PER_CORRIDOR < MetricNames.SERIES_PER_CORRIDOR - 1
                    ? new BinnedSeries(0, evacuation.binWidth(), bins) : null;
        }
        recordedIndex = names.recordedIndexes();
        recorded = new double[recordedIndex.length * evacuation.recording().times().size()];
    }

    /** The run has reached recording time {@code time} (an index): every event before it has run. */
    void record(int time) {
        int base = time * recordedIndex.length;
        for (int m = 0; m < recordedIndex.length; m++) {
            recorded[base + m] = recordedIndex[m] < 0 ? Double.NaN : counts[recordedIndex[m]];
        }
    }

    @Override
    public double recorded(int slot) {
        return recorded[slot];
    }

    @Override
    public double count(int metric) {
        return counts[metric];
    }

    @Override
    public double bin(int series, int bin) {
        if (throughput[series] != null) {
            return throughput[series].bin(bin);
        }
        double sum = 0;
        for (int part : parts(series)) {
            sum += throughput[part].bin(bin);
        }
        return sum;
    }

    /**
     * The kept series whose sum a total series is: over kinds, corridors or both. The sums are exact
     * (whole persons), so they equal what adding each evacuation to the total would give.
     */
    private int[] parts(int series) {
        int perCorridor = MetricNames.SERIES_PER_CORRIDOR;
        int corridor = series / perCorridor;
        int kind = series % perCorridor;
        boolean allCorridors = corridor == corridorCount;
        boolean allKinds = kind == perCorridor - 1;
        int[] parts = new int[(allCorridors ? corridorCount : 1) * (allKinds ? perCorridor - 1 : 1)];
        int n = 0;
        for (int c = allCorridors ? 0 : corridor; c <= (allCorridors ? corridorCount - 1 : corridor); c++) {
            for (int k = allKinds ? 0 : kind; k <= (allKinds ? perCorridor - 2 : kind); k++) {
                parts[n++] = c * perCorridor + k;
            }
        }
        return parts;
    }

    /** A group sets out, for the first time or again: one attempt per person. */
    void attempted(int persons) {
        counts[MetricNames.ATTEMPTED] += persons;
    }

    /** A policy stops a group; {@code first} when that policy had not stopped it before. */
    void blocked(int policy, int persons, boolean detained, boolean first) {
        counts[MetricNames.BLOCKED] += persons;
        counts[MetricNames.blocked(policy)] += persons;
        if (first) {
            counts[MetricNames.personsStopped(policy)] += persons;
        }
        if (detained) {
            counts[MetricNames.DETAINED] += persons;
        }
    }

    /** A group finds the checkpoint full, or its window closed under go-home. */
    void balked(int persons, boolean closed) {
        counts[MetricNames.BALKED] += persons;
        counts[closed ? MetricNames.BALKED_CLOSED : MetricNames.BALKED_FULL] += persons;
    }

    /** A queued group is sent away because the window closed (go-home). */
    void sentHome(int persons) {
        counts[MetricNames.SENT_HOME] += persons;
    }

    /** A policy starts holding a group. */
    void delayed(int policy, int persons) {
        counts[MetricNames.DELAYED] += persons;
        counts[MetricNames.delayed(policy)] += persons;
    }

    /** A hold ended (or reached the horizon) after {@code seconds}; counted in person-hours. */
    void delayTime(int policy, int persons, double seconds) {
        double personHours = persons * seconds / 3600;
        counts[MetricNames.DELAY_TIME] += personHours;
        counts[MetricNames.delayTime(policy)] += personHours;
    }

    void reneged(int persons) {
        counts[MetricNames.RENEGED] += persons;
    }

    void dispersed(int persons) {
        counts[MetricNames.DISPERSED] += persons;
    }

    void evacuated(double now, int corridor, int population, Kind kind, boolean medical, int persons) {
        // an evacuation exactly at the horizon belongs to the last bin, not past the end
        now = Math.min(now, lastInstant);
        counts[MetricNames.EVACUATED] += persons;
        counts[names.populationEvacuated(population)] += persons;
        counts[kind == Kind.CIVILIAN ? MetricNames.EVACUATED_CIVILIAN : MetricNames.EVACUATED_FIGHTER] += persons;
        if (medical) {
            counts[MetricNames.EVACUATED_MEDICAL] += persons;
        }
        counts[names.corridorBase(corridor)] += persons;
        throughput[MetricNames.series(corridor, kind)].add(now, persons);
    }

    /** A whole group is out: its time in system counts once. */
    void groupOut(int corridor, double timeInSystemSeconds) {
        timeInSystem.add(timeInSystemSeconds);
        timeInSystemHistogram.record(timeInSystemSeconds);
        corridorTimeInSystem[corridor].add(timeInSystemSeconds);
    }

    void checkpointWait(int corridor, double seconds, boolean medical) {
        checkpointWait[corridor].add(seconds);
        if (medical) {
            checkpointWaitMedical[corridor].add(seconds);
        }
    }

    void transportWait(int corridor, double seconds) {
        transportWait[corridor].add(seconds);
    }

    /** A group leaves the wait at station {@code slot} after {@code seconds}. */
    void stationWait(int slot, double seconds) {
        stationWait[slot].add(seconds);
    }

    void stationQueue(int slot, double now, int groups) {
        stationQueue[slot].update(now, groups);
    }

    /** Adds to a count of a station's own ({@link StationRun#metric}). */
    void add(int metric, double amount) {
        counts[metric] += amount;
    }

    MetricNames names() {
        return names;
    }

    /** {@code persons} went on from station {@code slot}. */
    void passed(int slot, int persons) {
        counts[stationPassed[slot]] += persons;
    }

    void queueLength(int corridor, double now, int groups) {
        queue[corridor].update(now, groups);
    }

    void busyLanes(int corridor, double now, int lanes) {
        busyLanes[corridor].update(now, lanes);
    }

    /** Reads the fates off the lifecycle's states at the horizon; {@code stayed} never set out. */
    Outcome finish(int replication, Lifecycle lifecycle, double stayed, long events) {
        double horizon = evacuation.horizon();
        double enRoute = lifecycle.in(Lifecycle.TRAVELLING) + lifecycle.in(Lifecycle.HELD)
                + lifecycle.in(Lifecycle.QUEUED) + lifecycle.in(Lifecycle.SCREENING) + lifecycle.in(Lifecycle.BOARDING)
                + lifecycle.in(Lifecycle.IN_TRANSIT);
        counts[MetricNames.FATE_STAYED] = stayed;
        counts[MetricNames.FATE_EVACUATED] = lifecycle.in(Lifecycle.EVACUATED);
        counts[MetricNames.FATE_DETAINED] = lifecycle.in(Lifecycle.DETAINED);
        counts[MetricNames.FATE_GAVE_UP] = lifecycle.in(Lifecycle.GAVE_UP);
        counts[MetricNames.FATE_RETRYING] = lifecycle.in(Lifecycle.RETRYING);
        counts[MetricNames.FATE_EN_ROUTE] = enRoute;
        counts[MetricNames.REMAINING] = lifecycle.in(Lifecycle.GAVE_UP) + lifecycle.in(Lifecycle.RETRYING) + enRoute;
        counts[MetricNames.TIME_IN_SYSTEM] = meanOrNaN(timeInSystem);
        boolean none = timeInSystemHistogram.count() == 0;
        counts[MetricNames.TIME_IN_SYSTEM_P50] = none ? Double.NaN : timeInSystemHistogram.percentile(50);
        counts[MetricNames.TIME_IN_SYSTEM_P90] = none ? Double.NaN : timeInSystemHistogram.percentile(90);
        for (int c = 0; c < evacuation.corridors().size(); c++) {
            Corridor corridor = evacuation.corridors().get(c);
            int base = names.corridorBase(c);
            counts[base + 1] = meanOrNaN(checkpointWait[c]);
            counts[base + 2] = queue[c].timeAverage(horizon);
            double open = corridor.windows().openTime(0, horizon);
            counts[base + 3] = open > 0 ? busyLanes[c].area(horizon) / (open * corridor.checkpoint().lanes()) : 0;
            counts[base + 4] = meanOrNaN(transportWait[c]);
            counts[base + 5] = meanOrNaN(corridorTimeInSystem[c]);
            counts[base + 6] = meanOrNaN(checkpointWaitMedical[c]);
        }
        for (int s = 0; s < stationWait.length; s++) {
            int corridor = firstCheckpointOf[s];
            if (corridor >= 0) {
                // the corridor's first checkpoint records only the corridor-wide figures
                int base = names.corridorBase(corridor);
                counts[names.stationWait(s)] = counts[base + 1];
                counts[names.stationQueue(s)] = counts[base + 2];
                continue;
            }
            if (stationWait[s] != null) {
                counts[names.stationWait(s)] = meanOrNaN(stationWait[s]);
            }
            if (stationQueue[s] != null) {
                counts[names.stationQueue(s)] = stationQueue[s].timeAverage(horizon);
            }
        }
        double[][] series = new double[throughput.length][];
        for (int s = 0; s < series.length; s++) {
            if (throughput[s] != null) {
                series[s] = throughput[s].values();
            } else {
                int[] parts = parts(s);
                series[s] = throughput[parts[0]].values();
                for (int p = 1; p < parts.length; p++) {
                    for (int b = 0; b < series[s].length; b++) {
                        series[s][b] += throughput[parts[p]].bin(b);
                    }
                }
            }
        }
        return new Outcome(replication, counts.clone(), series, events, recorded);
    }

    /** A mean over no observations does not exist: NaN, which summaries skip and files write as empty. */
    private static double meanOrNaN(Tally tally) {
        return tally.count() == 0 ? Double.NaN : tally.mean();
    }
}
