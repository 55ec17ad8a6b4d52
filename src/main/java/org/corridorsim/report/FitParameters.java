package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.corridorsim.format.Format;
import org.corridorsim.inference.FitResult;
import org.corridorsim.inference.HypothesisPosterior;
import org.corridorsim.inference.ParameterPosterior;
import org.corridorsim.inference.Particle;
import org.corridorsim.scenario.Parameter;
import org.corridorsim.scenario.Prior;
import org.corridorsim.scenario.Scenario;

/**
 * The fit report's section on the parameters: per hypothesis, a table of each parameter's
 * posterior, its weighted histogram, and a scatter of every pair, each axis within the values the
 * parameter can take.
 */
final class FitParameters {

    private static final int BINS = 30;
    private static final int MOST_SCATTER_POINTS = 1500;

    private final FitResult result;
    private final Scenario scenario;

    FitParameters(FitResult result) {
        this.result = result;
        this.scenario = result.scenario();
    }

    void write(Page page) {
        page.section("parameters", "Posterior of the parameters", "Parameters",
                "Weighted histograms of the final particles per hypothesis; then every pair of parameters, each "
                        + "particle a dot. Durations are in the unit named after the parameter.");
        List<Particle> posterior = result.posterior();
        for (HypothesisPosterior h : result.hypotheses()) {
            if (h.parameters().isEmpty() || h.particles() == 0) {
                continue;
            }
            List<Particle> mine = posterior.stream().filter(p -> p.hypothesis().equals(h.id())).toList();
            page.subheading(h.id() + " (probability " + FitReport.fixed(h.probability()) + ")");
            Markup.Table table = new Markup.Table("fit-parameters", List.of("Parameter", "Mean", "Median",
                    "95% interval"), List.of(false, true, true, true));
            h.parameters().forEach((path, v) -> {
                Unit unit = unit(path, Math.max(Math.abs(v.low()), Math.abs(v.high())));
                table.row(path + unit.suffix(), unit.text(v.mean()), unit.text(v.median()),
                        Format.interval(unit.scale().apply(v.low()), unit.scale().apply(v.high())));
            });
            page.html(table.html());
            page.grid();
            List<String> paths = List.copyOf(h.parameters().keySet());
            for (String path : paths) {
                page.chart(path, "posterior density", density(mine, path, h.parameters().get(path),
                        unit(path, largest(mine, path))), Page.Size.THIRD);
            }
            for (int a = 0; a < paths.size(); a++) {
                for (int b = a + 1; b < paths.size(); b++) {
                    page.chart(paths.get(a) + " × " + paths.get(b), "darker dots: larger weight",
                            scatter(mine, paths.get(a), paths.get(b), unit(paths.get(a), largest(mine, paths.get(a))),
                                    unit(paths.get(b), largest(mine, paths.get(b))), support(h.id(), paths.get(a)),
                                    support(h.id(), paths.get(b))), Page.Size.THIRD);
                }
            }
        }
    }

    /**
     * The priors the fit started from: one row per parameter, with the range the scenario accepts.
     * The values the file gives these parameters are placeholders, replaced by draws.
     */
    void priors(Page page) {
        var priors = scenario.inference().priors();
        page.section("priors", "Priors", "Priors", "What the fit assumed about each parameter before seeing the "
                + "observations. The file's own values for these parameters are placeholders: every simulation draws "
                + "them from these priors.");
        var noise = scenario.inference().noise();
        if (priors.isEmpty() && noise.isEmpty()) {
            page.html("<p>No parameter is fitted: only the hypotheses are weighed.</p>");
            return;
        }
        Markup.Table table = new Markup.Table("fit-priors", List.of("Parameter", "Prior", "Allowed by the scenario"),
                List.of(false, false, false));
        priors.forEach((path, prior) -> {
            Parameter parameter = scenario.inference().parameters().get(path);
            boolean duration = parameter != null && parameter.type() == Parameter.Type.DURATION;
            DoubleFunction<String> text = duration ? Format::duration : Format::number;
            table.row(path, prior(prior, text), parameter == null ? Format.NONE
                    : text.apply(parameter.min()) + " to " + text.apply(parameter.max()));
        });
        // the sources' bias factors and the dispersions with a prior, shared by every hypothesis
        noise.forEach((path, prior) -> table.row(path, prior(prior, Format::number),
                "above 0 (an observation model's parameter, shared by every hypothesis)"));
        page.html(table.html());
    }

    static String prior(Prior prior, DoubleFunction<String> text) {
        if (prior instanceof Prior.Uniform u) {
            return "uniform " + text.apply(u.min()) + " to " + text.apply(u.max());
        } else if (prior instanceof Prior.LogUniform u) {
            return "log-uniform " + text.apply(u.min()) + " to " + text.apply(u.max());
        } else if (prior instanceof Prior.Beta b) {
            return "beta, α " + Format.number(b.alpha()) + ", β " + Format.number(b.beta());
        } else if (prior instanceof Prior.Normal n) {
            return "normal, mean " + text.apply(n.mean()) + ", sd " + text.apply(n.sd()) + ", within "
                    + text.apply(n.min()) + " to " + text.apply(n.max());
        } else if (prior instanceof Prior.Choice c) {
            List<String> options = new ArrayList<>();
            for (int i = 0; i < c.values().size(); i++) {
                options.add(text.apply(c.values().get(i)) + " (" + Format.percent(c.weights().get(i)) + ")");
            }
            return "one of " + String.join(", ", options);
        }
        return prior.toString();
    }

    /** How a parameter's values read: durations in one unit fitting {@code largest} seconds, numbers as they are. */
    private record Unit(DurationScale scale, boolean duration) {

        String suffix() {
            return duration ? " (" + scale.unit() + ")" : "";
        }

        String text(double value) {
            return Format.number(scale.apply(value));
        }
    }

    private Unit unit(String path, double largest) {
        Parameter parameter = scenario.inference().parameters().get(path);
        boolean duration = parameter != null && parameter.type() == Parameter.Type.DURATION;
        return new Unit(duration ? DurationScale.fitting(largest) : new DurationScale("", 1), duration);
    }

    private static double largest(List<Particle> particles, String path) {
        return particles.stream().mapToDouble(p -> Math.abs(p.parameters().get(path))).max().orElse(0);
    }

    /** The weighted histogram of one parameter, in its unit (durations in min, h or d as they fit). */
    private ObjectNode density(List<Particle> particles, String path, ParameterPosterior summary, Unit unit) {
        DurationScale scale = unit.scale();
        double min = particles.stream().mapToDouble(p -> scale.apply(p.parameters().get(path))).min().orElse(0);
        double max = particles.stream().mapToDouble(p -> scale.apply(p.parameters().get(path))).max().orElse(1);
        if (!(max > min)) {
            max = min + Math.max(1e-9, Math.abs(min) * 1e-6);
        }
        double width = (max - min) / BINS;
        double[] mass = new double[BINS];
        double total = 0;
        for (Particle p : particles) {
            int bin = (int) Math.min(BINS - 1, Math.floor((scale.apply(p.parameters().get(path)) - min) / width));
            mass[bin] += p.weight();
            total += p.weight();
        }
        double[] centres = new double[BINS];
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            centres[i] = min + (i + 0.5) * width;
            mass[i] = mass[i] / total / width;
            titles.add(Format.number(min + i * width) + " – " + Format.number(min + (i + 1) * width));
        }
        // the chart's heading names the whole path; the axis keeps its last two words
        String[] words = path.split("\\.");
        String name = words.length > 2 ? words[words.length - 2] + "." + words[words.length - 1] : path;
        return Charts.line(Charts.linearAxis(name + unit.suffix() + ", mean " + unit.text(summary.mean())),
                centres, titles,
                "density", "", List.of(Charts.Series.plain("density", Charts.color(0), mass)));
    }

    /**
     * The values a parameter can take under a hypothesis: the scenario's allowed range narrowed by
     * the prior's bounds; infinite where neither bounds it.
     */
    private double[] support(String hypothesis, String path) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        Parameter parameter = scenario.inference().parameters().get(path);
        if (parameter != null) {
            low = parameter.min();
            high = parameter.max();
        }
        Prior prior = scenario.inference().hypotheses().stream().filter(h -> h.id().equals(hypothesis)).findFirst()
                .map(h -> h.priors().get(path)).orElse(null);
        double[] bounds = prior == null ? null : bounds(prior);
        if (bounds != null) {
            low = Math.max(low, bounds[0]);
            high = Math.min(high, bounds[1]);
        }
        return new double[] {low, high};
    }

    private static double[] bounds(Prior prior) {
        if (prior instanceof Prior.Uniform u) {
            return new double[] {u.min(), u.max()};
        } else if (prior instanceof Prior.LogUniform u) {
            return new double[] {u.min(), u.max()};
        } else if (prior instanceof Prior.Beta) {
            return new double[] {0, 1};
        } else if (prior instanceof Prior.Normal n) {
            return new double[] {n.min(), n.max()};
        } else if (prior instanceof Prior.Choice c) {
            return new double[] {c.values().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                c.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)};
        }
        return null;
    }

    private static ObjectNode scatter(List<Particle> particles, String x, String y, Unit xUnit, Unit yUnit,
            double[] xSupport, double[] ySupport) {
        ObjectNode spec = Json.object();
        spec.put("type", "scatter");
        spec.put("xTitle", x + xUnit.suffix());
        spec.put("yTitle", y + yUnit.suffix());
        range(spec.putArray("xRange"), xSupport, xUnit);
        range(spec.putArray("yRange"), ySupport, yUnit);
        ArrayNode points = spec.putArray("points");
        double most = particles.stream().mapToDouble(Particle::weight).max().orElse(1);
        int step = Math.max(1, (particles.size() + MOST_SCATTER_POINTS - 1) / MOST_SCATTER_POINTS);
        for (int i = 0; i < particles.size(); i += step) {
            Particle p = particles.get(i);
            ArrayNode point = points.addArray();
            point.add(xUnit.scale().apply(p.parameters().get(x)));
            point.add(yUnit.scale().apply(p.parameters().get(y)));
            point.add(most > 0 ? p.weight() / most : 1);
        }
        return spec;
    }

    /** A support in the chart's unit; an unbounded end is written as null. */
    private static void range(ArrayNode array, double[] support, Unit unit) {
        for (double end : support) {
            double scaled = unit.scale().apply(end);
            if (Double.isFinite(scaled)) {
                array.add(scaled);
            } else {
                array.addNull();
            }
        }
    }

}
