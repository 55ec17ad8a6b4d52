#!/usr/bin/env bash
# CI check of the library as a named module (src/main/java/module-info.java):
#  1. an application module that requires org.corridorsim compiles and runs on the module path, with the
#     optional command-line libraries absent;
#  2. the same application cannot reach an internal package (org.corridorsim.report): javac refuses it;
#  3. the command line runs as a module: java -p ... -m org.corridorsim/org.corridorsim.cli.Main, its results
#     identical to the class-path jar's.
# Needs the library built (mvn package); runs mvn dependency:build-classpath once (offline if MVN_FLAGS=-o).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
jar=$(ls target/corridorsim-*-SNAPSHOT.jar target/corridorsim-[0-9]*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -1)
[ -n "$jar" ] || { echo "embed-module/check.sh: the library jar is missing; run mvn package first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -q ${MVN_FLAGS:-} dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/cp.txt" >/dev/null
all=$(cat "$work/cp.txt")
# the library's required modules, without the optional command-line and report libraries
required=$(tr ':' '\n' <<<"$all" | grep -v -e picocli -e progressbar -e jline -e chart.js | paste -sd:)
optional=$(tr ':' '\n' <<<"$all" | grep -e picocli -e progressbar -e jline | paste -sd:)
webjar=$(tr ':' '\n' <<<"$all" | grep chart.js)

echo "1. an application module on the module path"
javac -d "$work/app" -p "$root/$jar:$required" --module-source-path examples/embed-module/src -m example.embed
java -p "$work/app:$root/$jar:$required" -m example.embed/org.example.embed.Embed scenarios/example-minimal.yaml \
  | tee "$work/embed.txt"
grep -q '^evacuated [0-9]' "$work/embed.txt"

echo "2. an internal package is out of reach"
if javac -d "$work/hidden" -p "$root/$jar:$required" --add-modules org.corridorsim \
    examples/embed-module/hidden/org/example/hidden/Reach.java 2>"$work/hidden.txt"; then
  echo "org.corridorsim.report was reachable from another module" >&2; exit 1
fi
grep -q "does not export\|is not visible" "$work/hidden.txt" || { cat "$work/hidden.txt" >&2; exit 1; }
echo "   refused: $(grep -m1 'does not export\|is not visible' "$work/hidden.txt" | sed 's/^.*error: //')"

echo "3. the command line as a module, against the class-path jar"
java -p "$root/$jar:$required:$optional" --add-modules info.picocli,me.tongfei.progressbar -cp "$webjar" \
  -m org.corridorsim/org.corridorsim.cli.Main run scenarios/example-minimal.yaml -r 4 -s 3 -t 1 \
  -o "$work/module-run" --no-progress >/dev/null
java -jar target/corridorsim.jar run scenarios/example-minimal.yaml -r 4 -s 3 -t 1 -o "$work/jar-run" \
  --no-progress >/dev/null
python3 - "$work/module-run/summary.json" "$work/jar-run/summary.json" <<'PY'
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
assert a["metrics"] == b["metrics"], "module-path and class-path runs differ"
PY
[ -s "$work/module-run/report.html" ] || { echo "no report from the module-path run" >&2; exit 1; }
echo "module path: OK"
