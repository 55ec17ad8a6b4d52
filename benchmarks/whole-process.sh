#!/usr/bin/env bash
# The speed bars of issue 20, as whole processes on one thread, side by side in one run:
#   SSJ 3.3.2's bare M/M/3 (5 runs of 2,000,000 expected customers in one JVM, no warm-up)
#   CorridorSim's command line on the same M/M/3 through the whole model
#     (run benchmarks/scenarios/mm3-long.yaml -r 5 -t 1 --no-report: 5 replications of 2,000,000)
#   CorridorSim's command line on Aleppo (run scenarios/aleppo-2016-10.yaml -r 200 -t 1 --no-report)
# Each process runs ROUNDS times (default 3), the three kinds alternating; the best (smallest) wall
# time of each counts, and the ratio is SSJ's time / CorridorSim's (above 1: CorridorSim is faster).
# CPU seconds (user + system, all JVM threads) are printed too: on a shared machine they scatter less.
# Targets (issue 20): M/M/3 ratio >= 1.5, Aleppo ratio >= 2.0.
#
# Usage: benchmarks/whole-process.sh [ROUNDS]   (from anywhere; needs target/corridorsim.jar and
#        benchmarks/target/benchmarks.jar, which compare.sh builds)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
rounds=${1:-3}
bench_jar=${BENCH_JAR:-$here/target/benchmarks.jar}
cli_jar=${CLI_JAR:-$root/target/corridorsim.jar}
for jar in "$bench_jar" "$cli_jar"; do
  [[ -f "$jar" ]] || { echo "whole-process.sh: $jar is missing; build it first (compare.sh does)" >&2; exit 2; }
done
source "$here/whole-process-lib.sh"

cd "$root"
for round in $(seq 1 "$rounds"); do
  measure_ssj
  rm -rf "$work/mm3"
  measure mm3 java -jar "$cli_jar" run benchmarks/scenarios/mm3-long.yaml -r 5 -t 1 --no-report \
      --no-progress -o "$work/mm3"
  rm -rf "$work/aleppo"
  measure aleppo java -jar "$cli_jar" run scenarios/aleppo-2016-10.yaml -r 200 -t 1 --no-report \
      --no-progress -o "$work/aleppo"
done

echo
echo "Whole processes, one thread, best of $rounds (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
echo
printf '| %-50s | %9s | %9s | %13s | %12s | %6s |\n' "process" "wall (s)" "CPU (s)" "SSJ ÷ it, wall" "SSJ ÷ it, CPU" "target"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..52})" "-----------" "-----------" "---------------" "--------------" "--------"
printf '| %-50s | %9.2f | %9.2f | %14s | %13s | %6s |\n' "SSJ 3.3.2 bare M/M/3, 5 x 2,000,000 customers" \
    "${best_wall[ssj]}" "${best_cpu[ssj]}" "1.000" "1.000" ""
printf '| %-50s | %9.2f | %9.2f | %14s | %13s | %6s |\n' "CLI: mm3-long.yaml -r 5 -t 1 --no-report" \
    "${best_wall[mm3]}" "${best_cpu[mm3]}" "$(ratio "${best_wall[ssj]}" "${best_wall[mm3]}")" \
    "$(ratio "${best_cpu[ssj]}" "${best_cpu[mm3]}")" "≥ 1.5"
printf '| %-50s | %9.2f | %9.2f | %14s | %13s | %6s |\n' "CLI: aleppo-2016-10.yaml -r 200 -t 1 --no-report" \
    "${best_wall[aleppo]}" "${best_cpu[aleppo]}" "$(ratio "${best_wall[ssj]}" "${best_wall[aleppo]}")" \
    "$(ratio "${best_cpu[ssj]}" "${best_cpu[aleppo]}")" "≥ 2.0"
