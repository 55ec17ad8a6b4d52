#!/usr/bin/env bash
# CI smoke test of the benchmarks: builds the library and benchmarks.jar, runs every JMH benchmark
# for one very short iteration with one parameter value, and a tiny engine comparison. It checks
# that everything runs and that each engine's mean wait is near Erlang C; it measures nothing.
# Takes about 1-2 minutes. Set MVN_FLAGS=-o to build offline.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"

(cd "$root" && mvn -q ${MVN_FLAGS:-} install -DskipTests)
(cd "$here" && mvn -q ${MVN_FLAGS:-} package)

# every benchmark script at least parses (the long ones, whole-process*.sh, are not run here)
for script in "$here"/*.sh; do bash -n "$script"; done

jmh=(java -jar "$jar" -foe true -f 1 -wi 0 -i 1 -r 100ms)
"${jmh[@]}" HoldBenchmark -p pending=1000
"${jmh[@]}" MmcBenchmark -prof gc
"${jmh[@]}" ParallelReplicationsBenchmark -p threads=2
"${jmh[@]}" ScenarioBenchmark -p scenario=scenarios/aleppo-2016-10.yaml
"${jmh[@]}" GroupStreamBenchmark
java -cp "$jar" org.corridorsim.bench.CliOverhead scenarios/example-minimal.yaml 5 1
java -cp "$jar" org.corridorsim.bench.ParallelSpeedup 2

# fixed seeds make this deterministic; the tolerance only has to catch a broken model
java -cp "$jar" org.corridorsim.bench.Compare --simpy "$here/simpy_mmc.py" \
  --customers 200000 --warmups 1 --runs 1 --simpy-customers 50000 --max-wait-error 25
