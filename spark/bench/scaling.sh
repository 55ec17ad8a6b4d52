#!/usr/bin/env bash
# Measures the costs behind the scaling estimate in spark/README.md: one Aleppo replication on
# one core, the driver's cost per replication and the overhead of one Spark task on local[2].
# Run from the repository root after `mvn -q test-compile -f spark`.
#   bash spark/bench/scaling.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$here" && ${MVN:-mvn} -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >/dev/null)
export SPARK_LOCAL_IP=127.0.0.1
java -Xmx1g -Dlog4j2.configurationFile="$here/conf/log4j2.properties" \
  -cp "$here/target/test-classes:$here/target/classes:$(cat "$here/target/test-classpath.txt")" \
  org.corridorsim.spark.ScalingProbe "${1:-scenarios/aleppo-2016-10.yaml}"
