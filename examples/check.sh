#!/usr/bin/env bash
# CI check of examples/analysis.py: run a scenario with the command-line jar, analyse the fresh
# results with pandas, and compare the printed totals with summary.json.
# Needs target/corridorsim.jar (mvn package) and Debian's python3-pandas and python3-matplotlib.
set -euo pipefail
cd "$(dirname "$0")/.."

python=/usr/bin/python3   # Debian's python, where python3-pandas is installed
jar=target/corridorsim.jar
[ -f "$jar" ] || { echo "examples/check.sh: $jar is missing; run mvn package first" >&2; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# In a zone that is not UTC, so that a chart drawn in UTC would be caught: the start is 06:00 local.
java -jar "$jar" run scenarios/example-minimal.yaml -r 5 -o "$out/run" --no-progress --no-report \
  --set time-zone=Asia/Damascus >/dev/null
"$python" examples/analysis.py "$out/run" "$out/throughput.png" | tee "$out/printed.txt"
[ -s "$out/throughput.png" ] || { echo "no chart was drawn" >&2; exit 1; }

"$python" - "$out/run/summary.json" "$out/printed.txt" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))["metrics"]
printed = {}
for line in open(sys.argv[2]):
    words = line.split()
    if len(words) == 3 and words[1] == "mean":
        printed[words[0]] = float(words[2])
    if line.startswith("evacuated from timeseries"):
        printed["timeseries"] = float(words[-1])
failures = []
for metric in ("evacuated", "blocked", "remaining"):
    expected = summary[metric]["mean"]
    if abs(printed[metric] - expected) > 1e-6 * max(1.0, abs(expected)):
        failures.append(f"{metric}: printed {printed[metric]}, summary.json {expected}")
expected = summary["evacuated"]["mean"]
if abs(printed["timeseries"] - expected) > 1e-6 * max(1.0, expected):
    failures.append(f"timeseries sum {printed['timeseries']} != evacuated {expected}")
local = [line for line in open(sys.argv[2]) if line.startswith("times in ")]
if not local or not local[0].startswith("times in Asia/Damascus: first bin starts 2024-01-01T06:00:00+03:00"):
    failures.append(f"not plotted in the scenario's local time: {local}")
if failures:
    sys.exit("examples/analysis.py disagrees with summary.json:\n  " + "\n  ".join(failures))
print("analysis.py totals agree with summary.json")
PY
