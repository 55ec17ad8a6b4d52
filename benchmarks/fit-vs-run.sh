#!/bin/sh
# Simulations per second of `fit` against `run` on the same scenario and the same parameter values:
# `run` simulates N replications of scenarios/aleppo-2016-10.yaml; `fit` simulates N particles of
# the same file with a one-value prior on a parameter (its value in the file, so every particle is
# the model `run` simulates) and an observed range that every replication meets, so that it stops
# after exactly two generations of N/2 particles. Both include JVM start and loading.
# Usage: benchmarks/fit-vs-run.sh [N] [THREADS] [ROUNDS]   (from the repository root, after mvn package)
set -eu
N=${1:-2000}
T=${2:-2}
ROUNDS=${3:-3}
JAR=${JAR:-target/corridorsim.jar}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
now() { date +%s.%N; }
for round in $(seq 1 "$ROUNDS"); do
  start=$(now)
  java -jar "$JAR" run scenarios/aleppo-2016-10.yaml -r "$N" -t "$T" --no-report --no-progress -o "$OUT/run" >/dev/null
  run=$(echo "$(now) - $start" | bc)
  start=$(now)
  java -jar "$JAR" fit scenarios/aleppo-2016-10.yaml --particles $((N / 2)) -t "$T" --predictive 0 \
      --no-report --no-progress -o "$OUT/fit" \
      --set 'observed=[{metric: evacuated, between: [0, 1000000]}]' \
      --set 'priors={blocking.interception-east.probability: {dist: choice, values: [0.9]}}' >/dev/null 2>&1
  fit=$(echo "$(now) - $start" | bc)
  sims=$(grep -o '"simulations" : [0-9]*' "$OUT/fit/fit.json" | grep -o '[0-9]*$')
  echo "round $round: run $N replications in ${run} s ($(echo "scale=1; $N / $run" | bc)/s); fit $sims simulations in ${fit} s ($(echo "scale=1; $sims / $fit" | bc)/s); fit/run $(echo "scale=3; ($sims / $fit) / ($N / $run)" | bc)"
done
