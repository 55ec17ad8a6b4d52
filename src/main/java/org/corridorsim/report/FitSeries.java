package org.corridorsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.corridorsim.format.Format;
import org.corridorsim.inference.FitResult;
import org.corridorsim.inference.HypothesisPosterior;
import org.corridorsim.inference.Predictive;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Prior;
import org.corridorsim.scenario.Scenario;

/**
 * The fit report's observed series: each metric's observations over time (cumulative counts and
 * incident counts apart), each source in its own colour and mark, over the posterior predictive
 * band of what that source would report (its bias and noise included), for all hypotheses
 * together and for each hypothesis; and the table of every observation with its source and
 * observation model.
 */
final class FitSeries {

    private final FitResult result;
    private final Scenario scenario;

    FitSeries(FitResult result) {
        this.result = result;
        this.scenario = result.scenario();
    }

    /** One observed series: a metric, cumulative or incident, with the indexes of its observations. */
    private record Key(String metric, boolean incident) {

        String title() {
            return metric + (incident ? " per interval" : " by time");
        }
    }

    void write(Page page) {
        Predictive predictive = result.predictive();
        Map<Key, List<Integer>> series = series();
        page.section("series", "Observed series over time", "Series", "Each source's figures (its own colour "
                + "and mark; a triangle up is an at-least bound, down an at-most bound, a vertical bar a range, a "
                + "horizontal bar the interval of an incident count) over the posterior predictive band of what that "
                + "source would report, its bias and noise included: the line is the median of " + predictive.draws()
                + " new replications drawn from the posterior, the shade 5%–95%.");
        table(page);
        if (predictive.draws() == 0) {
            page.html("<p>No posterior predictive draws were made.</p>");
            return;
        }
        List<String> sources = new ArrayList<>();
        result.observed().forEach(o -> {
            if (!sources.contains(o.source())) {
                sources.add(o.source());
            }
        });
        for (Map.Entry<Key, List<Integer>> s : series.entrySet()) {
            page.subheading(s.getKey().title());
            page.grid();
            chart(page, s.getKey().title() + ": all hypotheses", "", spec(s.getKey(), s.getValue(), null, sources));
            for (HypothesisPosterior h : result.hypotheses()) {
                if (predictive.hypotheses().contains(h.id())) {
                    chart(page, s.getKey().title() + ": " + h.id(), "probability " + FitReport.fixed(h.probability()),
                            spec(s.getKey(), s.getValue(), h.id(), sources));
                }
            }
        }
    }

    /** A chart whose value axis was cut says where, after its subtitle. */
    private static void chart(Page page, String title, String subtitle, ObjectNode spec) {
        JsonNode cut = spec.get("y").get("max");
        String note = cut == null ? "" : "predictive band cut at " + Format.number(cut.asDouble())
                + " (its 95th percentile reaches " + Format.number(spec.get("bandTop").asDouble()) + ")";
        page.chart(title, subtitle.isEmpty() ? note : note.isEmpty() ? subtitle : subtitle + "; " + note, spec,
                Page.Size.HALF);
    }

    /**
     * Cuts the value axis above the figures when a predictive band reaches more than
     * {@value #BAND_CUT} times as high as every figure and median (as a relative observation model's
     * multiplicative noise can): otherwise the figures would lie flat along the bottom.
     */
    static void cutTallBands(ObjectNode spec, ArrayNode points, List<Charts.Series> bands) {
        double figures = 0;
        double top = 0;
        for (JsonNode p : points) {
            figures = Math.max(figures, p.has("high") ? p.get("high").asDouble() : p.get("y").asDouble());
        }
        for (Charts.Series band : bands) {
            for (int i = 0; i < band.values().length; i++) {
                figures = Double.isFinite(band.values()[i]) ? Math.max(figures, band.values()[i]) : figures;
                top = i < band.upper().length && Double.isFinite(band.upper()[i]) ? Math.max(top, band.upper()[i]) : top;
            }
        }
        if (figures > 0 && top > BAND_CUT * figures) {
            ((ObjectNode) spec.get("y")).put("max", Charts.niceCeiling(1.2 * figures));
            spec.put("bandTop", top);
        }
    }

    private static final double BAND_CUT = 3;

    private Map<Key, List<Integer>> series() {
        Map<Key, List<Integer>> series = new LinkedHashMap<>();
        List<Observation> observed = result.observed();
        for (int k = 0; k < observed.size(); k++) {
            Observation o = observed.get(k);
            series.computeIfAbsent(new Key(o.metric(), o.incident()), key -> new ArrayList<>()).add(k);
        }
        return series;
    }

    /** Every observation with its source, the source's bias prior and the observation model. */
    private void table(Page page) {
        Markup.Table table = new Markup.Table("fit-observations", List.of("Observation", "Source", "Model",
                "Source bias prior"), List.of(false, false, false, false));
        DoubleFunction<String> number = Format::number;
        for (Observation o : result.observed()) {
            String bias = o.bias().map(b -> {
                Prior prior = scenario.inference().noise().get(b);
                return prior == null ? b : FitParameters.prior(prior, number);
            }).orElse(Format.NONE);
            table.row(o.label(), o.source(), o.model().label(), bias);
        }
        page.html(table.html());
    }

    private ObjectNode spec(Key key, List<Integer> indexes, String hypothesis, List<String> sources) {
        Predictive predictive = result.predictive();
        List<Observation> observed = result.observed();
        LocalTimeAxis clock = new LocalTimeAxis(scenario);
        List<Charts.Series> bands = new ArrayList<>();
        ArrayNode points = Json.array();
        // one band per source over the union of positions: NaN where the source has no figure
        List<Double> positions = new ArrayList<>();
        for (int k : indexes) {
            double x = position(observed.get(k));
            if (!positions.contains(x)) {
                positions.add(x);
            }
        }
        positions.sort(Double::compare);
        double[] at = positions.stream().mapToDouble(Double::doubleValue).toArray();
        List<String> titles = positions.stream().map(x -> clock.label(x)).toList();
        for (String source : sources) {
            double[] median = new double[at.length];
            double[] low = new double[at.length];
            double[] high = new double[at.length];
            Arrays.fill(median, Double.NaN);
            Arrays.fill(low, Double.NaN);
            Arrays.fill(high, Double.NaN);
            boolean any = false;
            int colour = sources.indexOf(source);
            for (int k : indexes) {
                Observation o = observed.get(k);
                if (!o.source().equals(source)) {
                    continue;
                }
                double[] values = values(predictive, k, hypothesis);
                if (values.length == 0) {
                    continue;
                }
                int i = positions.indexOf(position(o));
                median[i] = quantile(values, 0.5);
                low[i] = quantile(values, 0.05);
                high[i] = quantile(values, 0.95);
                any = true;
                point(points.addObject(), o, colour, clock);
            }
            if (any) {
                bands.add(new Charts.Series(source + " (predictive)", Charts.color(colour), median, low, high));
            }
        }
        ObjectNode spec = Charts.line(clock.json(), at, titles, key.metric(), "", bands);
        spec.put("gaps", true);
        spec.set("points", points);
        cutTallBands(spec, points, bands);
        return spec;
    }

    /** Where an observation sits on the time axis: its time, or the middle of its interval. */
    private static double position(Observation o) {
        return o.incident() ? (o.fromSeconds() + o.seconds()) / 2 : o.seconds();
    }

    private static void point(ObjectNode node, Observation o, int colour, LocalTimeAxis clock) {
        node.put("source", o.source());
        node.put("color", Charts.color(colour));
        node.put("x", position(o));
        if (o.incident()) {
            node.put("from", o.fromSeconds());
            node.put("to", o.seconds());
        }
        String kind;
        double y;
        if (Double.isInfinite(o.high()) && Double.isFinite(o.low())) {
            kind = "at-least";
            y = o.low();
        } else if (Double.isInfinite(o.low()) && Double.isFinite(o.high())) {
            kind = "at-most";
            y = o.high();
        } else if (o.low() == o.high()) {
            kind = "count";
            y = o.low();
        } else {
            kind = "range";
            y = (o.low() + o.high()) / 2;
            node.put("low", o.low());
            node.put("high", o.high());
        }
        node.put("kind", kind);
        node.put("y", y);
        node.put("label", o.label() + " (" + o.model().label() + ")"
                + (o.incident() ? ", " + clock.label(o.fromSeconds()) + " to " + clock.label(o.seconds())
                        : ", " + clock.label(o.seconds())));
    }

    private static double[] values(Predictive predictive, int k, String hypothesis) {
        List<Double> values = new ArrayList<>();
        for (int d = 0; d < predictive.draws(); d++) {
            double v = predictive.values()[d][k];
            if (Double.isFinite(v) && (hypothesis == null || predictive.hypotheses().get(d).equals(hypothesis))) {
                values.add(v);
            }
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double quantile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
