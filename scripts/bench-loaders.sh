#!/usr/bin/env bash
# Bulk-build benchmark (not part of `mvn verify`): for each size, generates the synthetic corpus (seed 42,
# CorpusGenerator), ingests it as `policykg ingest` does (2 threads, compacted at the end), exports the
# store as N-Quads parts (each named graph whole in one part, gzipped, as the Spark job and a TDB2 backup
# write them), then builds a new store from the same parts with every loader, one after the other:
# `policykg load --loader packed|phased|basic|parallel` (PolicyKG's packed loader, Jena's in-JVM loaders) and `tdb2.xloader` from the
# apache-jena 5.6.0 distribution. Each run is timed by /usr/bin/time (wall, user+sys CPU, peak RSS); the
# store's size on disk is du's. Every loaded store must hold exactly the ingested store's quads.
# Writes target/bench-loaders/loaders.tsv and a Markdown table per size (loaders-N.md).
# Usage: scripts/bench-loaders.sh [SIZES...]   (default: 1000; PARTS=8; HEAP=2g; MVN_FLAGS=-o offline)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-1000}")
[ $# -eq 0 ] && SIZES=(1000)
WORK=${BENCH_WORK:-target/bench-loaders}
PARTS=${PARTS:-8}
HEAP=${HEAP:-2g}
JENA_VERSION=5.6.0
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

mvn -q ${MVN_FLAGS:-} -DskipTests package
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
# a copy of what was built, so that a build in this tree meanwhile cannot change the programs measured
APP="$WORK/app"
rm -rf "$APP" && mkdir -p "$APP" && cp -r target/policykg.jar target/lib target/test-classes "$APP"/
CP="$APP/test-classes:$APP/policykg.jar:$(cat target/bench.classpath)"
JENA_HOME="$WORK/apache-jena-$JENA_VERSION"
if [ ! -x "$JENA_HOME/bin/tdb2.xloader" ]; then
  mvn -q ${MVN_FLAGS:-} dependency:copy -Dartifact=org.apache.jena:apache-jena:$JENA_VERSION:tar.gz -DoutputDirectory="$WORK"
  tar xzf "$WORK/apache-jena-$JENA_VERSION.tar.gz" -C "$WORK"
fi
POLICYKG=(java -Xmx$HEAP -jar "$APP/policykg.jar")
printf 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n' > "$WORK/count.rq"
TSV="$WORK/loaders.tsv"
[ -f "$TSV" ] || printf 'documents\tmethod\twall_s\tcpu_s\tpeak_rss_mb\tdisk_mb\tquads\tload_average\n' > "$TSV"

# measure N METHOD STORE COMMAND…: runs the command under /usr/bin/time, then counts the store's quads
measure() {
  local n=$1 method=$2 store=$3; shift 3
  rm -rf "$store"
  echo "[$n docs] $method …" >&2
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" > "$WORK/$method-$n.log" 2>&1 \
    || { echo "$method failed: see $WORK/$method-$n.log" >&2; tail -5 "$WORK/$method-$n.log" >&2; return 1; }
  read -r wall user sys rss < <(tail -1 "$WORK/time.txt")
  local disk quads
  disk=$(du -sk "$store" | cut -f1)
  quads=$("${POLICYKG[@]}" query "$WORK/count.rq" --store "$store" --format csv | tail -1 | tr -d '\r')
  printf '%s\t%s\t%.1f\t%.1f\t%d\t%d\t%s\t%s\n' "$n" "$method" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) $((disk / 1024)) \
    "$quads" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$TSV" >&2
}

for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  [ -n "$(ls -A "$corpus" 2>/dev/null)" ] || java -cp "$CP" org.policykg.bench.CorpusGenerator "$corpus" "$n" 42 >/dev/null
  measure "$n" ingest "$WORK/ingested-$n" "${POLICYKG[@]}" ingest "$corpus" --store "$WORK/ingested-$n" --threads 2
  # the parts: every graph whole in one part, graphs dealt round-robin (export writes graph by graph)
  parts="$WORK/parts-$n"
  rm -rf "$parts" && mkdir -p "$parts"
  "${POLICYKG[@]}" export --store "$WORK/ingested-$n" --format nq \
    | awk -v K="$PARTS" -v OUT="$parts" 'match($0, /<[^>]*> \.$/) { g = substr($0, RSTART, RLENGTH);
        if (g != last) { i++; last = g }; print > (OUT "/part-" sprintf("%05d", i % K) ".nq") }'
  gzip "$parts"/*.nq
  for loader in ${LOADERS:-packed phased basic parallel}; do
    measure "$n" "load-$loader" "$WORK/load-$loader-$n" "${POLICYKG[@]}" load "$parts" --store "$WORK/load-$loader-$n" --loader "$loader"
  done
  mkdir -p "$WORK/xloader-tmp"
  measure "$n" xloader "$WORK/load-xloader-$n" env JENA_HOME="$JENA_HOME" JVM_ARGS="-Xmx$HEAP" \
    "$JENA_HOME/bin/tdb2.xloader" --loc "$WORK/load-xloader-$n" --tmpdir "$WORK/xloader-tmp" "$parts"/*.nq.gz

  {
    echo "| method | wall s | CPU s (user+sys) | peak RSS MB | on disk MB | quads |"
    echo "|---|---:|---:|---:|---:|---:|"
    awk -F'\t' -v n="$n" '$1 == n { row[$2] = "| `" $2 "` | " $3 " | " $4 " | " $5 " | " $6 " | " $7 " |" }
      END { split("ingest load-packed load-basic load-phased load-parallel xloader", order, " "); for (k = 1; k <= 6; k++) if (order[k] in row) print row[order[k]] }' "$TSV"
  } > "$WORK/loaders-$n.md"
  cat "$WORK/loaders-$n.md"
done
