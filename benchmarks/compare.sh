#!/usr/bin/env bash
# Runs the same M/M/3 on CorridorSim, SSJ, DSOL and SimPy and prints one table:
#   engine | customers/s | events/s | ratio to CorridorSim | mean wait | vs Erlang C
# Builds the library and the benchmarks jar first if they are missing or older than the sources.
# Then benchmarks/whole-process.sh: SSJ's bare M/M/3 against the whole command line, as processes.
# Extra arguments go to org.corridorsim.bench.Compare, e.g.
#   benchmarks/compare.sh --customers 500000 --runs 3 --engines corridorsim,ssj
# Set MVN_FLAGS=-o to build offline.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"

if [[ ! -f "$jar" || ! -f "$root/target/corridorsim.jar"
      || -n "$(find "$here/src" "$here/pom.xml" "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]]; then
  echo "building benchmarks.jar ..." >&2
  (cd "$root" && mvn -q ${MVN_FLAGS:-} install -DskipTests)
  (cd "$here" && mvn -q ${MVN_FLAGS:-} package)
fi

java -cp "$jar" org.corridorsim.bench.Compare --simpy "$here/simpy_mmc.py" --max-wait-error 5 "$@"

# The speed bars of issue 20: SSJ's bare M/M/3 against the whole command line (M/M/3 through the
# model, and 200 Aleppo replications), as whole processes; WHOLE_PROCESS=0 skips it.
if [[ "${WHOLE_PROCESS:-1}" != 0 ]]; then
  echo
  "$here/whole-process.sh" "${WHOLE_PROCESS_ROUNDS:-3}"
fi
