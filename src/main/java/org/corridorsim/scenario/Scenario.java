package org.corridorsim.scenario;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.corridorsim.model.Evacuation;

/**
 * A loaded scenario: what it is called, its calendar (simulation time 0 is {@code start} in
 * {@code zone}), the model configuration, how to run it, the sources it draws on, the values
 * no source gives ({@code assumptions}), and the file it came from, if any.
 */
public record Scenario(
        String id,
        String title,
        ZoneId zone,
        LocalDateTime start,
        LocalDateTime end,
        Evacuation evacuation,
        ExperimentSettings experiment,
        List<String> sources,
        List<Assumption> assumptions,
        Optional<Path> file) {

    public Scenario {
        if (!end.atZone(zone).isAfter(start.atZone(zone))) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
    }

    /** A scenario that declares no assumptions. */
    public Scenario(String id, String title, ZoneId zone, LocalDateTime start, LocalDateTime end, Evacuation evacuation,
            ExperimentSettings experiment, List<String> sources, Optional<Path> file) {
        this(id, title, zone, start, end, evacuation, experiment, sources, List.of(), file);
    }

    /** The local date-time {@code seconds} of simulation time after the start (DST-aware). */
    public LocalDateTime localTime(double seconds) {
        return ScenarioClock.localTime(zone, start, seconds);
    }

    /**
     * The date-time {@code seconds} of simulation time after the start, with the UTC offset in
     * force then, e.g. {@code 2016-10-20T08:00+03:00}; across a DST change the offset changes.
     */
    public OffsetDateTime offsetTime(double seconds) {
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return start.atZone(zone).plusSeconds(whole).plusNanos(nanos).toOffsetDateTime();
    }

    /** Simulation time, in seconds, of a local date-time. */
    public double seconds(LocalDateTime time) {
        return new ScenarioClock(zone, start, end).seconds(time);
    }

    /** Simulation time at the end, in seconds. */
    public double horizon() {
        return evacuation.horizon();
    }

    /** The same scenario with other experiment settings, e.g. fewer replications for a quick run. */
    public Scenario withExperiment(ExperimentSettings settings) {
        return new Scenario(id, title, zone, start, end, evacuation, settings, sources, assumptions, file);
    }
}
