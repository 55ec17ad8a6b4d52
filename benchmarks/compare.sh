#!/usr/bin/env bash
# Runs the same M/M/3 on CorridorSim, SSJ, DSOL and SimPy and prints one table:
#   engine | customers/s | events/s | ratio to CorridorSim | mean wait | vs Erlang C
# Builds the library and the benchmarks jar first if they are missing or older than the sources.
# Extra arguments go to org.corridorsim.bench.Compare, e.g.
#   benchmarks/compare.sh --customers 500000 --runs 3 --engines corridorsim,ssj
# Set MVN_FLAGS=-o to build offline.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"

if [[ ! -f "$jar" || -n "$(find "$here/src" "$here/pom.xml" "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]]; then
  echo "building benchmarks.jar ..." >&2
  (cd "$root" && mvn -q ${MVN_FLAGS:-} install -DskipTests)
  (cd "$here" && mvn -q ${MVN_FLAGS:-} package)
fi

exec java -cp "$jar" org.corridorsim.bench.Compare --simpy "$here/simpy_mmc.py" --max-wait-error 5 "$@"
