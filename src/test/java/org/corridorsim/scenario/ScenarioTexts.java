package org.corridorsim.scenario;

/** Scenario texts shared by tests. */
final class ScenarioTexts {

    /** The smallest valid scenario: one population, one corridor, one day in UTC. */
    static final String MINIMAL = """
            id: minimal
            start: 2020-01-01T00:00
            end: 2020-01-02T00:00
            populations:
              - id: people
                size: 100
                travel: {C1: 10m}
            corridors:
              - id: C1
                checkpoint: {screening: 5m}
            """;

    private ScenarioTexts() {
    }
}
