#!/usr/bin/env bash
# Fails if a test class in src/test ran no test under the last `mvn test`: a class whose name
# Surefire's includes do not match, or whose tests were all skipped or filtered away.
# A test class is a concrete (not abstract) class with a JUnit or jqwik test annotation, or one
# that extends an abstract class that has them (a contract test).
# Usage: .ci/check-tests-ran.sh [reports-dir]   (default target/surefire-reports)
set -euo pipefail
cd "$(dirname "$0")/.."
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
