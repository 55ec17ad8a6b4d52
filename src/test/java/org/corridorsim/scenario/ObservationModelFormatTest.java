package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code sources:} as a mapping with bias priors and observation models, and {@code count:} observations. */
class ObservationModelFormatTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario parse(String more) {
        return loader.parse(InferenceFormatTest.BASE + more, "s.yaml");
    }

    private List<String> errors(String more) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(more));
        return e.errors().stream().map(error -> error.line() + ":" + error.column() + " " + error.path() + ": "
                + error.message()).toList();
    }

    @Test
    void sourcesCarryABiasPriorAndAModelThatTheirObservationsTake() {
        Scenario scenario = parse("""
                sources:
                  ru-mod: {cite: "Russian MoD daily briefings", bias: {dist: log-uniform, min: 0.5, max: 4}, model: poisson}
                  unhcr: {model: {negative-binomial: {dispersion: {dist: log-uniform, min: 1, max: 100}}}}
                  sana: {}
                observed:
                  - metric: evacuated
                    source: ru-mod
                    series:
                      - {at: 2020-01-01T07:00, count: 194}
                      - {from: 2020-01-01T07:00, at: 2020-01-01T19:00, count: 0}
                  - {metric: evacuated, source: unhcr, count: 90}
                  - {metric: evacuated, source: sana, count: 80, model: {relative: {sd: 0.3}}}
                  - {metric: evacuated, source: sana, between: [50, 100]}
                """);
        Inference inference = scenario.inference();
        assertEquals(List.of("sources.ru-mod.bias", "sources.unhcr.dispersion"), List.copyOf(inference.noise().keySet()));
        assertEquals(new Prior.LogUniform(0.5, 4), inference.noise().get("sources.ru-mod.bias"));
        List<Observation> observed = inference.observed();
        assertEquals(5, observed.size());
        assertEquals(ObservationModel.Kind.POISSON, observed.get(0).model().kind());
        assertEquals(Optional.of("sources.ru-mod.bias"), observed.get(1).bias());
        assertEquals(194, observed.get(0).low());
        assertEquals("evacuated at 2020-01-01T07:00 = 194 (poisson, ru-mod)", observed.get(0).label());
        assertEquals(Optional.of("sources.unhcr.dispersion"), observed.get(2).model().prior());
        assertEquals(new ObservationModel(ObservationModel.Kind.RELATIVE, 0.3, Optional.empty()), observed.get(3).model());
        assertEquals(ObservationModel.RANGE, observed.get(4).model());
        assertEquals(Optional.empty(), observed.get(4).bias());
        assertEquals(List.of("ru-mod: Russian MoD daily briefings", "unhcr", "sana"), scenario.sources());
    }

    @Test
    void anObservationsOwnDispersionPriorIsNamedByItsEntry() {
        Scenario scenario = parse("""
                observed:
                  - {metric: evacuated, between: [0, 100]}
                  - {metric: evacuated, count: 90, model: {negative-binomial: {dispersion: {dist: uniform, min: 1, max: 9}}}}
                """);
        assertEquals(List.of("observed[1].dispersion"), List.copyOf(scenario.inference().noise().keySet()));
    }

    @Test
    void aSourceNeverDefinedIsLocated() {
        assertEquals(List.of("23:43 observed[0].source: source 'ru-md' is never defined under sources:; sources: "
                + "ru-mod"), errors("""
                sources:
                  ru-mod: {model: poisson}
                observed:
                  - {metric: evacuated, count: 5, source: ru-md}
                """));
    }

    @Test
    void aNegativeDispersionIsLocated() {
        assertEquals(List.of("21:75 observed[0].model.negative-binomial.dispersion: dispersion must be positive, "
                + "got -3"), errors("""
                observed:
                  - {metric: evacuated, count: 5, model: {negative-binomial: {dispersion: -3}}}
                """));
        assertEquals(List.of("21:13 sources.a.bias: sources.a.bias is a factor, so its prior must give values above 0, "
                + "got values from 0"), errors("""
                sources:
                  a: {bias: {dist: uniform, min: 0, max: 4}}
                """));
    }

    @Test
    void aTimeOutsideTheHorizonAndAnIntervalEndingBeforeItsStartAreLocated() {
        assertEquals(List.of("24:14 observed[0].series[0].at: must lie between start 2020-01-01T00:00 and end "
                + "2020-01-02T00:00, got 2020-01-03T07:00"), errors("""
                observed:
                  - metric: evacuated
                    model: poisson
                    series:
                      - {at: 2020-01-03T07:00, count: 5}
                """));
        assertEquals(List.of("24:16 observed[0].series[0].from: an incident interval must end after it starts: 'from' "
                + "2020-01-01T19:00 is not before 'at' 2020-01-01T07:00"), errors("""
                observed:
                  - metric: evacuated
                    model: poisson
                    series:
                      - {from: 2020-01-01T19:00, at: 2020-01-01T07:00, count: 0}
                """));
    }

    @Test
    void aCountAndARangeDoNotMix() {
        assertEquals(List.of("21:41 observed[0].between: a poisson observation gives one count, e.g. count: 194; "
                + "between is for a range (model: range)"), errors("""
                observed:
                  - {metric: evacuated, model: poisson, between: [1, 2]}
                """));
        assertEquals(List.of("21:25 observed[0].count: count is for a likelihood model (model: poisson, "
                + "negative-binomial or relative, on the observation or its source); a range gives between, "
                + "at-least or at-most"), errors("""
                observed:
                  - {metric: evacuated, count: 4}
                """));
        assertEquals(List.of("21:42 observed[0].model: unknown observation model 'gauss'; allowed: poisson, range, "
                + "{negative-binomial: {dispersion: 10}} or {relative: {sd: 0.3}}"), errors("""
                observed:
                  - {metric: evacuated, count: 4, model: gauss}
                """));
    }
}
