package org.corridorsim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the same M/M/3 on CorridorSim, SSJ, DSOL and SimPy and prints one table.
 *
 * <p>Each Java engine runs in its own JVM (this class with {@code --engine}), so the JIT profile
 * of one engine cannot help or hurt another; inside it, warm-up runs precede the measured runs
 * and the median rate is reported. SimPy runs through {@code /usr/bin/python3}. Every run uses
 * its own seed and the mean wait is pooled over the measured runs, to be checked against Erlang C.
 *
 * <pre>
 * java -cp benchmarks.jar org.corridorsim.bench.Compare [--customers N] [--runs R] [--warmups W]
 *      [--engines corridorsim,ssj,dsol,simpy] [--simpy-customers N] [--simpy-runs R] [--simpy FILE]
 *      [--max-wait-error PERCENT]
 * </pre>
 */
public final class Compare {

    private static final List<String> JAVA_ENGINES = List.of("corridorsim", "ssj", "dsol");
    private static final String RESULT = "RESULT";

    private Compare() {
    }

    /** One engine's measurement, as printed on a RESULT line. */
    record Measurement(String engine, double customersPerSecond, double eventsPerSecond, long served,
            double meanWaitSeconds) {

        String toLine() {
            return String.format(Locale.ROOT, "%s engine=%s customersPerSecond=%.1f eventsPerSecond=%.1f"
                    + " served=%d meanWaitSeconds=%.4f", RESULT, engine, customersPerSecond, eventsPerSecond,
                    served, meanWaitSeconds);
        }

        static Measurement parse(String line) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String token : line.trim().split("\\s+")) {
                int eq = token.indexOf('=');
                if (eq > 0) {
                    fields.put(token.substring(0, eq), token.substring(eq + 1));
                }
            }
            return new Measurement(fields.get("engine"), Double.parseDouble(fields.get("customersPerSecond")),
                    Double.parseDouble(fields.get("eventsPerSecond")), Long.parseLong(fields.get("served")),
                    Double.parseDouble(fields.get("meanWaitSeconds")));
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = parseOptions(args);
        long customers = Long.parseLong(options.getOrDefault("customers", "2000000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "3"));
        if (options.containsKey("engine")) {
            System.out.println(measure(options.get("engine"), customers, warmups, runs).toLine());
            return;
        }
        List<String> engines = Arrays.asList(
                options.getOrDefault("engines", "corridorsim,ssj,dsol,simpy").split(","));
        List<Measurement> measurements = new ArrayList<>();
        long simPyCustomers = Long.parseLong(options.getOrDefault("simpy-customers", Long.toString(customers)));
        int simPyRuns = Integer.parseInt(options.getOrDefault("simpy-runs", "1"));
        for (String engine : engines) {
            System.err.println("running " + engine + " ...");
            if (engine.equals("simpy")) {
                measurements.add(runSimPy(options.getOrDefault("simpy", "benchmarks/simpy_mmc.py"),
                        simPyCustomers, simPyRuns));
            } else {
                measurements.add(runForked(engine, customers, warmups, runs));
            }
        }
        System.out.printf(Locale.ROOT, "M/M/3, 50 arrivals/h, mean service 3 min. Java engines: %,d expected"
                + " customers per run, median of %d runs after %d warm-ups, one JVM per engine. SimPy: %,d"
                + " customers, median of %d run(s).%n", customers, runs, warmups, simPyCustomers, simPyRuns);
        printTable(measurements);
        if (options.containsKey("max-wait-error")) {
            checkWaits(measurements, Double.parseDouble(options.get("max-wait-error")));
        }
    }

    /** Fails the run when an engine's mean wait is further than {@code percent} from Erlang C. */
    private static void checkWaits(List<Measurement> measurements, double percent) {
        double erlangC = MmcParameters.STANDARD.erlangCWaitSeconds();
        for (Measurement m : measurements) {
            double error = 100 * Math.abs(m.meanWaitSeconds() / erlangC - 1);
            if (error > percent) {
                System.err.printf(Locale.ROOT, "%s: mean wait %.2f s is %.1f%% from Erlang C %.2f s,"
                        + " more than the allowed %.1f%%%n", m.engine(), m.meanWaitSeconds(), error, erlangC, percent);
                System.exit(1);
            }
        }
    }

    /** Runs warm-ups, then {@code runs} timed replications; reports median rates and the pooled wait. */
    static Measurement measure(String engine, long customers, int warmups, int runs) {
        MmcParameters parameters = MmcParameters.STANDARD;
        for (int w = 0; w < warmups; w++) {
            replicate(engine, parameters, 1000 + w, customers);
        }
        double[] customerRates = new double[runs];
        double[] eventRates = new double[runs];
        MmcResult pooled = new MmcResult(0, 0, 0);
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            MmcResult result = replicate(engine, parameters, r, customers);
            double seconds = (System.nanoTime() - start) / 1e9;
            customerRates[r] = result.served() / seconds;
            eventRates[r] = result.events() / seconds;
            pooled = pooled.plus(result);
        }
        return new Measurement(engine, median(customerRates), median(eventRates), pooled.served(),
                pooled.meanWaitSeconds());
    }

    static MmcResult replicate(String engine, MmcParameters parameters, long seed, long customers) {
        return switch (engine) {
            case "corridorsim" -> CorridorMmc.replicate(parameters, seed, customers);
            case "ssj" -> SsjMmc.replicate(parameters, seed, customers);
            case "dsol" -> DsolMmc.replicate(parameters, seed, customers);
            default -> throw new IllegalArgumentException(
                    "engine must be one of " + JAVA_ENGINES + " or simpy, got '" + engine + "'");
        };
    }

    private static Measurement runForked(String engine, long customers, int warmups, int runs)
            throws IOException, InterruptedException {
        if (!JAVA_ENGINES.contains(engine)) {
            throw new IllegalArgumentException(
                    "engine must be one of " + JAVA_ENGINES + " or simpy, got '" + engine + "'");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return runProcess(List.of(java, "-cp", System.getProperty("java.class.path"), Compare.class.getName(),
                "--engine", engine, "--customers", Long.toString(customers), "--warmups", Integer.toString(warmups),
                "--runs", Integer.toString(runs)));
    }

    private static Measurement runSimPy(String script, long customers, int runs)
            throws IOException, InterruptedException {
        return runProcess(List.of("/usr/bin/python3", script, "--customers", Long.toString(customers),
                "--runs", Integer.toString(runs)));
    }

    /** Runs a child, passes its other output through and returns its RESULT line. */
    private static Measurement runProcess(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String resultLine = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    resultLine = line;
                } else {
                    System.err.println("  | " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || resultLine == null) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed with exit code " + exit);
        }
        return Measurement.parse(resultLine);
    }

    private static void printTable(List<Measurement> measurements) {
        double erlangC = MmcParameters.STANDARD.erlangCWaitSeconds();
        double reference = measurements.stream().filter(m -> m.engine().equals("corridorsim"))
                .mapToDouble(Measurement::customersPerSecond).findFirst().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "Erlang C mean wait in queue: %.2f s%n%n", erlangC);
        System.out.printf(Locale.ROOT, "| %-11s | %13s | %13s | %20s | %13s | %9s |%n", "engine", "customers/s",
                "events/s", "ratio to CorridorSim", "mean wait (s)", "vs Erlang");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n", "-".repeat(13), "-".repeat(15), "-".repeat(15),
                "-".repeat(22), "-".repeat(15), "-".repeat(11));
        for (Measurement m : measurements) {
            System.out.printf(Locale.ROOT, "| %-11s | %,13.0f | %,13.0f | %20.3f | %13.2f | %+8.1f%% |%n",
                    m.engine(), m.customersPerSecond(), m.eventsPerSecond(), m.customersPerSecond() / reference,
                    m.meanWaitSeconds(), 100 * (m.meanWaitSeconds() / erlangC - 1));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException(
                        "options are --name value pairs, got '" + String.join(" ", args) + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
