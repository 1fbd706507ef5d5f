#!/usr/bin/env bash
# Text → served store two ways, side by side in one run (issue 19 item 6): for each size, the
# synthetic corpus (seed 42, as scripts/bench-scale.sh) goes through
#   1. `ingest --threads 2` into a fresh TDB2 store, compacted at the end as a first load is (the
#      single writer; COMPACT=never leaves the compaction out), and
#   2. the Spark job in local[2] (text → N-Quads parts, nothing stored), then
#   3. `policykg load` of the parts into a new TDB2 store (LOADER=packed, the default; phased is Jena's),
# each timed with /usr/bin/time (wall, user+sys CPU), with the stores' sizes on disk. Rows are
# appended to WORK/spark-extract.tsv. LOAD_CMD (a command taking PARTS_DIR STORE_DIR) replaces stage 3.
# Usage: scripts/bench-spark-extract.sh [SIZES...]   (default: 1000; MVN_FLAGS=-o for offline builds)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@"); [ $# -eq 0 ] && SIZES=(1000)
WORK=${BENCH_WORK:-target/bench}
mvn -B -q ${MVN_FLAGS:-} -DskipTests package
mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
mkdir -p "$WORK"
[ -f "$WORK/spark-extract.tsv" ] || printf 'date\tdocs\tstage\twall_s\tcpu_s\tdocs_per_s\tload_avg_start\tload_avg_end\n' > "$WORK/spark-extract.tsv"
timed() {   # timed NAME N COMMAND… : one row of wall and CPU seconds
  local name=$1 n=$2 load_start; shift 2
  load_start=$(cut -d' ' -f1 /proc/loadavg)   # the machine is shared: say how busy it was
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.$$" "$@" > "$WORK/$name-$n.out" 2> "$WORK/$name-$n.err" || {
    echo "$name failed (exit $?); see $WORK/$name-$n.err" >&2; tail -5 "$WORK/$name-$n.err" >&2; }
  read -r wall user sys < <(tail -1 "$WORK/time.$$")
  local cpu; cpu=$(echo "$user + $sys" | bc)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$n" "$name" "$wall" "$cpu" "$(echo "scale=1; $n / $wall" | bc)" \
    "$load_start" "$(cut -d' ' -f1 /proc/loadavg)" \
    | tee -a "$WORK/spark-extract.tsv"
}
for n in "${SIZES[@]}"; do
  corpus="$WORK/spark-corpus-$n"
  [ -d "$corpus" ] || java -cp "$CP" org.policykg.bench.CorpusGenerator "$corpus" "$n" 42
  rm -rf "$WORK/spark-store-$n" "$WORK/spark-parts-$n"
  timed ingest-2-threads "$n" java -Xmx2g -jar target/policykg.jar ingest "$corpus" --store "$WORK/spark-store-$n" \
    --threads 2 --compact "${COMPACT:-auto}" --progress-lines
  timed spark-local2-extract "$n" java -Xmx2g $JVM_OPTS -Dspark.master='local[2]' -Dspark.ui.enabled=false \
    -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -cp "$CP" \
    org.policykg.spark.SparkExtract "$corpus" --out "$WORK/spark-parts-$n"
  rm -rf "$WORK/spark-loaded-$n"
  if [ -n "${LOAD_CMD:-}" ]; then
    timed bulk-load "$n" $LOAD_CMD "$WORK/spark-parts-$n" "$WORK/spark-loaded-$n"
  else
    timed bulk-load "$n" java -Xmx2g -jar target/policykg.jar load --loader "${LOADER:-packed}" \
      --store "$WORK/spark-loaded-$n" "$WORK/spark-parts-$n"
  fi
  echo "on disk: ingested $(du -sm "$WORK/spark-store-$n" | cut -f1) MiB, loaded $(du -sm "$WORK/spark-loaded-$n" | cut -f1) MiB"
  tail -1 "$WORK/ingest-2-threads-$n.out"; tail -1 "$WORK/spark-local2-extract-$n.out"
  if [ "${COMPARE:-1}" = 1 ]; then   # the parts against the ingested store, as in scripts/spark-cluster-smoke.sh
    java -jar target/policykg.jar export --store "$WORK/spark-store-$n" --format nq | grep -v '_:' | LC_ALL=C sort -u > "$WORK/ingest-$n.sorted"
    cat "$WORK/spark-parts-$n"/*.nq | grep -v '_:' | grep -v '^$' | LC_ALL=C sort -u > "$WORK/spark-$n.sorted"
    if cmp -s "$WORK/ingest-$n.sorted" "$WORK/spark-$n.sorted"; then
      echo "same quads: $(wc -l < "$WORK/spark-$n.sorted") (without blank nodes)"
    else
      echo "DIFFERENT quads:"; diff "$WORK/ingest-$n.sorted" "$WORK/spark-$n.sorted" | head -5
    fi
  fi
done
