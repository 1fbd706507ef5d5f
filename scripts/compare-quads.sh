#!/usr/bin/env bash
# The contract of a speed change: two builds extract the same facts. Each build ingests each folder
# into a fresh TDB2 store; the stores are exported as N-Quads and compared graph by graph (Jena
# isomorphism, blank nodes allowed) by QuadsCompare; the ingest's summary and refusals are diffed too.
# Usage: scripts/compare-quads.sh OLD.jar NEW.jar DIR...   (after `mvn test-compile` and
#        target/bench.classpath as scripts/bench-extract.sh makes it; WORK=dir keeps the exports)
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$1 NEW=$2; shift 2
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
status=0
for dir in "$@"; do
  name=$(basename "$(dirname "$dir")")-$(basename "$dir")
  for build in old new; do
    jar=$OLD; [ "$build" = new ] && jar=$NEW
    rm -rf "$WORK/store-$build"
    java -jar "$jar" ingest "$dir" --store "$WORK/store-$build" --threads 2 --compact never \
      >"$WORK/$name-$build.out" 2>"$WORK/$name-$build.err" || true
    java -jar "$jar" export --store "$WORK/store-$build" --format nq >"$WORK/$name-$build.nq" 2>/dev/null
  done
  echo "== $dir: $(tail -1 "$WORK/$name-old.out" | sed -E 's/, [0-9.]+ s\b//')"
  # the summary line without its time, and every message (refusals, warnings), must be the same
  diff <(sed -E 's/, [0-9.]+ s\b//' "$WORK/$name-old.out") <(sed -E 's/, [0-9.]+ s\b//' "$WORK/$name-new.out") || status=1
  diff <(grep -v '^compact' "$WORK/$name-old.err") <(grep -v '^compact' "$WORK/$name-new.err") || status=1
  java -cp "$CP" org.policykg.bench.QuadsCompare "$WORK/$name-old.nq" "$WORK/$name-new.nq" || status=1
done
rm -rf "$WORK/store-old" "$WORK/store-new"
exit $status
