#!/usr/bin/env bash
# The Spark smoke tests' check: the parts of a job run on data/documents (part-*.nq + vocabulary.nq) hold
# exactly the quads `ingest` stores for the same folder. Named quads are compared as sets; blank nodes
# (the vocabularies' rewriting pairs) carry labels of their own in each, so they are compared by count.
# Usage: scripts/spark-parts-equal-ingest.sh PARTS_DIR WORK_DIR LABEL   (after `mvn package`)
set -euo pipefail
cd "$(dirname "$0")/.."
PARTS=$1 WORK=$2 LABEL=$3
java -jar target/policykg.jar ingest data/documents --store "$WORK/store" --threads 2 --compact never >/dev/null 2>"$WORK/ingest.err"
java -jar target/policykg.jar export --store "$WORK/store" --format nq > "$WORK/ingest.nq"
cat "$PARTS"/part-*.nq "$PARTS/vocabulary.nq" > "$WORK/spark.nq"
for f in ingest spark; do
  grep -v '_:' "$WORK/$f.nq" | grep -v '^$' | LC_ALL=C sort -u > "$WORK/$f.named"
  grep -c '_:' "$WORK/$f.nq" > "$WORK/$f.blank" || true
done
if ! cmp -s "$WORK/ingest.named" "$WORK/spark.named" || ! cmp -s "$WORK/ingest.blank" "$WORK/spark.blank"; then
  echo "$LABEL: the parts differ from what ingest stores:" >&2
  diff "$WORK/ingest.named" "$WORK/spark.named" | head -20 >&2
  exit 1
fi
echo "$LABEL: ok, $(wc -l < "$WORK/spark.named") quads (+ $(cat "$WORK/spark.blank") with blank nodes) equal to ingest's"
