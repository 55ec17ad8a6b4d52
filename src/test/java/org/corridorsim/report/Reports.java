package org.corridorsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corridorsim.experiment.Comparison;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Sweep;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.experiment.Variant;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;

/**
 * The small report scenario (hostile text in its title, a corridor name and a source; a DST
 * change), with a run, a comparison and a sweep of it, each computed once.
 */
final class Reports {

    static final Path SMALL = Path.of("src/test/resources/scenarios/report-small.yaml");
    static final String TITLE = "<script>alert(1)</script> Small town & \"river\" crossing";
    static final List<List<ScenarioOverride>> POINTS = List.of(
            List.of(new ScenarioOverride("blocking.patrols.probability", "0")),
            List.of(new ScenarioOverride("blocking.patrols.probability", "0.5")),
            List.of(new ScenarioOverride("blocking.patrols.probability", "0.9")));

    /** A grid of two parameters, checkpoint lanes by vehicles, as a capacity planner sweeps them. */
    static final List<List<ScenarioOverride>> GRID = List.of(
            List.of(new ScenarioOverride("corridors.north.checkpoint.lanes", "1"),
                    new ScenarioOverride("corridors.south.transport.vehicles", "1")),
            List.of(new ScenarioOverride("corridors.north.checkpoint.lanes", "1"),
                    new ScenarioOverride("corridors.south.transport.vehicles", "3")),
            List.of(new ScenarioOverride("corridors.north.checkpoint.lanes", "2"),
                    new ScenarioOverride("corridors.south.transport.vehicles", "1")),
            List.of(new ScenarioOverride("corridors.north.checkpoint.lanes", "2"),
                    new ScenarioOverride("corridors.south.transport.vehicles", "3")));

    private static Scenario scenario;
    private static ExperimentResult run;
    private static List<Scenario> variants;
    private static ComparisonResult comparison;
    private static List<SweepRow> sweep;

    private Reports() {
    }

    static synchronized Scenario scenario() {
        if (scenario == null) {
            scenario = new ScenarioLoader().load(SMALL);
        }
        return scenario;
    }

    static synchronized ExperimentResult run() {
        if (run == null) {
            run = template(scenario()).run();
        }
        return run;
    }

    /** The scenario and a variant without its shelling, and so without the blocked.shelling metric. */
    static synchronized List<Scenario> variants() {
        if (variants == null) {
            String text;
            try {
                text = Files.readString(SMALL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int shelling = text.indexOf("  - id: shelling");
            int end = text.indexOf("experiment:");
            Scenario calm = new ScenarioLoader().parse(text.substring(0, shelling) + text.substring(end), "calm.yaml");
            variants = List.of(scenario(), calm);
        }
        return variants;
    }

    static synchronized ComparisonResult comparison() {
        if (comparison == null) {
            List<Variant> list = List.of(new Variant("report-small", new EvacuationModel(variants().get(0).evacuation())),
                    new Variant("report-small-calm", new EvacuationModel(variants().get(1).evacuation())));
            comparison = Comparison.run(template(scenario()), list);
        }
        return comparison;
    }

    static synchronized List<SweepRow> sweep() {
        if (sweep == null) {
            sweep = sweep(POINTS);
        }
        return sweep;
    }

    static List<SweepRow> sweep(List<List<ScenarioOverride>> grid) {
        List<Variant> points = new ArrayList<>();
        for (List<ScenarioOverride> point : grid) {
            Scenario s = new ScenarioLoader().load(SMALL, point);
            points.add(new Variant(point.stream().map(ScenarioOverride::toString).collect(Collectors.joining(" ")),
                    new EvacuationModel(s.evacuation())));
        }
        return Sweep.run(template(scenario()), points);
    }

    /** The small scenario with checkpoints so fast and wide that almost nobody waits, as in the Aleppo scenario. */
    static Scenario uncrowded() {
        List<ScenarioOverride> fast = new ArrayList<>();
        for (String corridor : List.of("north", "south", "ridge")) {
            fast.add(new ScenarioOverride("corridors." + corridor + ".checkpoint.lanes", "40"));
            fast.add(new ScenarioOverride("corridors." + corridor + ".checkpoint.screening", "{dist: const, value: 0.1s}"));
        }
        fast.add(new ScenarioOverride("corridors.south.windows", "always"));
        return new ScenarioLoader().load(SMALL, fast);
    }

    static ExperimentResult uncrowdedRun() {
        return template(uncrowded()).run();
    }

    /** One replication: no intervals anywhere. */
    static ExperimentResult single() {
        return template(scenario()).replications(1).run();
    }

    private static Experiment template(Scenario s) {
        return Experiment.of(new EvacuationModel(s.evacuation())).scenario(s.id(), s.title())
                .replications(3).seed(7).confidence(0.95).threads(1);
    }
}
