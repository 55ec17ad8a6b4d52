#!/bin/sh
# Simulations per second of `fit` against `run` on the same scenario and the same parameter values:
# `run` simulates N replications of the scenario; `fit` simulates N particles of the same file with a
# one-value prior on a parameter (its value in the file, so every particle is the model `run`
# simulates) and an observed range that every replication meets, so that it stops after exactly two
# generations of N/2 particles. Both include JVM start and loading. Prints wall and CPU
# (user + system) seconds: on a shared machine the CPU figure is the steadier one.
#
# Usage: benchmarks/fit-vs-run.sh [N] [THREADS] [ROUNDS] [CASE]   (from the repository root, after mvn package)
#   CASE aleppo (default): scenarios/aleppo-2016-10.yaml, prior on blocking.interception-east.probability
#   CASE thinning: the small exact case src/test/resources/inference/thinning.yaml (one hypothesis)
set -eu
N=${1:-2000}
T=${2:-2}
ROUNDS=${3:-3}
CASE=${4:-aleppo}
JAVA_RUN=${JAVA_RUN:-java -jar ${JAR:-target/corridorsim.jar}}
case "$CASE" in
  aleppo)
    FILE=scenarios/aleppo-2016-10.yaml
    PRIOR='priors={blocking.interception-east.probability: {dist: choice, values: [0.9]}}'
    HYPOTHESES='hypotheses=[{id: all, policies: [distrust-no-guarantees, interception-east, shelling, medical-approvals, detention-at-crossings]}]'
    ;;
  thinning)
    FILE=src/test/resources/inference/thinning.yaml
    PRIOR='priors={blocking.intercept.probability: {dist: choice, values: [0.5]}}'
    HYPOTHESES='hypotheses=[{id: all, policies: [intercept]}]'
    ;;
  *) echo "unknown case $CASE (aleppo or thinning)" >&2; exit 2 ;;
esac
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
rate() { echo "scale=1; $1 / $2" | bc; }
for round in $(seq 1 "$ROUNDS"); do
  /usr/bin/time -f "%e %U %S" -o "$OUT/run.time" $JAVA_RUN run "$FILE" -r "$N" -t "$T" \
      --no-report --no-progress -o "$OUT/run" >/dev/null
  /usr/bin/time -f "%e %U %S" -o "$OUT/fit.time" $JAVA_RUN fit "$FILE" \
      --particles $((N / 2)) -t "$T" --predictive 0 --no-report --no-progress -o "$OUT/fit" \
      --set 'observed=[{metric: evacuated, between: [0, 1000000]}]' --set "$PRIOR" --set "$HYPOTHESES" >/dev/null 2>&1
  sims=$(grep -o '"simulations" : [0-9]*' "$OUT/fit/fit.json" | grep -o '[0-9]*$')
  read -r rw ru rs < "$OUT/run.time"
  read -r fw fu fs < "$OUT/fit.time"
  rc=$(echo "$ru + $rs" | bc)
  fc=$(echo "$fu + $fs" | bc)
  echo "$CASE round $round: run $N in ${rw} s wall, ${rc} s CPU ($(rate "$N" "$rw")/s wall); fit $sims in ${fw} s wall," \
      "${fc} s CPU ($(rate "$sims" "$fw")/s wall); fit/run wall $(echo "scale=3; ($sims * $rw) / ($N * $fw)" | bc)," \
      "CPU $(echo "scale=3; ($sims * $rc) / ($N * $fc)" | bc)"
done
