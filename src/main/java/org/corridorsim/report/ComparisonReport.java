package org.corridorsim.report;

import java.util.List;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.scenario.Scenario;

final class ComparisonReport {
    static String html(List<Scenario> scenarios, ComparisonResult comparison, Assets assets) {
        throw new UnsupportedOperationException();
    }
}
