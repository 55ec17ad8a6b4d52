/**
 * CorridorSim: discrete-event simulation of evacuation through humanitarian corridors.
 *
 * <p>The exported packages are the API that users embed: scenario files, models, experiments and
 * their results, fitting, planning, the blocking-policy SPI, statistics, random streams and the
 * event-list kernel (see docs/api.md). The command line ({@code org.corridorsim.cli}) is exported
 * only to the Spark backend, which implements its {@code Backend} SPI; the result writers, the
 * report and the built-in policies stay inside.
 */
@SuppressWarnings("module") // org.corridorsim.spark is the spark/ job jar's automatic module name, built after this one
module org.corridorsim {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.commons.rng.api;
    requires org.apache.commons.rng.core;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.rng.sampling;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.statistics.descriptive;
    requires org.apache.commons.statistics.inference;
    // HdrHistogram 2.2.2 declares no module name, so it is known by its file name
    requires HdrHistogram;
    // optional, as in the pom: only the command line needs them (java --add-modules info.picocli,me.tongfei.progressbar)
    requires static info.picocli;
    requires static me.tongfei.progressbar;

    exports org.corridorsim.kernel;
    exports org.corridorsim.random;
    exports org.corridorsim.stats;
    exports org.corridorsim.policy;
    exports org.corridorsim.model;
    exports org.corridorsim.scenario;
    exports org.corridorsim.experiment;
    exports org.corridorsim.inference;
    exports org.corridorsim.planning;

    exports org.corridorsim.cli to org.corridorsim.spark;
    // picocli sets the commands' option fields by reflection
    opens org.corridorsim.cli to info.picocli;

    uses org.corridorsim.policy.PolicyProvider;
    uses org.corridorsim.cli.Backend.Provider;

    provides org.corridorsim.policy.PolicyProvider with
            org.corridorsim.policy.builtin.InterceptionProvider,
            org.corridorsim.policy.builtin.DisruptionProvider,
            org.corridorsim.policy.builtin.QuotaProvider,
            org.corridorsim.policy.builtin.ClosureProvider,
            org.corridorsim.policy.builtin.ScreeningProvider,
            org.corridorsim.policy.builtin.CompositeProvider,
            org.corridorsim.policy.builtin.DemandEventProvider;
}
