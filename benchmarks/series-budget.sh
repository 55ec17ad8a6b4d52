#!/bin/sh
# Issue 17's budget test: the same daily series of an Aleppo-size scenario, fitted once under a
# Poisson count likelihood and once under a negative binomial one with a fitted dispersion (tempered
# ABC-SMC down to temperature 1), and once as exact ranges (the old way), each with the same
# simulation budget. Prints each fit's stop reason, simulations,
# temperatures or tolerances, and its time. The series fit should stop with "temperature 1
# reached" inside the budget; the range fit should run out of budget.
#
# Usage: benchmarks/series-budget.sh [BUDGET] [PARTICLES] [THREADS]   (from the repository root, after mvn package)
set -eu
BUDGET=${1:-50000}
PARTICLES=${2:-300}
T=${3:-2}
JAVA_RUN=${JAVA_RUN:-java -jar ${JAR:-target/corridorsim.jar}}
OUT=${TMPDIR:-/tmp}/corridorsim-series-budget.$$
trap 'rm -rf "$OUT"' EXIT
for kind in series nb ranges; do
  start=$(date +%s)
  $JAVA_RUN fit "benchmarks/scenarios/aleppo-daily-$kind.yaml" --particles "$PARTICLES" \
    --max-simulations "$BUDGET" -t "$T" --predictive 0 --no-report --no-progress -o "$OUT/$kind" \
    | grep -E '^[0-9]+ particles|^(tolerances|temperatures):'
  echo "aleppo-daily-$kind: $(( $(date +%s) - start )) s wall"
done
