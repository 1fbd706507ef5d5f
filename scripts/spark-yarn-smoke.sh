#!/usr/bin/env bash
# YARN smoke test (run by .ci/run after the standalone one): a real YARN cluster on 127.0.0.1 — Hadoop's
# MiniYARNCluster, one ResourceManager and two NodeManagers in one JVM (scripts/yarn/MiniYarn.java),
# the local file system as the default one — runs the extraction job submitted as spark-submit submits
# it (org.apache.spark.deploy.SparkSubmit, --master yarn, client deploy mode):
# - Spark's own jars by spark.yarn.jars with local: URIs, as on a cluster whose nodes have Spark
#   installed (on a real cluster: spark.yarn.archive on HDFS, see docs/scaling.md), so nothing of Spark
#   is uploaded per run;
# - the job's jars by --jars (spark.yarn.dist.jars): target/spark-lib/*, HanLP's dictionaries inside,
#   which YARN localizes into every container; the application jar target/policykg.jar as the primary
#   resource.
# Checks that executors in containers of at least two NodeManagers ran tasks (Spark's event log names
# each executor's container and NodeManager), and that the parts hold exactly the quads `ingest` stores.
# The driver runs in a folder of its own with a relative --out, so the job must not leave paths to be
# resolved by the executors, whose working folders are their containers'. One mode (HDFS_MODE, cluster by
# default) reads and writes a real HDFS instead: a MiniDFSCluster (one NameNode, one DataNode on 127.0.0.1)
# in the same JVM, the documents put there by Hadoop's FsShell, the job given hdfs:// URIs for its input
# and --out (the executors copy each document to their scratch folder, and write the parts to HDFS), the
# parts fetched back by FsShell for the comparison. Everything started here is stopped by PID on exit (the
# NodeManagers kill any container still running when they stop).
# Usage: scripts/spark-yarn-smoke.sh   (after `mvn package`; MVN_FLAGS=-o for offline builds, KEEP_WORK=1
#        keeps the temporary folder: logs, event log, the cluster's folders; YARN_MODES="client cluster";
#        HDFS_MODE=client|cluster|none)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
[ -f target/policykg.jar ] && [ -d target/spark-lib ] || mvn -B -q ${MVN_FLAGS:-} -DskipTests package
source scripts/spark-smoke-lib.sh
smoke_work yarn-smoke
started=$(date +%s)

# The "Spark and Hadoop installation": the build's libraries with Spark's YARN client and the minicluster
# (profile yarn-smoke), without the pipeline's own, which reach the containers only inside the job's jars.
INSTALL_CP=$(install_classpath -P yarn-smoke)
# what the containers get: the same without the minicluster (Hadoop's servers, not a client's)
SPARK_YARN_JARS=$(tr ':' '\n' <<<"$INSTALL_CP" | grep -v '/hadoop-client-minicluster-' | sed 's/^/local:/' | paste -sd, -)
JOB_JARS=$(ls "$REPO"/target/spark-lib/*.jar | paste -sd, -)
JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
# Every JVM here (the cluster's, the driver, the containers) resolves this host's name to 127.0.0.1:
# MiniYARNCluster registers its NodeManagers under that name, and nothing may leave the loopback.
printf '127.0.0.1 %s localhost\n' "$(hostname)" > "$WORK/hosts"
JVM_OPTS="$JVM_OPTS -Djdk.net.hosts.file=$WORK/hosts -Dlogback.configurationFile=$WORK/logback.xml"
write_logback "$WORK/logback.xml"
# the containers' launch scripts run $JAVA_HOME/bin/java
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

mkdir -p "$WORK/yarn"
MODES=${YARN_MODES:-client cluster}
HDFS_MODE=${HDFS_MODE:-cluster}
DATA_NODES=0; [[ " $MODES " == *" $HDFS_MODE "* ]] && DATA_NODES=1
(cd "$WORK/yarn" && exec java -Xmx768m $JVM_OPTS -cp "$INSTALL_CP" "$REPO/scripts/yarn/MiniYarn.java" "$WORK/conf" 2 2048 $DATA_NODES) \
  >"$WORK/yarn.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  [ -f "$WORK/conf/yarn-site.xml" ] && break
  kill -0 "${PIDS[0]}" 2>/dev/null || break
  sleep 1
done
[ -f "$WORK/conf/yarn-site.xml" ] || { echo "yarn smoke: the cluster did not start" >&2; cat "$WORK/yarn.log" >&2; exit 1; }
grep '^mini yarn:' "$WORK/yarn.log" | sed 's/^mini yarn:/yarn smoke:/'
echo "yarn smoke: cluster up after $(( $(date +%s) - started )) s"

# Each NodeManager offers 2 GB: the application master or the cluster-mode driver (256 or 512 MB + 384 MB
# overhead) and one executor (768 MB + 384 MB) fit on one, two executors do not, so the executors run on
# both NodeManagers.
submit() {   # MODE IN OUT: the job, as `spark-submit --master yarn --deploy-mode MODE` runs it, from $WORK/driver
  # (at most 5 minutes: an application that never gets its containers must not hold CI)
  local mode=$1 in=$2 out=$3 driver=()
  if [ "$mode" = client ]; then
    driver=(--conf spark.yarn.am.memory=256m --conf spark.yarn.am.extraJavaOptions="$JVM_OPTS"
            --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1)
  else
    # one attempt: a second would find the first one's output and refuse it
    driver=(--driver-memory 512m --conf spark.driver.extraJavaOptions="$JVM_OPTS" --conf spark.yarn.maxAppAttempts=1)
  fi
  mkdir -p "$WORK/events-$mode"
  (cd "$WORK/driver" && HADOOP_CONF_DIR="$WORK/conf" SPARK_LOCAL_IP=127.0.0.1 exec "${TIMED[@]}" timeout 300 java -Xmx1g $JVM_OPTS \
    -cp "$WORK/conf:$INSTALL_CP" org.apache.spark.deploy.SparkSubmit \
    --master yarn --deploy-mode "$mode" --name "policykg-yarn-smoke-$mode" \
    --class org.policykg.spark.SparkExtract --jars "$JOB_JARS" \
    --num-executors 2 --executor-cores 1 --executor-memory 768m "${driver[@]}" \
    --conf spark.yarn.jars="$SPARK_YARN_JARS" \
    --conf spark.executor.extraJavaOptions="$JVM_OPTS" \
    --conf spark.yarn.appMasterEnv.SPARK_LOCAL_IP=127.0.0.1 --conf spark.executorEnv.SPARK_LOCAL_IP=127.0.0.1 \
    --conf spark.ui.enabled=false \
    --conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false --conf spark.eventLog.dir="file://$WORK/events-$mode" \
    "$REPO/target/policykg.jar" "$in" --out "$out" --parts 4) >"$WORK/driver-$mode.out" 2>"$WORK/driver-$mode.err"
}

nodes_used() {   # MODE: executors that ran tasks, and the NodeManagers of their containers (Spark's event log names both)
  local events added executors nodes containers
  events=$(cat "$WORK/events-$1"/*/events_*)
  added=$(grep '"Event":"SparkListenerExecutorAdded"' <<<"$events" || true)
  executors=$( (grep '"Event":"SparkListenerTaskEnd"' <<<"$events" || true) | (grep -o '"Executor ID":"[^"]*"' || true) | sort -u)
  nodes=$(while read -r id; do
    if [ -n "$id" ]; then grep -F "$id" <<<"$added" | grep -o '"NM_PORT":"[0-9]*"' || true; fi
  done <<<"$executors" | sort -u | wc -l)
  containers=$(grep -o '"CONTAINER_ID":"container_[0-9_]*"' <<<"$added" | sort -u | wc -l)
  echo "yarn smoke ($1 mode): tasks ran on $(grep -c . <<<"$executors") executors in $containers containers of $nodes NodeManagers"
  [ "$nodes" -ge 2 ] || { echo "yarn smoke: the executors that ran tasks were not on 2 NodeManagers" >&2; return 1; }
}

# CPU seconds, as the machine is shared: the submitting JVM's (the driver's in client mode) by /usr/bin/time
# where it is installed, the cluster's (ResourceManager, NodeManagers and every container, which the
# cluster's JVM has reaped) from its /proc/PID/stat
TIMED=(); [ -x /usr/bin/time ] && TIMED=(/usr/bin/time -f '%U %S' -o "$WORK/submit.time")
cluster_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15 + $16 + $17) / hz }' "/proc/${PIDS[0]}/stat"; }
RM_WEB=$(sed -n 's/^mini yarn: .*, web \([0-9.:]*\),.*/\1/p' "$WORK/yarn.log")
containers_gone() {   # until the ResourceManager counts no container allocated (at most 20 s)
  for _ in $(seq 1 40); do
    curl -s "http://$RM_WEB/ws/v1/cluster/metrics" | grep -q '"containersAllocated":0[,}]' && return 0
    sleep 0.5
  done
  return 1
}

hdfs_shell() {   # ARGS: Hadoop's FsShell (`hdfs dfs ARGS`) with the cluster's client configuration
  java -Xmx256m $JVM_OPTS -cp "$WORK/conf:$INSTALL_CP" org.apache.hadoop.fs.FsShell "$@" 2>>"$WORK/fsshell.err" \
    || { echo "yarn smoke: hdfs dfs $* failed:" >&2; tail -20 "$WORK/fsshell.err" >&2; return 1; }
}
HDFS=$(sed -n 's/^mini yarn: .*, HDFS \(hdfs:[^ ]*\) .*/\1/p' "$WORK/yarn.log")
if [ "$DATA_NODES" -gt 0 ]; then
  [ -n "$HDFS" ] || { echo "yarn smoke: the cluster did not report its HDFS" >&2; exit 1; }
  t=$(date +%s.%N)
  hdfs_shell -put "$REPO/data/documents" "$HDFS/documents"
  printf 'yarn smoke: %s documents put into %s/documents in %.1f s\n' "$(ls "$REPO/data/documents" | wc -l)" \
    "$HDFS" "$(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
fi

# client mode with a relative --out (the driver qualifies it: the executors' working folders are their
# containers'); cluster mode, whose driver runs in the application master's container, with an absolute
# one; HDFS_MODE with hdfs:// URIs for both the input and --out
mkdir -p "$WORK/driver"
for mode in $MODES; do
  in="$REPO/data/documents" out=parts-client; [ "$mode" = cluster ] && out="$WORK/driver/parts-cluster"
  [ "$mode" = "$HDFS_MODE" ] && in="$HDFS/documents" out="$HDFS/parts-$mode"
  job_started=$(date +%s.%N); cpu_started=$(cluster_cpu)
  submit "$mode" "$in" "$out" || { echo "yarn smoke: the job failed in $mode mode:" >&2; tail -40 "$WORK/driver-$mode.err" >&2; exit 1; }
  wall=$(awk -v a="$job_started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  containers_gone || echo "yarn smoke: containers still allocated 20 s after the $mode-mode job" >&2
  cpu="cluster $(awk -v a="$cpu_started" -v b="$(cluster_cpu)" 'BEGIN { printf "%.1f", b - a }') s"
  [ -f "$WORK/submit.time" ] && cpu="$cpu, submitting JVM $(awk '{ printf "%.1f", $1 + $2 }' "$WORK/submit.time") s"
  printf 'yarn smoke (%s mode): job took %.1f s wall (CPU: %s)%s\n' "$mode" "$wall" "$cpu" \
    "$(sed -n 's/^extracted/; extracted/p' "$WORK/driver-$mode.out")"
  nodes_used "$mode"
  if [ "$mode" = "$HDFS_MODE" ]; then
    t=$(date +%s.%N)
    # (its _SUCCESS checked below, on the copy)
    hdfs_shell -get "$out" "$WORK/driver/parts-$mode"
    printf 'yarn smoke (%s mode): %s files fetched back from %s in %.1f s\n' "$mode" "$(ls "$WORK/driver/parts-$mode" | wc -l)" \
      "$out" "$(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
  fi
  [ -f "$WORK/driver/parts-$mode/_SUCCESS" ] || { echo "yarn smoke: no _SUCCESS in $WORK/driver/parts-$mode" >&2; exit 1; }
done

# the ResourceManager's own report: every application finished and succeeded
report=$(curl -s "http://$RM_WEB/ws/v1/cluster/apps")
succeeded=$(grep -o '"finalStatus":"SUCCEEDED"' <<<"$report" | wc -l)
[ "$succeeded" -eq "$(wc -w <<<"$MODES")" ] || { echo "yarn smoke: the ResourceManager does not report every application succeeded: $report" >&2; exit 1; }
echo "yarn smoke: the ResourceManager reports $succeeded applications SUCCEEDED"

scripts/spark-parts-equal-ingest.sh "$WORK" "yarn smoke" $(for mode in $MODES; do echo "$WORK/driver/parts-$mode"; done)
echo "yarn smoke: $(( $(date +%s) - started )) s in all"
