#!/usr/bin/env bash
# What YARN's containers cost on a small corpus, side by side in one run: the Spark job on the shipped
# corpus (data/documents, 4 parts) in local[2] — one JVM, nothing to start — and then on a MiniYARNCluster
# in client and cluster deploy mode (scripts/spark-yarn-smoke.sh, which prints each job's wall and CPU
# seconds). Wall seconds for local[2] from /usr/bin/time, with user+sys CPU; the machine's load average
# before and after, since the machine is shared.
# Usage: scripts/bench-spark-yarn.sh   (MVN_FLAGS=-o for offline builds)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/policykg.jar ] && [ -d target/spark-lib ] || mvn -B -q ${MVN_FLAGS:-} -DskipTests package
WORK=$(mktemp -d "${TMPDIR:-/tmp}/policykg-bench-yarn.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile="$WORK/cp" >/dev/null
JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '<configuration><root level="WARN"/></configuration>' > "$WORK/logback.xml"
SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -f '%e %U %S' -o "$WORK/time" java -Dlogback.configurationFile="$WORK/logback.xml" -Xmx1g $JVM_OPTS -Dspark.master='local[2]' -Dspark.ui.enabled=false \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -cp "target/policykg.jar:$(cat "$WORK/cp")" \
  org.policykg.spark.SparkExtract data/documents --out "$WORK/local" --parts 4 >"$WORK/local.out" 2>"$WORK/local.err" \
  || { cat "$WORK/local.err" >&2; exit 1; }
read -r wall user sys < "$WORK/time"
printf 'local[2]: job took %.1f s wall (CPU %.1f s); %s\n' "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(grep '^extracted' "$WORK/local.out")"
# both modes on the local disk, as local[2] (the smoke test's HDFS run would add its puts and gets)
HDFS_MODE=none scripts/spark-yarn-smoke.sh
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
