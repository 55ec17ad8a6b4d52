package org.corridorsim.report;

import java.util.List;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;

final class SweepReport {
    static String html(Scenario scenario, List<SweepRow> rows, List<List<ScenarioOverride>> points, Assets assets) {
        throw new UnsupportedOperationException();
    }
}
