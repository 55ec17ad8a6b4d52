#!/usr/bin/env bash
# The measure of benchmarks/whole-process.sh, for several builds of the command line side by side:
# SSJ 3.3.2's bare M/M/3 (5 x 2,000,000 customers in one JVM), then, for each jar in turn,
#   run benchmarks/scenarios/mm3-long.yaml -r 5 -t 1 --no-report --no-progress
#   run scenarios/aleppo-2016-10.yaml -r 200 -t 1 --no-report --no-progress
# all alternating within each round, so that every build meets the same machine. Best wall and CPU
# time of ROUNDS rounds each, and SSJ's time divided by each (above 1: faster than SSJ).
#
# Usage: benchmarks/whole-process-history.sh ROUNDS JAR[=ALEPPO_FILE] ...
#   JAR          a corridorsim.jar built from any commit (git worktree add DIR REV; mvn -q package -DskipTests)
#   ALEPPO_FILE  that build's own Aleppo scenario, for builds that reject today's file
#                (default: scenarios/aleppo-2016-10.yaml of this checkout)
# Example: benchmarks/whole-process-history.sh 5 /tmp/old/target/corridorsim.jar=/tmp/old/scenarios/aleppo-2016-10.yaml \
#              target/corridorsim.jar
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
(( $# >= 2 )) || { sed -n '9,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
rounds=$1; shift
bench_jar=${BENCH_JAR:-$here/target/benchmarks.jar}
[[ -f "$bench_jar" ]] || { echo "whole-process-history.sh: $bench_jar is missing; build it first (compare.sh does)" >&2; exit 2; }
jars=(); aleppos=()
for arg in "$@"; do
  jar=${arg%%=*}; aleppo=$root/scenarios/aleppo-2016-10.yaml
  [[ "$arg" == *=* ]] && aleppo=${arg#*=}
  for f in "$jar" "$aleppo"; do
    [[ -f "$f" ]] || { echo "whole-process-history.sh: $f is missing" >&2; exit 2; }
  done
  jars+=("$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")")
  aleppos+=("$(cd "$(dirname "$aleppo")" && pwd)/$(basename "$aleppo")")
done
source "$here/whole-process-lib.sh"

cd "$root"
for round in $(seq 1 "$rounds"); do
  measure_ssj
  for i in "${!jars[@]}"; do
    rm -rf "$work/out-dir"
    measure "mm3-$i" java -jar "${jars[$i]}" run benchmarks/scenarios/mm3-long.yaml -r 5 -t 1 --no-report \
        --no-progress -o "$work/out-dir"
    rm -rf "$work/out-dir"
    measure "aleppo-$i" java -jar "${jars[$i]}" run "${aleppos[$i]}" -r 200 -t 1 --no-report \
        --no-progress -o "$work/out-dir"
  done
done

echo
echo "Whole processes, one thread, best of $rounds (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "SSJ 3.3.2 bare M/M/3, 5 x 2,000,000 customers: ${best_wall[ssj]} s wall, ${best_cpu[ssj]} s CPU"
echo
printf '| %-3s | %-60s | %s | %s |\n' "jar" "path" "M/M/3, s wall (SSJ ÷ it)" "Aleppo, s wall (SSJ ÷ it)"
printf '|-----|%s|--------------------------:|---------------------------:|\n' "$(printf -- '-%.0s' {1..62})"
for i in "${!jars[@]}"; do
  printf '| %-3d | %-60s | %24s | %25s |\n' "$i" "${jars[$i]}" \
      "${best_wall[mm3-$i]} ($(ratio "${best_wall[ssj]}" "${best_wall[mm3-$i]}"))" \
      "${best_wall[aleppo-$i]} ($(ratio "${best_wall[ssj]}" "${best_wall[aleppo-$i]}"))"
done
