#!/usr/bin/env bash
# Reproducible-build check: two clean builds of the same sources must give byte-identical jars
# (the library, its sources and javadoc jars, which mvn verify builds, and the command-line jar).
# project.build.outputTimestamp in pom.xml fixes every entry's time; this script fails if anything
# else leaks in.
# Also checks that the command-line jar carries the licences and notices of what it bundles.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn_build() {
  mvn -B -q verify -DskipTests -Dbuild.dir="$1" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
}
mvn_build "$work/first"
mvn_build "$work/second"

status=0
for jar in "$work"/first/*.jar; do
  name=$(basename "$jar")
  if cmp -s "$jar" "$work/second/$name"; then
    echo "identical: $name ($(sha256sum "$jar" | cut -c1-16))"
  else
    echo "DIFFERENT: $name" >&2
    status=1
  fi
done
[ "$(ls "$work"/first/*.jar | wc -l)" -ge 4 ] || { echo "expected 4 jars (library, sources, javadoc, command line)" >&2; status=1; }

for entry in META-INF/LICENSE META-INF/NOTICE META-INF/THIRD-PARTY.txt META-INF/licenses/jline-LICENSE.txt \
    META-INF/licenses/progressbar-LICENSE.txt META-INF/LICENSE.txt \
    META-INF/resources/webjars/chart.js/4.4.1/LICENSE.md; do
  unzip -l "$work/first/corridorsim.jar" "$entry" >/dev/null 2>&1 || { echo "corridorsim.jar lacks $entry" >&2; status=1; }
done
unzip -p "$work/first/corridorsim-"*[0-9T].jar META-INF/MANIFEST.MF 2>/dev/null | grep -q 'Automatic-Module-Name: org.corridorsim' \
  || { echo "library jar lacks Automatic-Module-Name: org.corridorsim" >&2; status=1; }
exit $status
