#!/usr/bin/env bash
# Scale benchmark (not part of `mvn verify`): generates the synthetic corpus (seed 42) and, for each
# size, measures side by side ingest vs HanLP segmentation, sequential vs parallel ingest, store load
# vs the TDB2 bulk loader, saved-query p50/p99 and heap to serve; then writes the tables into
# BENCHMARKS.md and the plot docs/scaling-growth.png.
# Usage: scripts/bench-scale.sh [SIZES...]   (default: 100 1000 10000; MVN_FLAGS=-o for offline builds;
#        SKIP_SEQUENTIAL_ABOVE=N skips the sequential ingest and extraction alone above N documents, and
#        SKIP_LOAD_ABOVE=N the store-load comparison, both default 1000: the 10,000 run stays under an hour;
#        SPARK=1 adds the Spark extraction mode, scripts/bench-spark-extract.sh, which also runs alone)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-100 1000 10000}")
[ $# -eq 0 ] && SIZES=(100 1000 10000)
WORK=${BENCH_WORK:-target/bench}
mvn -q ${MVN_FLAGS:-} -DskipTests test-compile
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
mkdir -p "$WORK"
for n in "${SIZES[@]}"; do
  extra=()
  [ "$n" -gt "${SKIP_SEQUENTIAL_ABOVE:-1000}" ] && extra+=(--skip-sequential)
  [ "$n" -gt "${SKIP_LOAD_ABOVE:-1000}" ] && extra+=(--skip-load)
  java -Xmx${BENCH_HEAP:-8g} -cp "$CP" org.policykg.bench.ScaleBenchmark "$WORK" "$n" ${extra[@]+"${extra[@]}"} | tee -a "$WORK/bench.log"
done
java -cp "$CP" org.policykg.bench.ScaleReport "$WORK" BENCHMARKS.md docs/scaling-growth.png
# SPARK=1: also Spark local[2] extraction against ingest, side by side (scripts/bench-spark-extract.sh)
if [ "${SPARK:-0}" = 1 ]; then scripts/bench-spark-extract.sh "${SIZES[@]}"; fi
