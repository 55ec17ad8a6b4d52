package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A predictive band far above every figure cuts the value axis, so that the figures stay readable. */
class FitSeriesTest {

    private static ObjectNode spec() {
        ObjectNode spec = Json.object();
        spec.set("y", Json.object());
        return spec;
    }

    private static ArrayNode points() {
        ArrayNode points = Json.array();
        points.addObject().put("y", 100);
        points.addObject().put("y", 150).put("low", 120).put("high", 180);
        return points;
    }

    @Test
    void aBandReachingMoreThanThreeTimesTheFiguresIsCutAtANiceNumberAboveThem() {
        ObjectNode spec = spec();
        Charts.Series band = new Charts.Series("s", "#000", new double[] {90, 210}, new double[] {10, 20},
                new double[] {5_000, 9_000});
        FitSeries.cutTallBands(spec, points(), List.of(band));
        assertEquals(300, spec.get("y").get("max").asDouble(), "1.2 x the highest median, 210, rounded up");
        assertEquals(9_000, spec.get("bandTop").asDouble());
    }

    @Test
    void aBandWithinThreeTimesTheFiguresLeavesTheAxisAlone() {
        ObjectNode spec = spec();
        Charts.Series band = new Charts.Series("s", "#000", new double[] {90, Double.NaN}, new double[] {10, Double.NaN},
                new double[] {500, Double.NaN});
        FitSeries.cutTallBands(spec, points(), List.of(band));
        assertFalse(spec.get("y").has("max"), spec.toString());
        assertFalse(spec.has("bandTop"));
    }

    @Test
    void niceCeilingsAreRoundNumbersAtLeastTheValue() {
        assertEquals(120_000, Charts.niceCeiling(110_000));
        assertEquals(120_000, Charts.niceCeiling(120_000));
        assertEquals(1_000, Charts.niceCeiling(801));
        assertEquals(0.25, Charts.niceCeiling(0.21), 1e-12);
        assertEquals(1, Charts.niceCeiling(1));
    }
}
