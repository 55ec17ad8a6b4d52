package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AssetsTest {

    @Test
    void theScriptFilesAreJoinedSoThatEachNamespaceIsDefinedBeforeItIsRead() {
        String script = Assets.get().script();
        int charts = script.indexOf("var CorridorSimCharts = (function () {");
        int overlays = script.indexOf("var CorridorSimOverlays = (function () {");
        int page = script.indexOf("(function () {\n  'use strict';\n\n  var data = JSON.parse(");
        assertTrue(script.startsWith("/* What every chart kind of a CorridorSim report shares"), "helpers first");
        assertTrue(0 < charts && charts < overlays && overlays < script.indexOf("CorridorSimCharts.INK"),
                "the overlays read the helpers after they are defined");
        assertTrue(overlays < page && page < script.indexOf("CorridorSimOverlays.errorBars"),
                "the page reads both after they are defined");
    }
}
