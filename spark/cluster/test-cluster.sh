#!/usr/bin/env bash
# The standalone cluster test: starts a Spark master and two workers as separate JVMs on
# 127.0.0.1 from the Maven artifacts, submits a run, a sweep, an attribution and a fit through SparkSubmit as
# spark-submit does, checks that the result files equal the command line's threaded run, and
# stops the cluster. Takes about half a minute once the jars are built.
#   bash spark/cluster/test-cluster.sh          (from the repository root; MVN_FLAGS=-o builds offline)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
spark="$(dirname "$here")"
root="$(dirname "$spark")"
mvn=(${MVN:-mvn} -B -q ${MVN_FLAGS:-})

# 1. The library (installed, so that the job jar is built against this checkout), the command
#    line's jar, the job jar, and a SPARK_HOME whose jars/ is Spark from Maven. MVN_LOCK names a
#    lock file to hold for the whole build, where several builds share ~/.m2.
jar="$spark/target/corridorsim-spark.jar"
cli="$root/target/corridorsim.jar"
export SPARK_HOME="$here/target/spark-home"
build() {
  (cd "$root" && "${mvn[@]}" install -DskipTests)
  (cd "$spark" && "${mvn[@]}" package -DskipTests)
  if [ ! -d "$SPARK_HOME/jars" ]; then
    (cd "$here" && "${mvn[@]}" dependency:copy-dependencies -DoutputDirectory="$SPARK_HOME/jars")
  fi
}
if [ -n "${MVN_LOCK:-}" ]; then
  exec 9>"$MVN_LOCK"
  flock 9
  build
  flock -u 9
  exec 9>&-
else
  build
fi

# 2. Only the loopback interface; workers need the Scala version to find jars/ for executors.
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_SCALA_VERSION=2.13
work="$here/target/run"
rm -rf "$work"
mkdir -p "$work"
log4j="-Dlog4j2.configurationFile=$spark/conf/log4j2.properties"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pids=()
stop_cluster() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_cluster EXIT

spark_java=(java -Xmx256m -cp "$SPARK_HOME/jars/*" "$log4j")
port="$(free_port)"
master="spark://127.0.0.1:$port"
ui_port="$(free_port)"
ui="http://127.0.0.1:$ui_port"
"${spark_java[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port "$ui_port" >"$work/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  mkdir -p "$work/worker-$w"
  "${spark_java[@]}" -Dspark.log.level=INFO org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
    --webui-port "$(free_port)" --cores 1 --memory 768m --work-dir "$work/worker-$w" "$master" \
    >"$work/worker-$w.log" 2>&1 &
  pids+=($!)
done

# 3. Wait until both workers have registered with the master (its web UI answers in JSON).
for _ in $(seq 1 60); do
  if [ "$(curl -s "$ui/json/" | grep -o '"state" *: *"ALIVE"' | wc -l)" -ge 2 ]; then
    break
  fi
  sleep 0.5
done
alive="$(curl -s "$ui/json/" | grep -o '"state" *: *"ALIVE"' | wc -l || true)"
if [ "$alive" -lt 2 ]; then
  echo "cluster test: only $alive of 2 workers registered with $master" >&2
  tail -n 20 "$work"/*.log >&2
  exit 1
fi
echo "cluster test: master $master with 2 workers"

# 4. Submit as spark-submit does, then run the command line on the same settings.
submit() {
  java -Xmx1g -cp "$SPARK_HOME/jars/*" "$log4j" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client --class org.corridorsim.spark.Main \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
    --executor-memory 512m --total-executor-cores 2 "$jar" "$@"
}
aleppo="$root/scenarios/aleppo-2016-10.yaml"
start=$(date +%s.%N)
submit run "$aleppo" -r 40 -s 11 --partitions 7 -o "$work/cluster-run" >"$work/submit-run.log"
echo "cluster test: run submitted and finished in $(echo "$(date +%s.%N) - $start" | bc) s"
submit sweep "$aleppo" --set blocking.interception-east.probability=0,0.5 -r 12 -s 5 -o "$work/cluster-sweep" \
  >"$work/submit-sweep.log"
# the same Main as the command line: attribute and fit go through the Spark backend as well
two="$root/src/test/resources/scenarios/two-interceptions.yaml"
thinning="$root/src/test/resources/inference/thinning.yaml"
submit attribute "$two" -r 30 -s 3 --no-progress -o "$work/cluster-attribute" >"$work/submit-attribute.log"
submit fit "$thinning" --particles 60 -s 3 --predictive 10 --no-progress -o "$work/cluster-fit" >"$work/submit-fit.log"
noblock="$root/scenarios/aleppo-2016-10-no-blocking.yaml"
planargs=(--set 'plan.targets[0].at-least=30000' --set plan.variables.lanes.to=3 --set plan.variables.buses.to=3
  --first-batch 4 --no-progress --no-report)
submit plan "$noblock" "${planargs[@]}" -o "$work/cluster-plan" >"$work/submit-plan.log"
java -jar "$cli" plan "$noblock" "${planargs[@]}" -t 2 -o "$work/local-plan" >/dev/null
java -jar "$cli" attribute "$two" -r 30 -s 3 -t 2 --no-progress -o "$work/local-attribute" >/dev/null
java -jar "$cli" fit "$thinning" --particles 60 -s 3 --predictive 10 -t 2 --no-progress -o "$work/local-fit" >/dev/null
java -jar "$cli" run "$aleppo" -r 40 -s 11 -t 2 --no-progress -o "$work/local-run" >/dev/null
java -jar "$cli" sweep "$aleppo" --set blocking.interception-east.probability=0,0.5 -r 12 -s 5 -t 2 \
  --no-progress -o "$work/local-sweep" >/dev/null

# 5. The same result files, each the same byte for byte; in JSON files, apart from when and how
#    the run ran (provenance, created), which differs between any two runs.
same_results() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
want, got = sys.argv[1], sys.argv[2]
names = sorted(os.listdir(want))
if names != sorted(os.listdir(got)):
    sys.exit(f"different files: {names} and {sorted(os.listdir(got))}")
for name in names:
    a = open(os.path.join(want, name), "rb").read()
    b = open(os.path.join(got, name), "rb").read()
    if name.endswith(".json"):
        a, b = json.loads(a), json.loads(b)
        for run_detail in ("provenance", "created"):
            a.pop(run_detail, None)
            b.pop(run_detail, None)
    if a != b:
        sys.exit(f"{name} differs")
print(f"identical: {', '.join(names)}")
PY
}
status=0
same_results "$work/local-run" "$work/cluster-run" || status=1
same_results "$work/local-sweep" "$work/cluster-sweep" || status=1
same_results "$work/local-attribute" "$work/cluster-attribute" || status=1
same_results "$work/local-fit" "$work/cluster-fit" || status=1
same_results "$work/local-plan" "$work/cluster-plan" || status=1
echo "cluster test: executors run by the workers: $(ls -d "$work"/worker-*/app-*/* 2>/dev/null | wc -l)"
[ "$(ls -d "$work"/worker-*/app-*/* 2>/dev/null | wc -l)" -ge 2 ] ||
  { echo "cluster test: the workers ran no executors" >&2; status=1; }
if [ "$status" -ne 0 ]; then
  tail -n 30 "$work"/*.log >&2
  echo "cluster test: FAILED" >&2
  exit 1
fi
echo "cluster test: run, sweep, attribute, fit and plan on the standalone cluster equal the command line's"
