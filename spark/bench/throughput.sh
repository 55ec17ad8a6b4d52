#!/usr/bin/env bash
# Throughput of N Aleppo replications (default 10,000) on Spark local[2] against the command
# line's threaded runner on 2 threads, one after the other in one session, and a check that
# both wrote the same summary.json. Prints replications per second. Takes a few minutes.
#   bash spark/bench/throughput.sh [N]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(dirname "$here")"
n="${1:-10000}"
out="$here/target/bench"
rm -rf "$out"
mkdir -p "$out"
aleppo="$root/scenarios/aleppo-2016-10.yaml"
seconds() { python3 -c 'import sys,time; t=time.time(); import subprocess; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(f"{time.time()-t:.1f}")' "$@"; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
cli() { seconds java -Xmx2g -jar "$root/target/corridorsim.jar" run "$aleppo" -r "$n" -s 11 -t 2 --no-progress --no-report -o "$out/cli"; }
spark() { seconds "$here/bin/corridorsim-spark" run "$aleppo" -r "$n" -s 11 --master 'local[2]' --no-report -o "$out/spark"; }
# ORDER=spark-first runs Spark first, to see whether the order (load from other work) matters
if [ "${ORDER:-}" = spark-first ]; then t_spark=$(spark); t_cli=$(cli); else t_cli=$(cli); t_spark=$(spark); fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 -c 'import json, sys; a, b = (json.load(open(f))["metrics"] for f in sys.argv[1:]); print("summary.json metrics identical" if a == b else "summary.json metrics DIFFER")' \
  "$out/cli/summary.json" "$out/spark/summary.json"
python3 -c "import sys; n=int(sys.argv[1]); c=float(sys.argv[2]); s=float(sys.argv[3]); print(f'{n} replications: threaded runner, 2 threads: {c} s ({n/c:.0f}/s); Spark local[2]: {s} s ({n/s:.0f}/s); Spark/threaded time {s/c:.2f}')" "$n" "$t_cli" "$t_spark"
