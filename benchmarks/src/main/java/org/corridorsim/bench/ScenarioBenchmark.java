package org.corridorsim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One replication of any scenario file, single thread:
 * {@code java -jar benchmarks/target/benchmarks.jar ScenarioBenchmark -p scenario=path/to/your.yaml}.
 * Each invocation runs the next replication index, so the measurement averages over replications
 * as an experiment would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScenarioBenchmark {

    @Param("scenarios/aleppo-2016-10.yaml")
    public String scenario;

    private EvacuationModel model;
    private RandomStreams streams;
    private int replication;

    @Setup
    public void load() {
        Scenario loaded = new ScenarioLoader().load(locate(scenario));
        model = new EvacuationModel(loaded.evacuation());
        streams = new RandomStreams(loaded.experiment().seed());
    }

    @Benchmark
    public Outcome replication() {
        return model.replicate(streams, replication++);
    }

    /** Paths are relative to the repository root, whether JMH runs there or in benchmarks/. */
    static Path locate(String file) {
        Path path = Path.of(file);
        if (!Files.exists(path) && !path.isAbsolute() && Files.exists(Path.of("..").resolve(path))) {
            return Path.of("..").resolve(path);
        }
        return path;
    }
}
