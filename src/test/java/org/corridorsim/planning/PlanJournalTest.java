package org.corridorsim.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.corridorsim.experiment.Journal;
import org.corridorsim.model.Outcome;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A plan keeps every configuration's replications in a journal, and a plan resumed from it runs none again. */
class PlanJournalTest {

    private static final class Memory implements Journal {
        final Map<String, List<Outcome>> units = new HashMap<>();
        int recorded;

        @Override
        public Iterator<Outcome> recorded(String unit) {
            return List.copyOf(units.getOrDefault(unit, List.of())).iterator();
        }

        @Override
        public void record(String unit, Outcome outcome) {
            units.computeIfAbsent(unit, u -> new ArrayList<>()).add(outcome);
            recorded++;
        }
    }

    @Test
    void aResumedPlanRunsNothingAgainAndGivesTheSameResult() {
        Scenario scenario = new ScenarioLoader().parse(PlanCorrectSelectionTest.SCENARIO, "staffing-day.yaml");
        Memory journal = new Memory();
        PlanResult first = Plan.of(scenario).threads(2).journal(journal).run();
        int recorded = journal.recorded;

        assertEquals(first.replications(), recorded, "every replication run is journalled");
        PlanResult again = Plan.of(scenario).threads(2).journal(journal).run();
        assertEquals(recorded, journal.recorded, "nothing is run twice");
        assertEquals(first.points(), again.points());
        assertEquals(first.chosen(), again.chosen());
        assertEquals(List.of("corridors.C.checkpoint.lanes=" + first.chosen().orElseThrow().values().get(0)),
                journal.units.keySet().stream().filter(u -> u.endsWith("=" + first.chosen().get().values().get(0))).toList());
    }
}
