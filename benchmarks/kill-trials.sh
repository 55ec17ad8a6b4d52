#!/usr/bin/env bash
# Kill trials for the result-set life cycle (issue 19): a command is stopped by SIGKILL, SIGINT or
# SIGTERM at a random moment, then continued, and must never leave a mixed or torn result set or
# a stray temporary file, and must end byte-identical to an uninterrupted run.
#
#   bash benchmarks/kill-trials.sh COMMAND [TRIALS] [path/to/corridorsim.jar]
#   COMMAND: attribute | fit | run | compare | sweep         TRIALS: default 20 per signal
#   CORRIDORSIM_CP, if set, is a class path to run org.corridorsim.cli.Main from instead of the jar.
#
# Each trial starts in a folder that already holds the complete result set of another seed, so a
# set mixed from the old and the new run would show. After the signal:
#   - the folder must hold exactly the old set or exactly the new one (files compared byte for
#     byte, JSON without "provenance"/"created", report.html without its provenance lines), or,
#     for run only, a partial set marked "complete": false;
#   - no ".*.tmp" file may be in it; after SIGINT/SIGTERM no staging-*, ready or old folder may be
#     left in the hidden work folder (after SIGKILL the next run removes them: when the new set is
#     already in place and the work folder is left, the same command runs once more and must clean up);
#   - after SIGINT/SIGTERM the process says how to continue, or that the results were written;
# then the same command continues it (--resume when something is journalled) and must give the
# uninterrupted set, with nothing left in the hidden work folder. Prints one line per trial and a
# summary; exits 1 if any trial failed.
set -uo pipefail
# job control: without it a background process ignores SIGINT, and the trial would test nothing
set -m
cd "$(dirname "$0")/.."
command="${1:?usage: kill-trials.sh attribute|fit|run|compare|sweep [trials] [jar]}"
trials="${2:-20}"
jar="$(realpath -m "${3:-target/corridorsim.jar}")"
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

aleppo="$root/scenarios/aleppo-2016-10.yaml"
case "$command" in
  attribute) args=(attribute "$root/src/test/resources/scenarios/two-interceptions.yaml" -r 80 -t 2) ;;
  fit) args=(fit "$root/src/test/resources/inference/thinning.yaml" --particles 60 --predictive 10 -t 2) ;;
  run) args=(run "$aleppo" -r 60 -t 2) ;;
  compare) args=(compare "$aleppo" "$root/scenarios/aleppo-2016-10-no-blocking.yaml" -r 30 -t 2) ;;
  sweep) args=(sweep "$aleppo" --set blocking.interception-east.probability=0,0.5,0.9 -r 20 -t 2) ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
if [ -n "${CORRIDORSIM_CP:-}" ]; then
  java=(java -Xmx512m -cp "$CORRIDORSIM_CP" org.corridorsim.cli.Main)
else
  java=(java -Xmx512m -jar "$jar")
fi

same() { # same A B: exit 0 when the folders hold the same result set
  python3 - "$1" "$2" <<'PY'
import json, os, re, sys
a, b = sys.argv[1], sys.argv[2]
if not os.path.isdir(a) or not os.path.isdir(b):
    sys.exit(1)
na, nb = sorted(os.listdir(a)), sorted(os.listdir(b))
if na != nb:
    sys.exit(1)
def load(path):
    data = open(path, 'rb').read()
    if path.endswith('.json'):
        d = json.loads(data); d.pop('provenance', None); d.pop('created', None)
        return d
    if path.endswith('.html'):
        # the report shows the provenance (times, threads, host): not part of the results
        text = data.decode('utf-8')
        text = re.sub(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?', 'T', text)
        text = re.sub(r'"threads":\s*\d+', '', text)
        text = re.sub(r'<script type="application/json" id="provenance">.*?</script>', '', text, flags=re.S)
        return text
    return data
for n in na:
    if load(os.path.join(a, n)) != load(os.path.join(b, n)):
        sys.exit(1)
PY
}

workdir() { echo "$(dirname "$1")/.$(basename "$1").corridorsim"; }

# the two reference sets: seed 1 (what each trial runs) and seed 2 (what each folder holds before)
start=$(date +%s%N)
"${java[@]}" "${args[@]}" -s 1 --no-progress -o "$work/ref1" >/dev/null 2>"$work/ref1.err" || { cat "$work/ref1.err"; exit 1; }
ms=$(( ($(date +%s%N) - start) / 1000000 ))
"${java[@]}" "${args[@]}" -s 2 --no-progress -o "$work/ref2" >/dev/null 2>&1 || exit 1
[ -z "$(ls -A "$(workdir "$work/ref1")" 2>/dev/null)" ] || { echo "an uninterrupted run left its work folder"; exit 1; }
echo "kill trials: $command, uninterrupted run ${ms} ms; $trials trials per signal"

failed=0
declare -A outcome
for signal in KILL INT TERM; do
  for t in $(seq 1 "$trials"); do
    out="$work/$signal-$t"
    cp -r "$work/ref2" "$out"
    delay=$(python3 -c "import random; print(round(random.uniform(0.2, $ms / 1000 * 1.05), 3))")
    "${java[@]}" "${args[@]}" -s 1 --no-progress --force -o "$out" >"$out.out" 2>"$out.err" &
    pid=$!
    sleep "$delay"
    kill -s "$signal" "$pid" 2>/dev/null
    wait "$pid"; code=$?
    verdict=ok; why=""
    if same "$out" "$work/ref2"; then state=old
    elif same "$out" "$work/ref1"; then state=new
    elif python3 -c "import json,sys; sys.exit(json.load(open('$out/summary.json')).get('complete', True))" 2>/dev/null; then
      state=part # run writes what completed, marked complete: false, and keeps the journal
    else state=MIXED; verdict=FAIL; why="mixed or torn set"
    fi
    if [ -n "$(find "$out" -name '.*.tmp' 2>/dev/null)" ]; then verdict=FAIL; why="$why; stray .tmp"; fi
    wd="$(workdir "$out")"
    if [ "$signal" != KILL ] && [ -n "$(find "$wd" -maxdepth 1 \( -name 'staging-*' -o -name ready -o -name old \) 2>/dev/null)" ]; then
      verdict=FAIL; why="$why; staging left after SIG$signal"
    fi
    # silence is right only for a signal during the JVM's start, before any work: then nothing is in the work folder
    if [ "$signal" != KILL ] && [ "$code" -ne 0 ] && { [ -s "$out.err" ] || [ -e "$wd/journal" ] || [ -e "$wd/state" ]; } &&
      ! grep -q -e "to continue:" -e "written in full" -e "stopped before any" "$out.err"; then
      verdict=FAIL; why="$why; no hint after SIG$signal: $(head -c 200 "$out.err" | tr '\n' ' ')"
    fi
    if grep -q -e "ClosedByInterrupt" -e "	at " -e "internal error" "$out.err"; then
      verdict=FAIL; why="$why; $(grep -m1 -e ClosedByInterrupt -e '	at ' -e 'internal error' "$out.err")"
    fi
    # continue: --resume when something is journalled, else the same command again
    resumed=rerun
    if [ -e "$wd/journal" ] || [ -n "$(ls -A "$wd/state" 2>/dev/null)" ]; then resumed=resume; fi
    if [ "$state" != new ]; then
      if [ "$resumed" = resume ]; then
        "${java[@]}" "${args[@]}" -s 1 --no-progress --force -o "$out" --resume >"$out.out2" 2>"$out.err2"
      else
        "${java[@]}" "${args[@]}" -s 1 --no-progress --force -o "$out" >"$out.out2" 2>"$out.err2"
      fi
      rc=$?
      if [ "$rc" -ne 0 ]; then verdict=FAIL; why="$why; continuing exited $rc: $(head -c 200 "$out.err2" | tr '\n' ' ')"; fi
      same "$out" "$work/ref1" || { verdict=FAIL; why="$why; continued set differs from the uninterrupted one"; }
    elif [ "$signal" = KILL ] && [ -e "$wd" ]; then
      # kill -9 between putting the new set in place and removing the work folder: what is left
      # (a lock file whose lock died with the process) must not stop the next command, which removes it
      resumed=next
      "${java[@]}" "${args[@]}" -s 1 --no-progress --force -o "$out" >"$out.out2" 2>"$out.err2"
      rc=$?
      if [ "$rc" -ne 0 ]; then verdict=FAIL; why="$why; the next command exited $rc: $(head -c 200 "$out.err2" | tr '\n' ' ')"; fi
      same "$out" "$work/ref1" || { verdict=FAIL; why="$why; the next command's set differs"; }
    else
      resumed=-
    fi
    if [ -e "$wd" ]; then verdict=FAIL; why="$why; work folder left: $(ls "$wd" | tr '\n' ' ')"; fi
    [ "$verdict" = ok ] || failed=$((failed + 1))
    outcome["$signal $state $resumed"]=$(( ${outcome["$signal $state $resumed"]:-0} + 1 ))
    printf '%-5s %2d  after %6.3f s  exit %3d  folder %-5s then %-6s %s %s\n' "$signal" "$t" "$delay" "$code" "$state" "$resumed" "$verdict" "$why"
    rm -rf "$out" "$wd"
  done
done
echo "summary ($command): $((3 * trials)) trials, $failed failed"
for k in "${!outcome[@]}"; do echo "  $k: ${outcome[$k]}"; done | sort
[ "$failed" -eq 0 ]
