#!/usr/bin/env bash
# Cluster smoke test (run by .ci/run after `mvn verify`): a real Spark standalone cluster on 127.0.0.1
# — one master and two workers (1 core each) started from the Maven classpath — runs the extraction job
# on the shipped corpus with the job's jars shipped the way spark-submit ships them (spark.jars:
# target/policykg.jar + target/spark-lib/*, HanLP's dictionaries inside), so the cluster's own
# classpath holds Spark but not the pipeline. Checks that tasks ran on at least two executors (Spark's
# event log) and that the parts hold exactly the quads `ingest` stores. Everything started here is
# stopped by PID on exit.
# Usage: scripts/spark-cluster-smoke.sh   (after `mvn package`; MVN_FLAGS=-o for offline builds)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/policykg.jar ] && [ -d target/spark-lib ] || mvn -B -q ${MVN_FLAGS:-} -DskipTests package
source scripts/spark-smoke-lib.sh
smoke_work spark-smoke
CLUSTER_CP=$(install_classpath)
JOB_JARS=$(ls "$PWD"/target/policykg.jar "$PWD"/target/spark-lib/*.jar | paste -sd, -)
JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
write_logback "$WORK/logback.xml"
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
MASTER_PORT=$(free_port); UI_PORT=$(free_port)
export SPARK_LOCAL_IP=127.0.0.1
spark_class() {   # a Spark daemon from the cluster classpath, as sbin/start-*.sh would start it;
  # exec: the background job's PID is the JVM's, so that cleanup stops the daemon, not only a subshell
  SPARK_HOME="$WORK" SPARK_SCALA_VERSION=2.13 SPARK_TESTING=1 SPARK_DIST_CLASSPATH="$CLUSTER_CP" \
    exec java -Xmx512m $JVM_OPTS -Dlogback.configurationFile="$WORK/logback.xml" -cp "$CLUSTER_CP" "$@"
}
spark_class org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$UI_PORT" \
  >"$WORK/master.log" 2>&1 &
PIDS+=($!)
for i in 1 2; do
  mkdir -p "$WORK/worker$i"
  spark_class org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port "$(free_port)" \
    --cores 1 --memory 1g --work-dir "$WORK/worker$i" "spark://127.0.0.1:$MASTER_PORT" >"$WORK/worker$i.log" 2>&1 &
  PIDS+=($!)
done
for _ in $(seq 1 120); do
  alive=$(curl -s "http://127.0.0.1:$UI_PORT/json/" | grep -o '"aliveworkers" *: *[0-9]*' | grep -o '[0-9]*$' || true)
  [ "${alive:-0}" -ge 2 ] && break
  for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || break 2; done
  sleep 1
done
[ "${alive:-0}" -ge 2 ] || { echo "spark smoke: the workers did not register" >&2; cat "$WORK"/*.log >&2; exit 1; }
echo "spark smoke: master spark://127.0.0.1:$MASTER_PORT with $alive workers"

mkdir -p "$WORK/events"
start=$(date +%s)
java -Xmx1g $JVM_OPTS -Dlogback.configurationFile="$WORK/logback.xml" \
  -Dspark.master="spark://127.0.0.1:$MASTER_PORT" -Dspark.jars="$JOB_JARS" \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false \
  -Dspark.executor.cores=1 -Dspark.cores.max=2 -Dspark.executor.memory=768m \
  -Dspark.executor.extraJavaOptions="$JVM_OPTS" \
  -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false -Dspark.eventLog.dir="file://$WORK/events" \
  -cp "target/policykg.jar:$CLUSTER_CP:$(ls target/spark-lib/*.jar | paste -sd: -)" \
  org.policykg.spark.SparkExtract data/documents --out "$WORK/parts" --parts 4
echo "spark smoke: job took $(( $(date +%s) - start )) s"

executors=$( (grep -rh '"Event":"SparkListenerTaskEnd"' "$WORK/events" || true) | (grep -o '"Executor ID":"[^"]*"' || true) | sort -u | wc -l)
echo "spark smoke: tasks ran on $executors executors"
[ "$executors" -ge 2 ] || { echo "spark smoke: fewer than 2 executors ran tasks" >&2; exit 1; }

scripts/spark-parts-equal-ingest.sh "$WORK" "spark smoke" "$WORK/parts"
