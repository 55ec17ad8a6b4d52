package org.corridorsim.experiment.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.planning.PlanPoint;
import org.corridorsim.planning.PlanResult;
import org.corridorsim.planning.TargetEstimate;
import org.corridorsim.scenario.Planning;

/** The files of a plan: {@code plan.json} and {@code plan.csv}. */
public final class PlanFiles {

    static final String PLAN_JSON = "plan.json";
    static final String PLAN_CSV = "plan.csv";
    static final String PLAN_FORMAT = "corridorsim-plan/1";

    private PlanFiles() {
    }

    /**
     * Writes {@code plan.json} (with its provenance), {@code plan.csv} and {@code datapackage.json}.
     *
     * @param directory the folder to write into; it must exist
     * @param result the plan to write
     * @param provenance how the result was produced
     * @throws IOException if a file cannot be written
     */
    public static void writeAll(Path directory, PlanResult result, Provenance provenance) throws IOException {
        writeJson(directory.resolve(PLAN_JSON), result, Optional.of(provenance));
        writeCsv(directory.resolve(PLAN_CSV), result);
        dataPackage(result, Optional.of(provenance)).write(directory);
    }

    private static DataPackage dataPackage(PlanResult result, Optional<Provenance> provenance) {
        List<ObjectNode> fields = new ArrayList<>();
        for (Planning.Variable variable : result.planning().variables()) {
            fields.add(DataPackage.field(variable.name(), "integer", "Decision variable: the value set at "
                    + variable.name() + "."));
        }
        fields.add(DataPackage.number("cost", "Sum over variables of cost per unit x value x values set.", ""));
        fields.add(DataPackage.oneOf(DataPackage.required(DataPackage.field("verdict", "string", "feasible or "
                + "infeasible at the stated confidence; undecided after the most replications; implied-... when settled "
                + "by monotonicity without running.")), List.of("feasible", "infeasible", "undecided", "implied-feasible",
                "implied-infeasible")));
        fields.add(DataPackage.field("replications", "integer", "Replications run on this configuration."));
        fields.add(DataPackage.field("order", "integer", "When it was run, from 1; 0 if it was not run."));
        List<Planning.Target> targets = result.planning().targets();
        for (int t = 0; t < targets.size(); t++) {
            String what = targets.get(t).describe();
            fields.add(DataPackage.number("target" + (t + 1) + "_estimate", what + ": the share of replications "
                    + "meeting the threshold, or the mean.", ""));
            fields.add(DataPackage.number("target" + (t + 1) + "_lower", what + ": one-sided lower bound.", ""));
            fields.add(DataPackage.number("target" + (t + 1) + "_upper", what + ": one-sided upper bound.", ""));
        }
        return new DataPackage(result.scenarioId() + "-plan", "Capacity plan of " + result.scenarioId(),
                "Every configuration the plan ran or settled; plan.json holds the same figures, the chosen "
                        + "configuration and the provenance.", provenance)
                .table(PLAN_CSV, "One row per configuration run or settled, cheapest first.", fields, List.of());
    }

    /**
     * {@code {"format": "corridorsim-plan/1", "scenario", "variables": [{name, from, to, cost,
     * values}], "targets": [{metric, bound: at-least|at-most, threshold, probability (null for a
     * mean)}], "confidence", "indifference", "alpha", "firstBatch", "maxReplications", "monotone",
     * "exhaustive", "seed", "gridSize", "replications", "chosen": POINT or null, "points": [POINT],
     * "notes", "provenance"}} with {@code POINT = {values, cost, verdict, replications, order,
     * targets: [{estimate, lower, upper, n, verdict}]}}.
     */
    private static void writeJson(Path target, PlanResult result, Optional<Provenance> provenance) throws IOException {
        ObjectNode root = Json.object();
        root.put("format", PLAN_FORMAT);
        root.put("scenario", result.scenarioId());
        Planning planning = result.planning();
        ArrayNode variables = root.putArray("variables");
        for (Planning.Variable v : planning.variables()) {
            ObjectNode node = variables.addObject();
            node.put("name", v.name());
            node.put("from", v.from());
            node.put("to", v.to());
            Json.number(node, "cost", v.cost());
            node.put("values", v.values());
        }
        ArrayNode targets = root.putArray("targets");
        for (Planning.Target t : planning.targets()) {
            ObjectNode node = targets.addObject();
            node.put("metric", t.metric());
            node.put("bound", t.atLeast() ? "at-least" : "at-most");
            Json.number(node, "threshold", t.threshold());
            if (t.probability().isPresent()) {
                Json.number(node, "probability", t.probability().getAsDouble());
            } else {
                node.putNull("probability");
            }
            node.put("describe", t.describe());
        }
        Json.number(root, "confidence", planning.confidence());
        Json.number(root, "indifference", planning.indifference());
        Json.number(root, "alpha", result.alpha());
        root.put("firstBatch", result.firstBatch());
        root.put("maxReplications", planning.maxReplications());
        root.put("monotone", result.monotone());
        root.put("exhaustive", result.exhaustive());
        root.put("seed", result.seed());
        root.put("gridSize", result.gridSize());
        root.put("replications", result.replications());
        if (result.chosen().isPresent()) {
            root.set("chosen", point(result.chosen().get()));
        } else {
            root.putNull("chosen");
        }
        ArrayNode points = root.putArray("points");
        result.points().forEach(p -> points.add(point(p)));
        ArrayNode notes = root.putArray("notes");
        result.notes().forEach(notes::add);
        provenance.ifPresent(p -> ProvenanceJson.put(root, p));
        Json.write(target, root);
    }

    private static ObjectNode point(PlanPoint point) {
        ObjectNode node = Json.object();
        ArrayNode values = node.putArray("values");
        point.values().forEach(values::add);
        Json.number(node, "cost", point.cost());
        node.put("verdict", point.verdict().word());
        node.put("replications", point.replications());
        node.put("order", point.order());
        ArrayNode targets = node.putArray("targets");
        for (TargetEstimate estimate : point.targets()) {
            ObjectNode t = targets.addObject();
            Json.number(t, "estimate", estimate.estimate());
            Json.number(t, "lower", estimate.lower());
            Json.number(t, "upper", estimate.upper());
            t.put("n", estimate.n());
            t.put("verdict", estimate.verdict() == org.corridorsim.planning.Verdict.FEASIBLE ? "met"
                    : estimate.verdict() == org.corridorsim.planning.Verdict.INFEASIBLE ? "missed" : "undecided");
        }
        return node;
    }

    private static void writeCsv(Path target, PlanResult result) throws IOException {
        int targets = result.planning().targets().size();
        AtomicFiles.write(target, out -> {
            List<String> header = new ArrayList<>();
            result.planning().variables().forEach(v -> header.add(Csv.text(v.name())));
            header.addAll(List.of("cost", "verdict", "replications", "order"));
            for (int t = 1; t <= targets; t++) {
                header.addAll(List.of("target" + t + "_estimate", "target" + t + "_lower", "target" + t + "_upper"));
            }
            Csv.row(out, header);
            for (PlanPoint point : result.points()) {
                List<String> row = new ArrayList<>();
                point.values().forEach(v -> row.add(Integer.toString(v)));
                row.addAll(List.of(Csv.number(point.cost()), point.verdict().word(), Integer.toString(point.replications()),
                        Integer.toString(point.order())));
                for (int t = 0; t < targets; t++) {
                    if (point.targets().isEmpty()) {
                        row.addAll(List.of("", "", ""));
                    } else {
                        TargetEstimate e = point.targets().get(t);
                        row.addAll(List.of(Csv.number(e.estimate()), Csv.number(e.lower()), Csv.number(e.upper())));
                    }
                }
                Csv.row(out, row);
            }
        });
    }
}
