#!/usr/bin/env bash
# Fails if a test class in src/test ran no test under the last `mvn test`: a class whose name
# Surefire's includes do not match, or whose tests were all skipped or filtered away.
# A test class is a concrete (not abstract) class with a JUnit or jqwik test annotation, or one
# that extends an abstract class that has them (a contract test).
# With --full (after mvn verify -Pfull) it also fails unless every test method tagged
# @Tag("full") ran and was not skipped, so the full profile cannot silently lose its long runs.
# Usage: .ci/check-tests-ran.sh [--full] [reports-dir]   (default target/surefire-reports)
set -euo pipefail
cd "$(dirname "$0")/.."
full=false
if [ "${1:-}" = "--full" ]; then
  full=true
  shift
fi
reports="${1:-target/surefire-reports}"

if [ ! -d "$reports" ]; then
  echo "check-tests-ran: no Surefire reports in $reports; run mvn test first" >&2
  exit 1
fi

annotations='@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example)\b'
abstract='^\s*(public\s+)?abstract\s+class\b'
contracts=()
while IFS= read -r file; do
  if grep -qE "$annotations" "$file" && grep -qE "$abstract" "$file"; then
    contracts+=("$(basename "$file" .java)")
  fi
done < <(find src/test/java -name '*.java')

missing=0
checked=0
while IFS= read -r file; do
  grep -qE "$abstract" "$file" && continue
  if ! grep -qE "$annotations" "$file"; then
    inherits=false
    for contract in "${contracts[@]}"; do
      grep -qE "extends\s+$contract\b" "$file" && inherits=true
    done
    $inherits || continue
  fi
  class="$(echo "${file#src/test/java/}" | sed 's/\.java$//; s#/#.#g')"
  checked=$((checked + 1))
  report="$reports/TEST-$class.xml"
  if [ ! -f "$report" ]; then
    echo "check-tests-ran: $class has tests but no Surefire report: its name matches no include" >&2
    missing=$((missing + 1))
    continue
  fi
  tests="$(grep -o '<testsuite [^>]*' "$report" | grep -o ' tests="[0-9]*"' | head -1 | grep -o '[0-9]*')"
  skipped="$(grep -o '<testsuite [^>]*' "$report" | grep -o ' skipped="[0-9]*"' | head -1 | grep -o '[0-9]*')"
  if [ "${tests:-0}" -le "${skipped:-0}" ]; then
    echo "check-tests-ran: $class ran no test (tests=${tests:-0}, skipped=${skipped:-0})" >&2
    missing=$((missing + 1))
  fi
done < <(find src/test/java -name '*.java' | sort)

if [ "$missing" -gt 0 ]; then
  echo "check-tests-ran: $missing of $checked test classes ran no test" >&2
  exit 1
fi
echo "check-tests-ran: all $checked test classes ran"

$full || exit 0
# Each method tagged "full": the name of the first method declared after the tag.
long=0
while IFS= read -r file; do
  class="$(echo "${file#src/test/java/}" | sed 's/\.java$//; s#/#.#g')"
  while IFS= read -r method; do
    long=$((long + 1))
    report="$reports/TEST-$class.xml"
    # A testcase element, self-closed (passed) or with children; skipped ones hold <skipped.
    entry="$( { tr -d '\n' < "$report" 2>/dev/null || true; } \
      | grep -oE "<testcase name=\"$method[\"(][^>]*>([[:space:]]*<skipped)?" | head -1 || true)"
    if [ -z "$entry" ]; then
      echo "check-tests-ran: $class.$method is tagged full but did not run" >&2
      missing=$((missing + 1))
    elif [[ "$entry" == *"<skipped" ]]; then
      echo "check-tests-ran: $class.$method is tagged full but was skipped" >&2
      missing=$((missing + 1))
    fi
  done < <(awk '/@Tag\("full"\)/ { tagged = 1; next }
                tagged && match($0, /void [A-Za-z0-9_]+\(/) { print substr($0, RSTART + 5, RLENGTH - 6); tagged = 0 }' "$file")
done < <(grep -rl '@Tag("full")' src/test/java | sort)
if [ "$missing" -gt 0 ]; then
  echo "check-tests-ran: $missing of $long tests tagged full did not run" >&2
  exit 1
fi
echo "check-tests-ran: all $long tests tagged full ran"
