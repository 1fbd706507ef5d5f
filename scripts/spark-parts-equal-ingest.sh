#!/usr/bin/env bash
# The Spark smoke tests' check: the parts of each job run on data/documents (part-*.nq + vocabulary.nq)
# hold exactly the quads `ingest` stores for the same folder (ingested once, into WORK_DIR). Named quads
# are compared as sets; blank nodes (the vocabularies' rewriting pairs) carry labels of their own in
# each, so they are compared by count.
# Usage: scripts/spark-parts-equal-ingest.sh WORK_DIR LABEL PARTS_DIR...   (after `mvn package`)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$1 LABEL=$2; shift 2
java -jar target/policykg.jar ingest data/documents --store "$WORK/store" --threads 2 --compact never >/dev/null 2>"$WORK/ingest.err"
java -jar target/policykg.jar export --store "$WORK/store" --format nq > "$WORK/ingest.nq"
quads() {   # FILE NAME: its named quads, sorted, and its count of quads with blank nodes
  grep -v '_:' "$1" | grep -v '^$' | LC_ALL=C sort -u > "$WORK/$2.named"
  grep -c '_:' "$1" > "$WORK/$2.blank" || true
}
quads "$WORK/ingest.nq" ingest
for parts in "$@"; do
  cat "$parts"/part-*.nq "$parts/vocabulary.nq" > "$WORK/spark.nq"
  quads "$WORK/spark.nq" spark
  if ! cmp -s "$WORK/ingest.named" "$WORK/spark.named" || ! cmp -s "$WORK/ingest.blank" "$WORK/spark.blank"; then
    echo "$LABEL: the parts in $parts differ from what ingest stores:" >&2
    diff "$WORK/ingest.named" "$WORK/spark.named" | head -20 >&2
    exit 1
  fi
  echo "$LABEL: ok, $(basename "$parts"): $(wc -l < "$WORK/spark.named") quads (+ $(cat "$WORK/spark.blank") with blank nodes) equal to ingest's"
done
